// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/SqitchDependency.h"
#include "project/SqitchTag.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A change line of sqitch.plan, with the tags that follow it and what Sqitch derives from the
// whole plan: its id (SHA-1 of the info text, which names the change before it), and for an
// instance reworked later the tags that name its scripts (`name@TAG.sql`).
class SqitchChange
{
public:
    QString name;
    QList<SqitchDependency> required; // "requires" is a keyword of C++20
    QList<SqitchDependency> conflicts;
    QDateTime plannedAt; // UTC
    QString plannerName;
    QString plannerEmail;
    QString note;
    int line = 0;
    QList<SqitchTag> tags;       // the tags right after it, in order
    // Sqitch's rework_tags: for an instance a later line of the same name reworks, the tags
    // of the changes between the two instances, latest first, then its own tags. Empty: the
    // change is not reworked, its scripts are name.sql.
    QList<SqitchTag> reworkTags;
    QString id;                  // the change id
    int parent = -1;             // index of the change before it in the plan, -1 for the first

    bool isReworked() const { return !reworkTags.isEmpty(); }
};
