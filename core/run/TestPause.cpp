// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/TestPause.h"

#include <QThread>

#include <cstdio>

void TestPause::at(const QString &moment, const std::atomic<bool> *cancelled)
{
    static const QString setting = qEnvironmentVariable("MA_TEST_PAUSE_AT");
    // "<moment>" or "<moment>:<ms>"; a moment may itself hold a colon (batch:3).
    bool ok = false;
    int maxMs = 60000;
    if (setting != moment) {
        if (!setting.startsWith(moment + QLatin1Char(':')))
            return;
        maxMs = setting.mid(moment.size() + 1).toInt(&ok);
        if (!ok)
            return;
    }
    fprintf(stderr, "MA_TEST_PAUSED %s\n", qPrintable(moment));
    fflush(stderr);
    for (int waited = 0; waited < maxMs && !(cancelled && cancelled->load()); waited += 50)
        QThread::msleep(50);
}
