// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetStage.h"
#include "fleet/FleetTargetEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

// A fleet as its manifest describes it (docs/fleet.md, resources/schema/fleet.schema.json):
// what to run on, in which stages, and the defaults of every target's run. A value: read
// once by FleetManifestReader, then handed to FleetRun.
class FleetManifest
{
public:
    QString path; // the manifest file
    QList<FleetTargetEntry> targets;
    // Never empty once read: a manifest without stages has one stage of all its targets.
    QList<FleetStage> stages;

    // defaults: what --plan, --to and --accept-risk would say for every target (the command
    // line wins), how many run at once, and how long the retry of a locked target waits.
    QString plan;
    QString to;
    QStringList acceptedRisks;
    int parallel = 0;
    int waitLockSeconds = -1; // -1: not given
};
