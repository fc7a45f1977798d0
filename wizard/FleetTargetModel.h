// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetTarget.h"
#include "fleet/FleetTargetResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The Fleet view's table: one row per target, in the order the expansion listed them, with
// where it stands (version from → to, the checks of the preview) and its status as the run
// goes. Rows are found by URL (a hash, not a search), and every event changes one row with a
// dataChanged of that row alone — never a reset per event — so a fleet of thousands scrolls
// and updates smoothly. Only setTargets() resets.
class FleetTargetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, LabelColumn, StageColumn, VersionColumn, ChecksColumn, StatusColumn,
                  DurationColumn, MessageColumn, ColumnCount };
    // Where a row is: not run yet, running (with the step's progress), found locked and waiting
    // for the retry, or finished with a state.
    enum class Status { Pending, Running, Waiting, Finished };
    enum Role { StatusRole = Qt::UserRole + 1, StateRole, ChecksKnownRole };

    struct Row
    {
        QString target; // the URL without password
        QString label;
        QString stage;
        QString fromVersion;
        QString toVersion;
        bool checksKnown = false;
        int checkCount = 0;
        int blockers = 0;
        int warnings = 0;
        Status status = Status::Pending;
        FleetTargetState state = FleetTargetState::Skipped;
        int perMille = 0; // of the running target's rows
        QString step;     // the running target's step title
        qint64 durationMs = -1;
        QString message;
    };

    explicit FleetTargetModel(QObject *parent = nullptr);

    void setTargets(const QList<FleetTarget> &targets);
    // Every row back to Pending, versions and checks kept (a new run of the same fleet).
    void resetStatuses();

    // The run's events, each changing its one row (a target not listed is appended).
    void targetStarted(const FleetTarget &target);
    void targetProgressed(const QString &target, const QString &step, int perMille);
    // final false: found locked, tried again at the end of the stage.
    void targetFinished(const FleetTargetResult &result, bool final);
    // The fleet's end: every target's result as the run kept it (skipped ones too).
    void applyResults(const QList<FleetTargetResult> &results);
    // A preview's check: versions and the checks summary, the status left as it was.
    void applyPreview(const QList<FleetTargetResult> &results);

    const Row *rowOf(const QString &target) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int count(FleetTargetState state) const;
    // Rows finished (final) since the last resetStatuses().
    int finishedCount() const { return m_finished; }

    static QString statusText(const Row &row);
    static QString stateText(FleetTargetState state);
    static QString checksText(const Row &row);
    static QString versionText(const Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static Row makeRow(const QString &target, const QString &label, const QString &stage);
    int ensureRow(const QString &target, const QString &label, const QString &stage);
    void rowChanged(int row);
    static void takeSummary(Row &row, const FleetTargetResult &result);

    QList<Row> m_rows;
    QHash<QString, int> m_index; // target URL → row
    int m_finished = 0;
};
