// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DriverSql.h"

#include <QString>
#include <optional>

// A post-migration (or post-rollback) validation, run inside the transaction before
// COMMIT: a query yielding one number that must equal a constant or a check's value — or
// ("expect": "succeeds", a Sqitch verify script) a script that must run without an error.
class PlanValidation
{
public:
    QString id;
    QString title;
    DriverSql sql;
    QString valueFrom; // or "query.column" of one of the plan's shared queries
    std::optional<qint64> equals;
    QString equalsCheck; // the id of a pre-migration check whose value it must equal
    std::optional<qint64> min;
    // The script passes when every statement runs without an error; it runs inside a savepoint
    // that is always rolled back, so whatever it does (a ROLLBACK included) leaves no trace.
    bool mustSucceed = false;
};
