// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetTargetResult.h"
#include "run/RunAction.h"

#include <QList>
#include <QStringList>

// A whole fleet's run: every target's summary in manifest order, and whether a signal ended it.
class FleetResult
{
public:
    RunAction action = RunAction::Check;
    QString manifest;
    QList<FleetTargetResult> targets;
    QStringList notes; // things a person should know: a glob that matched nothing, a stage that stopped
    bool interrupted = false;
    qint64 durationMs = 0;

    int count(FleetTargetState state) const
    {
        int n = 0;
        for (const FleetTargetResult &t : targets)
            n += t.state == state ? 1 : 0;
        return n;
    }
};
