#pragma once

#include <QCoreApplication>
#include "CheckContext.h"
#include "CheckResult.h"
#include "ErrorInfo.h"
#include "Plan.h"

#include <QList>
#include <optional>

class DatabaseConnection;

// Runs a plan's pre-migration checks on an open connection. Changes nothing.
class CheckRunner
{
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)

public:
    static std::optional<QList<CheckResult>> run(DatabaseConnection &db, const Plan &plan,
                                                 const CheckContext &context, ErrorInfo *error);
    // Is the database at the plan's source (or target) version? One integer query each.
    static bool detect(DatabaseConnection &db, const DriverSql &query, ErrorInfo *error);
    static QString maskValue(const QVariant &value);
    static QString formatCount(qint64 value);
};
