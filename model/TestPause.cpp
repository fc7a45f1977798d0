#include "TestPause.h"

#include "CancelToken.h"

#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

void TestPause::at(const QString &point, const CancelToken *cancel)
{
    static const QString pauseAt = qEnvironmentVariable("MA_TEST_PAUSE_AT");
    if (pauseAt.isEmpty() || pauseAt != point)
        return;
    bool ok = false;
    const int pauseMs = qEnvironmentVariableIntValue("MA_TEST_PAUSE_MS", &ok);
    fprintf(stderr, "MA_TEST_PAUSED %s\n", qPrintable(point));
    fflush(stderr);
    QElapsedTimer paused;
    paused.start();
    while (paused.elapsed() < (ok ? pauseMs : 60000) && !(cancel && cancel->isCancelled()))
        QThread::msleep(20);
}
