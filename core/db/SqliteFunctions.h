// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

struct sqlite3;

// Registers the assistant's SQL functions on a SQLite connection.
//
// ma_checksum(col, col, …), an aggregate:
// It folds every row into a 128-bit digest that does not depend on row order (the sum of
// per-row hashes), so a table renamed, restored or copied by the backup API has the
// same checksum as the original exactly when it holds the same rows. Values are hashed
// with their storage class, so 1, 1.0, '1' and x'31' all differ, and NULL differs from ''.
// SQLite has no hash function of its own; computing this in SQL keeps it at engine speed.
//
// ma_casefold(text): Unicode case folding (SQLite's lower() folds ASCII only), so checks
// compare e-mail addresses case-insensitively as a person would.
class SqliteFunctions
{
public:
    static bool install(sqlite3 *db, ErrorInfo *error);
};
