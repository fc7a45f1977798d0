// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Who the application is, in one place for the command line and the wizard: the names
// QSettings and QStandardPaths derive their paths from, the version --version prints and the
// history records, and the desktop file name (the Wayland app id, MA_APP_ID) the wizard gives
// QGuiApplication.
class ApplicationIdentity
{
public:
    static QString applicationName();   // "migration-assistant"
    static QString organizationName();  // "migration-assistant"
    static QString organizationDomain(); // "migrationassistant.org"
    static QString version();           // MA_VERSION, from project(VERSION)
    static QString desktopFileName();   // MA_APP_ID
    // Sets the names and the version on the application object, whichever kind exists.
    static void apply();
};
