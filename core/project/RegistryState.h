// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a foreign tool's registry says of a database: whether it has one at all, the version
// it was left at (a Plan::toVersion of the project, or the project's start version when
// nothing is deployed), what is applied, and whether the tool left it half done (golang-migrate's
// dirty flag, a failed Flyway row): then no run may start until a person settles it.
class RegistryState
{
public:
    bool present = false;  // the registry exists (table, schema or file)
    QString version;       // empty when nothing is deployed (then: the project's start version)
    QStringList applied;   // plan ids recorded as applied, oldest first
    bool dirty = false;
    QString dirtyDetail;   // what the tool left unfinished, in words, with what to do
    QStringList unknown;   // registered changes the project does not have (a newer release's)
};
