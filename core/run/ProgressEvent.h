// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where a run is: the step and the rows done of all the rows the run will go through.
class ProgressEvent
{
public:
    QString step;       // the step's id
    QString stepTitle;  // the step's title, for people
    qint64 done = 0;
    qint64 total = 0;
    qint64 etaMs = -1;  // -1 until the rate is known
    qint64 elapsedMs = 0;
    // A path's run: which plan of how many is running now (planIndex from 1; 0: not a path).
    // done and total then count the rows of the whole path.
    QString planId;
    int planIndex = 0;
    int planCount = 0;
};
