// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleRowsModel.h"

SampleRowsModel::SampleRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SampleRowsModel::setSamples(const QStringList &columns, const QList<QStringList> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

int SampleRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SampleRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        // Values can be long (scopes, tokens shown masked) or hold newlines: one line in the cell.
        const QString value = m_rows.at(index.row()).value(index.column());
        return role == Qt::DisplayRole ? value.simplified() : value;
    }
    return {};
}

QVariant SampleRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
