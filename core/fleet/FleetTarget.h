// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"

#include <QString>

// One database (or PostgreSQL schema) of a fleet, as the expansion found it: run exactly as
// a single run would be.
class FleetTarget
{
public:
    ConnectionSpec spec;
    QString label;
    QString stage;

    QString url() const { return spec.displayUrl(); } // without the password
};
