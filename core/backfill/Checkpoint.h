// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How far one step of an interrupted batched run got: a SQL step is done or not; a batched
// step has processed every row up to lastKey (in its pass). Written in the same transaction
// as the work it describes, so it never claims a batch that was rolled back.
class Checkpoint
{
public:
    QString stepId;
    qint64 lastKey = 0;   // the highest key of the last committed batch (0: none yet)
    qint64 rowsDone = 0;  // rows changed by this step so far, over every run that resumed it
    int pass = 1;         // batched steps walk again for rows written behind them (see BatchedStepRunner)
    bool done = false;
};
