// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/FlywayVersion.h"

#include <QRegularExpression>

std::optional<FlywayVersion> FlywayVersion::parse(const QString &written)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]+([._][0-9]+)*$"));
    if (!shape.match(written).hasMatch())
        return std::nullopt;
    FlywayVersion v;
    v.m_text = written;
    v.m_text.replace(QLatin1Char('_'), QLatin1Char('.'));
    for (QString part : v.m_text.split(QLatin1Char('.'))) {
        // Numbers of any length (timestamps like 20240101120000 and longer): compared as digit
        // strings without leading zeros, so nothing overflows.
        while (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            part.remove(0, 1);
        v.m_parts << part;
    }
    while (v.m_parts.size() > 1 && v.m_parts.constLast() == QLatin1String("0"))
        v.m_parts.removeLast();
    return v;
}

int FlywayVersion::compare(const FlywayVersion &other) const
{
    const qsizetype n = std::max(m_parts.size(), other.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString a = i < m_parts.size() ? m_parts.at(i) : QStringLiteral("0");
        const QString b = i < other.m_parts.size() ? other.m_parts.at(i) : QStringLiteral("0");
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        if (const int c = a.compare(b); c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}
