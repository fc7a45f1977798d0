// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ApplicationIdentity.h"

#include <QCoreApplication>

QString ApplicationIdentity::applicationName()
{
    return QStringLiteral("migration-assistant");
}

QString ApplicationIdentity::organizationName()
{
    return QStringLiteral("migration-assistant");
}

QString ApplicationIdentity::organizationDomain()
{
    return QStringLiteral("migrationassistant.org");
}

QString ApplicationIdentity::version()
{
    return QStringLiteral(MA_VERSION);
}

QString ApplicationIdentity::desktopFileName()
{
    return QStringLiteral(MA_APP_ID);
}

void ApplicationIdentity::apply()
{
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(organizationDomain());
    QCoreApplication::setApplicationVersion(version());
}
