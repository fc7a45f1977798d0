// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One entry of a change's [dependencies] in sqitch.plan: `users`, `userflips@v1.0.0-dev2`,
// `@v1.0`, `other:users` (another project's), a 40-digit change id, `!x` a conflict.
class SqitchDependency
{
public:
    bool conflict = false;
    QString project; // empty unless written `project:…`
    QString change;  // may be empty (`@tag` alone, or an id)
    QString tag;     // without the @
    QString id;      // a change id given as 40 hex digits

    // Sqitch's key_name: change[@tag], or the id.
    QString keyName() const
    {
        QString key = change;
        if (!tag.isEmpty())
            key += QLatin1Char('@') + tag;
        return key.isEmpty() ? id : key;
    }
    // Sqitch's as_string, as the change id and the registry write it: `project:` only for
    // another project than `planProject`.
    QString asString(const QString &planProject) const
    {
        return isExternal(planProject) ? project + QLatin1Char(':') + keyName() : keyName();
    }
    bool isExternal(const QString &planProject) const { return !project.isEmpty() && project != planProject; }
};
