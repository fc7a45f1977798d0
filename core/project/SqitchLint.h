// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// --lint DIR on a Sqitch project: sqitch.conf and sqitch.plan as the reader reads them (its
// fault at file:line), a change without a revert or verify script, then every deploy, revert
// and verify script through ScriptLint, as the runner prepares them (their BEGIN/COMMIT are
// no fault). Files are relative to the project folder.
class SqitchLint
{
    Q_DECLARE_TR_FUNCTIONS(SqitchLint)

public:
    static QList<LintFinding> lint(const QString &folder);
};
