// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "util/ErrorInfo.h"
#include "plan/Plan.h"

#include <QStringList>
#include <optional>

// Reads a plan folder: plan.json (format 1) and the SQL files it names.
// Every fault in a plan is reported with the file and the place, never as a crash:
// "plan.json: steps[2].file.sqlite: no file sqlite/03.sql in the plan folder".
class PlanLoader
{
    Q_DECLARE_TR_FUNCTIONS(PlanLoader)

public:
    // A built-in plan id ("user-integrations") or a folder on disk.
    static std::optional<Plan> load(const QString &nameOrFolder, ErrorInfo *error);
    static std::optional<Plan> loadFolder(const QString &folder, const QString &origin, ErrorInfo *error);
    // The manifest's text as loadFolder reads it from folder/plan.json; SQL files it names are
    // read from folder. Any bytes at all give a plan or an error, never a crash (fuzz/ proves it).
    static std::optional<Plan> parseManifest(const QByteArray &bytes, const QString &folder, const QString &origin,
                                             ErrorInfo *error);
    static QStringList builtinPlanIds();
    static QString defaultPlanId() { return QStringLiteral("user-integrations"); }
};
