// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressText.h"

#include <QTest>

// The numbers of the progress display.
class TestProgressText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows()
    {
        QCOMPARE(ProgressText::rows(40000, 1000000), QStringLiteral("40\u202F000 of 1\u202F000\u202F000 rows"));
        QCOMPARE(ProgressText::rows(0, 0), QString());
        QCOMPARE(ProgressText::rows(12, 10), QStringLiteral("10 of 10 rows"));
    }

    void duration()
    {
        QCOMPARE(ProgressText::duration(-1), QStringLiteral("—"));
        QCOMPARE(ProgressText::duration(0), QStringLiteral("0 s"));
        QCOMPARE(ProgressText::duration(44600), QStringLiteral("45 s"));
        QCOMPARE(ProgressText::duration(125000), QStringLiteral("2 min 05 s"));
        QCOMPARE(ProgressText::duration(3720000), QStringLiteral("1 h 02 min"));
    }

    void plan()
    {
        QCOMPARE(ProgressText::plan(0, 0, QStringLiteral("Move")), QString());
        QCOMPARE(ProgressText::plan(1, 2, QStringLiteral("Move")), QStringLiteral("Plan 1 of 2: Move"));
        QCOMPARE(ProgressText::plan(2, 3, QString()), QStringLiteral("Plan 2 of 3"));
    }

    void perMille()
    {
        QCOMPARE(ProgressText::perMille(0, 0), 0);
        QCOMPARE(ProgressText::perMille(1, 3), 333);
        QCOMPARE(ProgressText::perMille(5, 3), 1000);
        // Billions of rows still fit an int bar.
        QCOMPARE(ProgressText::perMille(3'000'000'000LL, 6'000'000'000LL), 500);
    }
};

QTEST_GUILESS_MAIN(TestProgressText)
#include "tst_progresstext.moc"
