// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunController.h"

#include "run/CancelToken.h"
#include "transaction/MigrationRunner.h"
#include "WorkerPool.h"

#include <QPointer>
#include <QtConcurrent>

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<RunResult>::finished, this, &RunController::onFinished);
}

RunController::~RunController()
{
    if (m_running) {
        // Last resort (a window should have cancelled and waited for finished()): the worker
        // calls back into this object, so it must be done before the object goes.
        m_cancel->cancel();
        m_watcher.waitForFinished();
    }
}

bool RunController::start(const RunOptions &options)
{
    if (m_running)
        return false;
    m_options = options;
    m_cancel = std::make_shared<CancelToken>();
    m_lastProgress = ProgressEvent{};
    m_log.clear();
    m_running = true;
    m_cancelRequested = false;
    m_clock.start();

    // The sinks run on the worker; each forwards its value, by copy, to this object's
    // thread. `this` outlives the worker (see the destructor), and a queued call to an
    // object that is gone is dropped by Qt.
    QPointer<RunController> self(this);
    auto token = m_cancel;
    const RunOptions runOptions = m_options;
    m_watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [self, token, runOptions]() -> RunResult {
        MigrationRunner runner(runOptions);
        runner.setCancelToken(token.get());
        runner.setProgressSink([self](const ProgressEvent &event) {
            QMetaObject::invokeMethod(self.data(), [self, event] {
                if (self)
                    self->onProgress(event);
            }, Qt::QueuedConnection);
        });
        runner.setLogSink([self](const QString &line) {
            QMetaObject::invokeMethod(self.data(), [self, line] {
                if (self)
                    self->onLog(line);
            }, Qt::QueuedConnection);
        });
        return runner.run();
    }));
    Q_EMIT runningChanged(true);
    Q_EMIT started(m_options.action);
    return true;
}

void RunController::cancel()
{
    if (!m_running || !m_cancel)
        return;
    m_cancelRequested = true;
    // Sets a flag and calls sqlite3_interrupt / PQcancel: returns at once, never waits.
    m_cancel->cancel();
}

qint64 RunController::elapsedMs() const
{
    if (m_running)
        return m_clock.elapsed();
    return m_hasResult ? m_result.durationMs : 0;
}

qint64 RunController::remainingMs() const
{
    // The engine's estimate: the rate of the rows alone, not of the checks and the backup
    // that came before them (one estimate, shared with the headless --progress events).
    if (!m_running || m_lastProgress.done <= 0 || m_lastProgress.done >= m_lastProgress.total)
        return -1;
    return m_lastProgress.etaMs;
}

void RunController::onProgress(const ProgressEvent &event)
{
    if (!m_running)
        return;
    m_lastProgress = event;
    Q_EMIT progressed(event);
}

void RunController::onLog(const QString &line)
{
    if (!m_running)
        return;
    m_log << line;
    Q_EMIT logLine(line);
}

void RunController::onFinished()
{
    if (!m_running)
        return;
    // Progress and log calls queued before the result are delivered first, so the last
    // values shown are the worker's last.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_result = m_watcher.result();
    m_hasResult = true;
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(m_result);
}
