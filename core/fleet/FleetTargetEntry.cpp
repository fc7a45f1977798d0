// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetTargetEntry.h"

#include <QFileInfo>

bool FleetTargetEntry::hasWildcard(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

bool FleetTargetEntry::isPattern() const
{
    // Only the file name of a SQLite path is a pattern: a folder is named exactly.
    return spec.isSqlite() ? hasWildcard(QFileInfo(spec.path).fileName()) : hasWildcard(spec.schema);
}
