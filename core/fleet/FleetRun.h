// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetManifest.h"
#include "fleet/FleetResult.h"
#include "fleet/FleetTarget.h"
#include "run/ProgressEvent.h"
#include "run/RunOptions.h"

#include <QCoreApplication>
#include <QSet>
#include <functional>

class CancelToken;
class RunResult;

// A whole fleet, stage by stage: each stage's targets are expanded when it starts and run by a
// bounded pool of worker threads (at most the stage's parallel at once, so connections and
// memory follow --parallel, not the fleet's size). Each target is exactly a single run: a
// MigrationRunner on its worker, with its own lock, connection, checks, transaction, backup
// and history; what is kept of it is a FleetTargetResult. A target whose lock another run holds
// is tried again once the stage's other targets are done (waiting up to the retry wait); still
// locked, it is "locked"; done by the other run meanwhile, it is "nothing-to-do".
//
// run() blocks the calling thread (a worker: the CLI's, or a GUI's); the sinks are called from
// the pool's threads, one target's events in order, different targets' interleaved: a sink
// that prints serialises itself. The cancel token stops starting targets and cancels the
// running ones (each rolls back as a single run does).
class FleetRun
{
    Q_DECLARE_TR_FUNCTIONS(FleetRun)

public:
    using StartSink = std::function<void(const FleetTarget &)>;
    // final false: the target was found locked and will be tried again at the end of its stage.
    using FinishSink = std::function<void(const FleetTargetResult &, bool final)>;
    using ProgressSink = std::function<void(const FleetTarget &, const ProgressEvent &)>;
    using LogSink = std::function<void(const QString &)>;

    // options: what every target's run shares (action, plan or catalogue, --to, risks, operator,
    // password); the connection is each target's. parallel: --parallel (0: not given).
    // retryWaitSeconds: how long the retry of a locked target waits for the lock.
    FleetRun(FleetManifest manifest, RunOptions options, int parallel, int retryWaitSeconds);

    void setStartSink(StartSink sink) { m_started = std::move(sink); }
    void setFinishSink(FinishSink sink) { m_finished = std::move(sink); }
    void setProgressSink(ProgressSink sink) { m_progress = std::move(sink); }
    void setLogSink(LogSink sink) { m_log = std::move(sink); }
    void setCancelToken(CancelToken *token) { m_cancel = token; }

    FleetResult run();

    // How many of this stage's targets run at once: its own parallel bounded by --parallel;
    // else --parallel, the manifest's default, 1.
    int parallelFor(const FleetStage &stage) const;
    // The summary kept of one single run.
    static FleetTargetResult summarise(const FleetTarget &target, const RunResult &result);

private:
    // What one stage's passes share: every target's result so far, the failures counted and
    // whether the stage stopped. Guarded by the pass's mutex while the workers run.
    struct StageState
    {
        QList<FleetTargetResult> results;
        QSet<int> retried; // indices the retry pass of locked targets has taken
        int failures = 0;
        bool stopped = false;
    };

    // The stage's targets, expanded now; entries that could not be expanded become failed results.
    QList<FleetTarget> targetsOf(const FleetStage &stage, QList<FleetTargetResult> *failures, QStringList *notes);
    QList<FleetTarget> expand(const QList<FleetTargetEntry> &entries, const QString &stage,
                              QList<FleetTargetResult> *failures, QStringList *notes);
    // Runs the stage; false when it stopped (on_error, max_failures or a cancel).
    bool runStage(const FleetStage &stage, FleetResult &result);
    // One pass over the targets at `indices` with the stage's pool; a target found locked goes
    // to *locked (first pass) instead of being final.
    void runPass(const FleetStage &stage, const QList<FleetTarget> &targets, const QList<int> &indices,
                 int waitLockSeconds, StageState &state, QList<int> *locked);
    FleetTargetResult runTarget(const FleetTarget &target, int waitLockSeconds);
    bool cancelled() const;
    void log(const QString &line) const;

    FleetManifest m_manifest;
    RunOptions m_options;
    int m_parallel = 0;
    int m_retryWaitSeconds = 0;
    StartSink m_started;
    FinishSink m_finished;
    ProgressSink m_progress;
    LogSink m_log;
    CancelToken *m_cancel = nullptr;
    // The manifest's top-level targets, expanded once the first stage needs them.
    bool m_topLevelExpanded = false;
    QList<FleetTarget> m_topLevel;
    QList<FleetTargetResult> m_topLevelFailures;
    QSet<QString> m_taken; // targets a stage took (driver + identity): no target runs twice
};
