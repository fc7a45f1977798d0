// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The words and numbers of a progress display ("40 000 of 1 000 000 rows", "2 min 05 s"),
// computed here so the wizard's labels hold no arithmetic and tests can read them.
class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    // "40 000 of 1 000 000 rows"; an empty string while nothing is counted yet.
    static QString rows(qint64 done, qint64 total);
    // "0 s", "45 s", "2 min 05 s", "1 h 02 min"; negative: "—" (not known yet).
    static QString duration(qint64 ms);
    // Which plan of a path runs: "Plan 2 of 3: Encrypt the tokens"; empty when the run is not
    // a path's (index 0).
    static QString plan(int index, int count, const QString &title);
    // 0..1000: per mille done, so a bar never overflows an int however many rows.
    static int perMille(qint64 done, qint64 total);
};
