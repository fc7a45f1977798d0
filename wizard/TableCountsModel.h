// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/TableState.h"

#include <QAbstractTableModel>

// Rows per table before and after a run (RunResult::tablesBefore / tablesAfter), side by
// side: the numbers a support person compares first after a migration or a rollback.
class TableCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TableColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit TableCountsModel(QObject *parent = nullptr);

    // Tables in the order they first appear: those of "before", then those only "after" has.
    void setTables(const QList<TableState> &before, const QList<TableState> &after);
    void clear() { setTables({}, {}); }
    QStringList tables() const { return m_tables; }
    // -1 when the table is not in that list.
    qint64 rowsBefore(const QString &table) const;
    qint64 rowsAfter(const QString &table) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_tables;
    QHash<QString, qint64> m_before;
    QHash<QString, qint64> m_after;
};
