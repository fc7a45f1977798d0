// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "checks/CheckContext.h"
#include "checks/CheckResult.h"
#include "db/ConnectionSpec.h"
#include "util/ErrorInfo.h"
#include "plan/Plan.h"

#include <QList>
#include <optional>

class DatabaseConnection;
class ParallelReads;

// Runs a plan's pre-migration checks on an open connection. Changes nothing.
class CheckRunner
{
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)

public:
    // `ready`: the rows of queries() that other connections already read; the rest runs on db.
    static std::optional<QList<CheckResult>> run(DatabaseConnection &db, const Plan &plan,
                                                 const CheckContext &context, ErrorInfo *error,
                                                 const ParallelReads *ready = nullptr);
    // The SQL that run() sends for the plan's checks — each shared query once, each check's own
    // query — in the order it sends them: the scans worth reading ahead on other connections.
    static QStringList queries(const Plan &plan, const ConnectionSpec &spec);
    // Is the database at the plan's source (or target) version? One integer query each.
    static bool detect(DatabaseConnection &db, const DriverSql &query, ErrorInfo *error);
    static QString maskValue(const QVariant &value);
    static QString formatCount(qint64 value);
};
