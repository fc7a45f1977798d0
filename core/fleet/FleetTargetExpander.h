// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetTarget.h"
#include "fleet/FleetTargetEntry.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>

class CancelToken;

// Turns one manifest entry into its targets, when its stage starts (not before: a fleet of
// many stages holds only the targets of the stage running): a URL is one target, a SQLite glob
// one per matching file (sorted by name), a PostgreSQL schema pattern one per matching schema
// of the database's catalogue (sorted). Only the file name and the schema are patterns.
class FleetTargetExpander
{
    Q_DECLARE_TR_FUNCTIONS(FleetTargetExpander)

public:
    // password: given to every PostgreSQL target (--password-file); empty: libpq's own sources.
    // An empty match is no error (the list is empty); a catalogue that cannot be read is.
    // cancel: the fleet's token, which interrupts the catalogue's query (SIGINT, Stop); then
    // the list is empty and so is error.
    static QList<FleetTarget> expand(const FleetTargetEntry &entry, const QString &password, const QString &stage,
                                     ErrorInfo *error, CancelToken *cancel = nullptr);
    // A glob's LIKE pattern: * → %, ? → _, and LIKE's own % _ \ escaped. [..] is refused.
    static QString likePattern(const QString &glob);
};
