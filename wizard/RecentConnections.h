// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"

#include <QList>

class QSettings;

// The databases the wizard connected to lately, newest first, kept in QSettings so the
// first page can offer them again. Stored as ConnectionSpec::displayUrl(), which never
// holds a password: a password is typed each time (or comes from PGPASSWORD / ~/.pgpass).
class RecentConnections
{
public:
    static constexpr int maximum = 8;

    // settings is not owned and must outlive this object.
    explicit RecentConnections(QSettings *settings);

    QList<ConnectionSpec> list() const;
    // Moves spec to the front (adding it if new); drops the oldest beyond maximum.
    void remember(const ConnectionSpec &spec);
    void clear();

    static QString settingsKey() { return QStringLiteral("recentConnections"); }

private:
    QSettings *m_settings;
};
