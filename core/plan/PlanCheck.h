// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DriverSql.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// A pre-migration check as the plan declares it: a query that yields one number, a column of
// one of the plan's shared queries, or a built-in the engine computes (PlanLoader's kBuiltins:
// schema-version, unaccounted-table, free-space, active-connections, server-version,
// non-null-count and key-fingerprint), and the bounds within which that number passes.
class PlanCheck
{
public:
    enum class Severity { Info, Warning, Blocker };

    QString id;
    QString title;
    Severity severity = Severity::Info;
    QString explanation;     // what it means and what to do, for a support person
    QString message;         // "{value} users …": the line shown with the count
    QString builtin;         // empty for SQL checks
    QJsonObject parameters;  // for built-ins
    DriverSql sql;           // SELECT yielding one integer
    QString valueFrom;       // or "query.column": a column of one of the plan's shared queries
    DriverSql samples;       // SELECT yielding a few example rows (secrets are masked)
    std::optional<qint64> max; // fails when value > max
    std::optional<qint64> min; // fails when value < min

    static QString severityName(Severity severity);
    bool passes(qint64 value) const
    {
        return (!max || value <= *max) && (!min || value >= *min);
    }
};
