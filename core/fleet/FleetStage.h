// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetTargetEntry.h"

#include <QList>
#include <QStringList>

// One stage of a fleet (a canary first, say): its targets, how many run at once and what a
// failure does. Stages run in order; a stage that stops (on_error stop, or max_failures
// reached) leaves its remaining targets and every later stage skipped.
class FleetStage
{
public:
    enum class OnError { Stop, Continue };

    QString name;
    // Its own targets; else the manifest's top-level targets whose label matches one of
    // labels (globs); with neither, every top-level target no earlier stage took.
    QList<FleetTargetEntry> targets;
    QStringList labels;
    int parallel = 0;    // 0: --parallel, the manifest's default, else 1
    OnError onError = OnError::Continue;
    int maxFailures = 0; // 0: no limit (with continue)

    // Does this many blocked or failed targets end the stage?
    bool stopsAfter(int failures) const
    {
        return failures > 0 && (onError == OnError::Stop || (maxFailures > 0 && failures >= maxFailures));
    }
};
