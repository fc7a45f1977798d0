// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunAction.h"

#include <QDateTime>
#include <QString>

// One change a run made that a foreign tool's registry must learn of, so that its own tool
// (sqitch status, flyway info, migrate version) agrees with the assistant afterwards: the plan
// (one change or migration of the project) applied or rolled back, when, by whom.
class RegistryChange
{
public:
    QString planId;             // the Plan::id of the change, as the project's loader made it
    RunAction action = RunAction::Apply; // Apply or Rollback (a rehearsal records too: it is rolled back)
    QDateTime startedAt;        // UTC
    QDateTime finishedAt;       // UTC
    QString operatorName;       // the person, as RunContext knows them (never a password)
    QString operatorEmail;      // may be empty
};
