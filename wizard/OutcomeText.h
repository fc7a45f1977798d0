// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemStatus.h"
#include "run/RunResult.h"

#include <QCoreApplication>

// How a run ended, in the words the wizard shows: a headline a person reads first, and a
// sentence on what it means for the database. Decided here (not in a page) so that every
// view of a result — Done page, rehearsal, History — says the same thing.
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)

public:
    static QString headline(const RunResult &result);
    static QString explanation(const RunResult &result);
    static ItemStatus status(const RunResult &result);
    // A path's run, a line per plan in the order they ran: "1. Move … (v1 → v2): applied".
    // Empty for a run of one plan named on its own.
    static QStringList pathLines(const RunResult &result);
    // What became of one plan of a path: "applied", "rolled back", "skipped", …
    static QString partWord(const RunResult &part);
    // Did the database end up changed by this run (applied or rolled back)?
    static bool databaseChanged(const RunResult &result);
};
