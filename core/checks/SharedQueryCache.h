// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"
#include "plan/Plan.h"

#include <QHash>
#include <QVariant>

class DatabaseConnection;
class ParallelReads;

// Runs each of a plan's shared queries at most once per run and hands out its columns:
// "users-facts.gmail" reads the column gmail of the query users-facts.
class SharedQueryCache
{
public:
    // `ready`: rows other connections already read (ParallelReads); the rest runs on db.
    SharedQueryCache(DatabaseConnection &db, const Plan &plan, const ParallelReads *ready = nullptr)
        : m_db(db), m_plan(plan), m_ready(ready)
    {
    }

    QVariant value(const QString &reference, ErrorInfo *error);
    // The SQL a reference's query runs on that driver and schema; empty when it has none.
    static QString sqlFor(const Plan &plan, const QString &reference, const QString &driver, const QString &schema);
    void clear() { m_rows.clear(); }

private:
    DatabaseConnection &m_db;
    const Plan &m_plan;
    const ParallelReads *m_ready;
    QHash<QString, QVariantHash> m_rows;
};
