// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"

#include <QString>

// A plan's migration (or rollback) as one plain SQL script, for a DBA to read before
// anything runs, and for benchmarks to give the database's own shell the very SQL the
// assistant runs. Chunked steps run whole ({{chunk}} is true), in one transaction.
class PlanScript
{
public:
    static QString migration(const Plan &plan, const QString &driver, const QString &schema = QStringLiteral("public"));
    static QString rollback(const Plan &plan, const QString &driver, const QString &schema = QStringLiteral("public"));
    // Replaces {{schema}} / {{schema_literal}} with the quoted schema name, and {{chunk}} by
    // the given predicate. Shared with the runner, which chunks instead.
    static QString substitute(const QString &sql, const QString &schema, const QString &chunkPredicate);
};
