// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckContext.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class DatabaseConnection;
class PlanCheck;

// The built-in checks of batched plans, which read columns that may not exist yet (the plan
// adds them): "non-null-count" (rows where parameters.column is set, 0 while the column does
// not exist) and "key-fingerprint" (rows whose key id is not the fingerprint of the run's key
// file: any is a blocker, so a wrong key is refused before anything changes).
class BackfillChecks
{
    Q_DECLARE_TR_FUNCTIONS(BackfillChecks)

public:
    struct Outcome
    {
        qint64 value = 0;
        QString detail;
        std::optional<bool> passed;
    };

    static bool handles(const QString &builtin);
    static std::optional<Outcome> run(DatabaseConnection &db, const PlanCheck &check, const CheckContext &context,
                                      ErrorInfo *error);
    static std::optional<bool> columnExists(DatabaseConnection &db, const QString &table, const QString &column,
                                            ErrorInfo *error);
};
