// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"
#include "plan/StatementSplitter.h"

#include <QList>

// A script as the assistant will send it (ScriptTransactionControl::prepare): its statements in
// order, psql variables filled in, without the transaction control and SQLite foreign-key
// pragmas the assistant's own transaction replaces — or the faults that refuse it, each at its
// line within the script (the file is left empty for the caller to name).
class PreparedScript
{
public:
    QList<StatementSplitter::Piece> statements; // each with its line; `variables` already filled in
    QList<LintFinding> faults;
    int leftOut = 0;                 // statements not sent: BEGIN, COMMIT, a verify script's ROLLBACK, pragmas
    bool togglesForeignKeys = false; // it held PRAGMA foreign_keys = … (SQLite), left out: the run does it

    bool ok() const { return faults.isEmpty(); }
};
