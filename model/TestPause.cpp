#include "TestPause.h"

#include <QThread>

#include <cstdio>

void TestPause::at(const QString &moment, const std::atomic<bool> *cancelled)
{
    static const QString setting = qEnvironmentVariable("MA_TEST_PAUSE_AT");
    if (setting.isEmpty() || setting.section(QLatin1Char(':'), 0, 0) != moment)
        return;
    bool ok = false;
    const int maxMs = setting.section(QLatin1Char(':'), 1, 1).toInt(&ok);
    fprintf(stderr, "MA_TEST_PAUSED %s\n", qPrintable(moment));
    fflush(stderr);
    for (int waited = 0; waited < (ok ? maxMs : 60000) && !(cancelled && cancelled->load()); waited += 50)
        QThread::msleep(50);
}
