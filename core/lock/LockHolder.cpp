// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/LockHolder.h"

#include <QCoreApplication>

QString LockHolder::describe() const
{
    if (!isKnown())
        return QCoreApplication::translate("LockHolder", "another run (lock file %1)").arg(lockFile);
    return QCoreApplication::translate("LockHolder", "%1 (process %2 on %3, since %4)")
        .arg(application.isEmpty() ? QStringLiteral("migration-assistant") : application)
        .arg(pid)
        .arg(host, since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}
