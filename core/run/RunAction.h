// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a run does; the five actions of the headless interface.
enum class RunAction { Check, Rehearse, Apply, Rollback, Status };

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
    }
    return {};
}
