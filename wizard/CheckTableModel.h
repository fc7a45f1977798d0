// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "ItemStatus.h"

#include <QAbstractTableModel>
#include <QSet>

// The pre-migration checks as the Checks page shows them, and the operator's acknowledgement
// of each failing warning. Failing checks come first (blockers, then warnings), the rest in
// the plan's order, so what needs a person is at the top.
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
    };

    explicit CheckTableModel(QObject *parent = nullptr);

    void setChecks(const QList<CheckResult> &checks);
    void clear();
    const QList<CheckResult> &checks() const { return m_checks; }
    const CheckResult *checkAt(int row) const;
    int rowOf(const QString &checkId) const;

    int blockerCount() const;
    // Ids of the failing warnings, in table order.
    QStringList failingWarnings() const;
    QStringList acceptedRisks() const;
    int unacknowledgedWarnings() const;
    bool isAccepted(const QString &checkId) const { return m_accepted.contains(checkId); }
    // Only failing warnings can be accepted; anything else is ignored (returns false).
    bool setAccepted(const QString &checkId, bool accepted);
    bool allowsProceeding() const { return !m_checks.isEmpty() && blockerCount() == 0 && unacknowledgedWarnings() == 0; }

    static ItemStatus statusOf(const CheckResult &check, bool accepted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void acknowledgementsChanged();

private:
    QList<CheckResult> m_checks;
    QSet<QString> m_accepted;
};
