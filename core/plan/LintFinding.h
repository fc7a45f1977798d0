// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One fault --lint found in a plan folder: the file (relative to the folder, e.g.
// "sqlite/03_index.sql" or "plan.json"), its line (1-based) and what is wrong, for people.
class LintFinding
{
public:
    QString file;
    int line = 1;
    QString message;

    QString toString(const QString &folder) const
    {
        return QStringLiteral("%1/%2:%3: %4").arg(folder, file).arg(line).arg(message);
    }
};
