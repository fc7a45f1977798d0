// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentConnections.h"

#include <QSettings>

RecentConnections::RecentConnections(QSettings *settings)
    : m_settings(settings)
{
}

QList<ConnectionSpec> RecentConnections::list() const
{
    QList<ConnectionSpec> out;
    const QStringList urls = m_settings->value(settingsKey()).toStringList();
    for (const QString &url : urls) {
        // An entry that no longer parses (edited by hand, older format) is skipped, not fatal.
        if (const auto spec = ConnectionSpec::parse(url, nullptr))
            out << *spec;
    }
    return out;
}

void RecentConnections::remember(const ConnectionSpec &spec)
{
    // displayUrl() is the whole identity of an entry and holds no password by construction.
    const QString url = spec.displayUrl();
    QStringList urls = m_settings->value(settingsKey()).toStringList();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > maximum)
        urls.removeLast();
    m_settings->setValue(settingsKey(), urls);
    m_settings->sync();
}

void RecentConnections::clear()
{
    m_settings->remove(settingsKey());
    m_settings->sync();
}
