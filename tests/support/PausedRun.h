// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The real binary, started so that it stops at a named moment (MA_TEST_PAUSE_AT, see
// core/run/TestPause.h) and a test can kill, signal or starve it there. start() returns once
// the run printed "MA_TEST_PAUSED <moment>"; the destructor kills a run still going.
class PausedRun
{
public:
    ~PausedRun();

    // `pauseAt` is "<moment>" or "<moment>:<ms>" (then the run goes on by itself after ms).
    bool start(const QStringList &arguments, const QString &pauseAt, QString *why,
               QProcessEnvironment environment = TestSupport::headlessEnvironment());

    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    void signal(int signalNumber);

    // Waits for the end; crashed is set when it was killed by a signal or had to be killed.
    TestSupport::ProcessResult finish(int timeoutMs = 60000);

private:
    QProcess m_process;
    QByteArray m_err;
};
