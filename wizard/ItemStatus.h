// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// How a row of a check, validation or history table stands, as one value the views turn into
// an icon. The models live in the core (no QtGui, so no QIcon): they answer ItemStatusRole
// and the wizard maps it to a picture, so the choice of icon stays in ui/.
enum class ItemStatus {
    None,     // nothing to signal
    Passed,   // a check or validation that is fine
    Info,     // an informational count
    Warning,  // a failing warning nobody has accepted yet
    Accepted, // a failing warning the operator accepted
    Blocker,  // a failing blocker: the migration cannot go ahead
    Failed,   // a failed validation or verification
};

// The item-data role under which the models of the wizard answer an ItemStatus (as int).
inline constexpr int ItemStatusRole = Qt::UserRole + 100;
