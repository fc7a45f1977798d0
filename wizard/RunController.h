// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/ProgressEvent.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <memory>

class CancelToken;

// Runs one action of MigrationRunner for the wizard without ever making the GUI thread wait
// on SQL: run() goes to a worker via QtConcurrent::run (the runner opens its own connection
// there), and everything the worker reports comes back as signals on the thread that owns
// this object. The runner's sinks are called on the worker, so they are forwarded with
// queued QMetaObject::invokeMethod calls; the result arrives through a QFutureWatcher.
//
// One run at a time per controller. Whoever shows a run owns a controller; closing a window
// while one runs should cancel() and wait for finished(), not destroy it (the destructor
// waits for the worker, which blocks, as a last resort).
class RunController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Starts the run on a worker; false (and nothing happens) when one is already running.
    bool start(const RunOptions &options);
    // Asks the engine to stop: it interrupts the statement running now and rolls back.
    // finished() follows, usually with RunOutcome::Interrupted. Safe to call at any time.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancelRequested; }
    RunAction action() const { return m_options.action; }
    const RunOptions &options() const { return m_options; }
    bool hasResult() const { return m_hasResult; }
    const RunResult &result() const { return m_result; }
    const ProgressEvent &lastProgress() const { return m_lastProgress; }
    QStringList logLines() const { return m_log; }

    // Since start(); keeps counting between the engine's progress events.
    qint64 elapsedMs() const;
    // Time left as the engine last estimated it (ProgressEvent::etaMs: the rate of the rows
    // alone, measured from the first row, the same estimate --progress prints); -1 when
    // unknown: before the first row, and once every row is done (validation, commit).
    qint64 remainingMs() const;

Q_SIGNALS:
    void started(RunAction action);
    void progressed(const ProgressEvent &event);
    void logLine(const QString &line);
    void finished(const RunResult &result);
    void runningChanged(bool running);

private:
    void onProgress(const ProgressEvent &event);
    void onLog(const QString &line);
    void onFinished();

    RunOptions m_options;
    // Shared with the worker: the token must live as long as the run, whichever ends first.
    std::shared_ptr<CancelToken> m_cancel;
    QFutureWatcher<RunResult> m_watcher;
    QElapsedTimer m_clock;
    ProgressEvent m_lastProgress;
    RunResult m_result;
    QStringList m_log;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_hasResult = false;
};
