// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanCheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The outcome of one pre-migration check: the number a person reads, whether it passed,
// and for a failing check a few sample rows (secrets masked).
class CheckResult
{
public:
    QString id;
    QString planId;      // the plan whose check it is: a path's checks come from several plans
    QString title;
    PlanCheck::Severity severity = PlanCheck::Severity::Info;
    bool passed = true;
    qint64 value = 0;
    QString message;     // "12 users started connecting Gmail but never finished"
    QString explanation; // what it means and what to do
    QStringList sampleColumns;
    QList<QStringList> sampleRows;
    bool accepted = false; // a failing warning the operator accepted
    QString acceptedBy;

    bool isBlocking() const { return !passed && severity == PlanCheck::Severity::Blocker; }
    bool isWarning() const { return !passed && severity == PlanCheck::Severity::Warning; }
    QString severityName() const { return PlanCheck::severityName(severity); }
    QJsonObject toJson() const;
};
