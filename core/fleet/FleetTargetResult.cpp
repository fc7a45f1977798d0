// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetTargetResult.h"

FleetTargetState FleetTargetResult::stateFor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Ok:
    case RunOutcome::RolledBack:
        return FleetTargetState::Ok;
    case RunOutcome::NothingToDo:
        return FleetTargetState::NothingToDo;
    case RunOutcome::Blocked:
        return FleetTargetState::Blocked;
    case RunOutcome::Locked:
        return FleetTargetState::Locked;
    case RunOutcome::Interrupted:
        return FleetTargetState::Interrupted;
    case RunOutcome::Failed:
    case RunOutcome::NeedsPerson:
    case RunOutcome::BadInput:
    case RunOutcome::CannotConnect:
        return FleetTargetState::Failed;
    }
    return FleetTargetState::Failed;
}
