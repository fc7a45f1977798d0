// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"

#include <QString>

// One entry of a manifest's target list as written: a URL, a SQLite glob
// (sqlite:/srv/customers/*.db) or a PostgreSQL schema pattern (…?schema=tenant_*), with the
// label every target it expands to carries. The URL is parsed when the manifest is read, so a
// malformed one is bad input before anything runs; the pattern stays in spec.path or spec.schema.
class FleetTargetEntry
{
public:
    QString url;   // as written, shown only redacted (ConnectionSpec::redacted)
    QString label;
    ConnectionSpec spec;

    // Does it name many targets (a '*', '?' or '[' in the SQLite file name or the schema)?
    bool isPattern() const;
    static bool hasWildcard(const QString &text);
};
