// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "ItemStatus.h"

#include <QAbstractTableModel>
#include <QSet>

// The pre-migration checks as the Checks page shows them, and the operator's acknowledgement
// of each failing warning. Failing checks come first (blockers, then warnings), the rest in
// the plan's order, so what needs a person is at the top. The checks of a path come from
// several plans: then each plan's checks follow a heading row of their own ("Plan 1 of 2: …",
// not selectable, isHeading()), in the order the plans run, failing first within each.
//
// This is where "may the migration go ahead?" is decided for the wizard: no failing blocker,
// and every failing warning accepted one by one. The accepted ids become
// RunOptions::acceptedRisks and so the history's accepted risks.
class CheckTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, TitleColumn, CountColumn, MessageColumn, ColumnCount };
    enum Role {
        CheckIdRole = Qt::UserRole + 1,
        ExplanationRole,
        FailingRole, // bool
        HeadingRole, // bool: a plan's heading row (the view shows it bold, across the row)
    };

    // A plan of a path, for its heading row.
    struct PlanGroup
    {
        QString planId;
        QString title;
        QString fromVersion;
        QString toVersion;
    };

    explicit CheckTableModel(QObject *parent = nullptr);

    // groups: the plans of a path in the order they run; headings are shown when the checks
    // come from more than one of them.
    void setChecks(const QList<CheckResult> &checks, const QList<PlanGroup> &groups = {});
    void clear();
    const QList<CheckResult> &checks() const { return m_checks; }
    // The check of a row; null for a heading row.
    const CheckResult *checkAt(int row) const;
    // key: the id, or PLAN:ID for an id two plans of the path share (keyOf()).
    int rowOf(const QString &checkId) const;
    bool isHeading(int row) const;
    // The first row that holds a check, or -1.
    int firstCheckRow() const;
    // How a check is named in the accepted risks: its id, or PLAN:ID when another plan of
    // the same run has a check of that id (../shared/spec/cli.md, "Versions and paths").
    QString keyOf(const CheckResult &check) const;

    int blockerCount() const;
    // Keys (keyOf()) of the failing warnings, in table order.
    QStringList failingWarnings() const;
    QStringList acceptedRisks() const;
    int unacknowledgedWarnings() const;
    bool isAccepted(const QString &checkId) const { return m_accepted.contains(checkId); }
    // Only failing warnings can be accepted; anything else is ignored (returns false).
    bool setAccepted(const QString &checkId, bool accepted);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool allowsProceeding() const { return !m_checks.isEmpty() && blockerCount() == 0 && unacknowledgedWarnings() == 0; }

    static ItemStatus statusOf(const CheckResult &check, bool accepted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void acknowledgementsChanged();

private:
    struct Row
    {
        int check = -1; // index into m_checks, or -1 for a heading
        int group = -1; // index into m_groups for a heading
    };

    QList<CheckResult> m_checks;
    QList<PlanGroup> m_groups;
    QList<Row> m_rows;
    QSet<QString> m_accepted;
};
