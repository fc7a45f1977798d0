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
};
