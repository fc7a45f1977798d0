// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableCountsModel.h"

#include "checks/CheckRunner.h"

TableCountsModel::TableCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TableCountsModel::setTables(const QList<TableState> &before, const QList<TableState> &after)
{
    beginResetModel();
    m_tables.clear();
    m_before.clear();
    m_after.clear();
    for (const TableState &t : before) {
        if (!m_tables.contains(t.table))
            m_tables << t.table;
        m_before.insert(t.table, t.rows);
    }
    for (const TableState &t : after) {
        if (!m_tables.contains(t.table))
            m_tables << t.table;
        m_after.insert(t.table, t.rows);
    }
    endResetModel();
}

qint64 TableCountsModel::rowsBefore(const QString &table) const
{
    return m_before.value(table, -1);
}

qint64 TableCountsModel::rowsAfter(const QString &table) const
{
    return m_after.value(table, -1);
}

int TableCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TableCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tables.size())
        return {};
    const QString &table = m_tables.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TableColumn:
            return table;
        case BeforeColumn:
            // An em dash: the table did not exist then (user_integrations before the migration).
            return m_before.contains(table) ? CheckRunner::formatCount(m_before.value(table)) : QStringLiteral("—");
        case AfterColumn:
            return m_after.contains(table) ? CheckRunner::formatCount(m_after.value(table)) : QStringLiteral("—");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != TableColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TableCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn:
        return tr("Table");
    case BeforeColumn:
        return tr("Rows before");
    case AfterColumn:
        return tr("Rows after");
    }
    return {};
}
