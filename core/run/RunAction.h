// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a run does: the five actions of the headless interface, and the two of versions and
// paths (../shared/spec/cli.md): --baseline records a version, --finalize ends a keep period.
enum class RunAction { Check, Rehearse, Apply, Rollback, Status, Baseline, Finalize };

inline QString runActionName(RunAction action)
{
    switch (action) {
    case RunAction::Check:
        return QStringLiteral("check");
    case RunAction::Rehearse:
        return QStringLiteral("rehearse");
    case RunAction::Apply:
        return QStringLiteral("apply");
    case RunAction::Rollback:
        return QStringLiteral("rollback");
    case RunAction::Status:
        return QStringLiteral("status");
    case RunAction::Baseline:
        return QStringLiteral("baseline");
    case RunAction::Finalize:
        return QStringLiteral("finalize");
    }
    return {};
}
