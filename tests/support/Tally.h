// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a reliability suite tried and what became of the promise in each case: survived (the
// database as before, or fully migrated, and the next run went fine) or lost (anything else).
// cleanupTestCase prints line(): "RELIABILITY tst_crash: 54 tried, 54 survived (30 as before,
// 24 fully migrated), 0 lost" — docs/reliability.md quotes those lines.
class Tally
{
public:
    enum class State { AsBefore, Complete, Refused };
    void survived(State state)
    {
        ++m_tried;
        ++m_counts[int(state)];
    }
    // Returns false so a test can write QVERIFY2(tally.check(problem), ...).
    bool check(const QString &problem, State state)
    {
        if (problem.isEmpty()) {
            survived(state);
            return true;
        }
        ++m_tried;
        m_lost << problem;
        return false;
    }
    int tried() const { return m_tried; }
    int lost() const { return int(m_lost.size()); }
    QString line(const QString &suite) const
    {
        QStringList parts;
        if (m_counts[0])
            parts << QStringLiteral("%1 as before").arg(m_counts[0]);
        if (m_counts[1])
            parts << QStringLiteral("%1 fully migrated").arg(m_counts[1]);
        if (m_counts[2])
            parts << QStringLiteral("%1 refused with nothing changed").arg(m_counts[2]);
        return QStringLiteral("RELIABILITY %1: %2 tried, %3 survived (%4), %5 lost")
            .arg(suite)
            .arg(m_tried)
            .arg(m_tried - lost())
            .arg(parts.join(QStringLiteral(", ")))
            .arg(lost());
    }

private:
    int m_tried = 0;
    int m_counts[3] = {0, 0, 0};
    QStringList m_lost;
};
