// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ServerSession.h"

#include <QCoreApplication>

QString ServerSession::describe() const
{
    const QString name = application.isEmpty() ? QCoreApplication::translate("ServerSession", "no name") : application;
    const QString when = since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (state.isEmpty())
        return QCoreApplication::translate("ServerSession", "pid %1 (%2, user %3) from %4 since %5")
            .arg(QString::number(pid), name, user, client, when);
    return QCoreApplication::translate("ServerSession", "pid %1 (%2, user %3) from %4, %5 since %6")
        .arg(QString::number(pid), name, user, client, state, when);
}
