// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PausedRun.h"

#include <QDeadlineTimer>

#include <csignal>

PausedRun::~PausedRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool PausedRun::start(const QStringList &arguments, const QString &pauseAt, QString *why,
                      QProcessEnvironment environment)
{
    environment.insert(QStringLiteral("MA_TEST_PAUSE_AT"), pauseAt);
    m_process.setProcessEnvironment(environment);
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(TestSupport::binary(), arguments);
    if (!m_process.waitForStarted(10000)) {
        *why = QStringLiteral("the binary did not start: ") + m_process.errorString();
        return false;
    }
    m_process.closeWriteChannel();
    const QByteArray marker = "MA_TEST_PAUSED " + pauseAt.section(QLatin1Char(':'), 0, 0).toUtf8();
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_err += m_process.readAllStandardError();
        if (m_err.contains(marker))
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            m_err += m_process.readAllStandardError();
            *why = QStringLiteral("the run ended before pausing at %1: exit %2\nstdout:\n%3\nstderr:\n%4")
                       .arg(pauseAt)
                       .arg(m_process.exitCode())
                       .arg(QString::fromUtf8(m_process.readAllStandardOutput()), QString::fromUtf8(m_err));
            return false;
        }
    }
    *why = QStringLiteral("the run never paused at %1; stderr so far:\n%2").arg(pauseAt, QString::fromUtf8(m_err));
    return false;
}

void PausedRun::signal(int signalNumber)
{
    ::kill(pid_t(m_process.processId()), signalNumber);
}

TestSupport::ProcessResult PausedRun::finish(int timeoutMs)
{
    TestSupport::ProcessResult r;
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(10000);
        r.crashed = true;
    }
    r.out = m_process.readAllStandardOutput();
    r.err = m_err + m_process.readAllStandardError();
    r.crashed = r.crashed || m_process.exitStatus() == QProcess::CrashExit;
    r.exitCode = m_process.exitCode();
    return r;
}
