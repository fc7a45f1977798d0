// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"

#include <QAbstractTableModel>

// The plan history recorded in a database (RunAction::Status → RunResult::history), newest
// first, for the History view. It also answers which run a rollback would undo: the newest
// entry of the plan, when that entry is an apply.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FinishedColumn, ActionColumn, PlanColumn, OperatorColumn, HostColumn, RisksColumn, BackupColumn,
                  ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit HistoryTableModel(QObject *parent = nullptr);

    // entries as the store gives them (oldest first); shown newest first.
    void setEntries(const QList<HistoryEntry> &entries);
    void clear() { setEntries({}); }
    const HistoryEntry *entryAt(int row) const;
    // The entries as the store gave them, oldest first.
    QList<HistoryEntry> entriesOldestFirst() const;
    // The row of the run a rollback of planId would undo, or -1 when there is none. An empty
    // planId: the newest run of any plan (what a rollback of a path's last step undoes).
    int rollbackCandidateRow(const QString &planId) const;

    static QString actionText(const HistoryEntry &entry);
    // "incomplete-oauth-gmail (80, by ana), …" or "none"; withWho: include the value and who.
    static QString risksText(const HistoryEntry &entry, bool withWho = true);
    // Everything about one run, a line per fact, for the detail under the table.
    static QString details(const HistoryEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries; // newest first
};
