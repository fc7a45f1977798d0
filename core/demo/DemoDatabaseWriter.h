// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "util/ErrorInfo.h"
#include <QString>
// Writes a v1 demo database: the schema the built-in plan user-integrations migrates from,
// with the awkward data real customers have.
class DemoDatabaseWriter
{
public:
    // Creates a NEW SQLite file at path (refuses to overwrite an existing file: returns false with
    // a clear message) holding `users` users plus emails, digests and tasks. Deterministic: the
    // same users count gives the same content. Must be fast: generate rows inside SQLite with
    // recursive CTEs (INSERT ... SELECT FROM a WITH RECURSIVE counter), not row by row through Qt;
    // one transaction; 1 000 000 users should take seconds, not minutes.
    static bool write(const QString &path, int users, ErrorInfo *error = nullptr);

    // One paragraph of plain English saying what the demo database holds (for --help and the
    // README).
    static QString describe();
};
