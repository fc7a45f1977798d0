// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetRun.h"

#include "fleet/FleetTargetExpander.h"
#include "run/CancelToken.h"
#include "run/RunResult.h"
#include "transaction/MigrationRunner.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

#include <memory>
#include <vector>

namespace {

QString keyOf(const ConnectionSpec &spec)
{
    return spec.driverName() + QLatin1Char(':') + spec.identity();
}

FleetTargetResult skipped(const FleetTarget &target)
{
    FleetTargetResult r;
    r.target = target.url();
    r.label = target.label;
    r.stage = target.stage;
    r.state = FleetTargetState::Skipped;
    return r;
}

} // namespace

FleetRun::FleetRun(FleetManifest manifest, RunOptions options, int parallel, int retryWaitSeconds)
    : m_manifest(std::move(manifest))
    , m_options(std::move(options))
    , m_parallel(parallel)
    , m_retryWaitSeconds(retryWaitSeconds)
{
}

int FleetRun::parallelFor(const FleetStage &stage) const
{
    if (stage.parallel > 0)
        return m_parallel > 0 ? qMin(stage.parallel, m_parallel) : stage.parallel;
    if (m_parallel > 0)
        return m_parallel;
    return m_manifest.parallel > 0 ? m_manifest.parallel : 1;
}

bool FleetRun::cancelled() const
{
    return m_cancel && m_cancel->isCancelled();
}

void FleetRun::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

FleetTargetResult FleetRun::summarise(const FleetTarget &target, const RunResult &result)
{
    FleetTargetResult r;
    r.target = target.url();
    r.label = target.label;
    r.stage = target.stage;
    r.ran = true;
    r.outcome = result.outcome;
    r.outcomeWord = result.resultWord();
    r.state = FleetTargetResult::stateFor(result.outcome);
    r.fromVersion = result.fromVersion;
    r.toVersion = result.toVersion;
    r.durationMs = result.durationMs;
    r.backupPath = result.backupPath;
    for (const RunResult &part : result.path)
        if (r.backupPath.isEmpty())
            r.backupPath = part.backupPath;
    for (const CheckResult &check : result.checks)
        if (check.accepted)
            r.acceptedRisks << check.id;
    r.checkCount = int(result.checks.size());
    r.blockers = result.blockers();
    r.warnings = result.warnings();
    r.warningIds = result.unacceptedWarnings();
    if (result.outcome != RunOutcome::Ok && result.outcome != RunOutcome::NothingToDo
        && result.outcome != RunOutcome::RolledBack) {
        r.message = result.error.message;
        if (result.outcome == RunOutcome::Blocked && result.blockers() == 0)
            r.unacceptedWarnings = result.unacceptedWarnings();
        if (result.outcome == RunOutcome::Locked && result.lockHolder.isKnown()
            && !r.message.contains(QString::number(result.lockHolder.pid)))
            r.message = tr("%1 Held by %2.").arg(r.message, result.lockHolder.describe()).trimmed();
    }
    return r;
}

QList<FleetTarget> FleetRun::expand(const QList<FleetTargetEntry> &entries, const QString &stage,
                                    QList<FleetTargetResult> *failures, QStringList *notes)
{
    QList<FleetTarget> out;
    for (const FleetTargetEntry &entry : entries) {
        ErrorInfo error;
        const QList<FleetTarget> found =
            FleetTargetExpander::expand(entry, m_options.connection.password, stage, &error, m_cancel);
        // Interrupted: the entries not expanded yet have no targets to list as skipped.
        if (cancelled())
            break;
        if (error.isError()) {
            FleetTargetResult r;
            r.target = ConnectionSpec::redacted(entry.url);
            r.label = entry.label;
            r.stage = stage;
            r.ran = true;
            r.outcome = RunOutcome::CannotConnect;
            r.outcomeWord = resultWordFor(r.outcome);
            r.state = FleetTargetState::Failed;
            r.message = error.message;
            failures->append(r);
            continue;
        }
        if (found.isEmpty())
            notes->append(tr("%1 matches no database.").arg(ConnectionSpec::redacted(entry.url)));
        out += found;
    }
    return out;
}

QList<FleetTarget> FleetRun::targetsOf(const FleetStage &stage, QList<FleetTargetResult> *failures, QStringList *notes)
{
    QList<FleetTarget> candidates;
    if (!stage.targets.isEmpty()) {
        candidates = expand(stage.targets, stage.name, failures, notes);
    } else {
        if (!m_topLevelExpanded) {
            m_topLevel = expand(m_manifest.targets, QString(), &m_topLevelFailures, notes);
            m_topLevelExpanded = true;
        }
        // The top-level entries that could not be expanded fail in the first stage that takes all.
        if (stage.labels.isEmpty()) {
            for (FleetTargetResult r : std::as_const(m_topLevelFailures)) {
                r.stage = stage.name;
                failures->append(r);
            }
            m_topLevelFailures.clear();
        }
        QList<QRegularExpression> patterns;
        for (const QString &label : stage.labels)
            patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(label));
        for (FleetTarget target : std::as_const(m_topLevel)) {
            bool matches = patterns.isEmpty();
            for (const QRegularExpression &p : std::as_const(patterns))
                matches = matches || p.match(target.label).hasMatch();
            if (matches) {
                target.stage = stage.name;
                candidates.append(target);
            }
        }
    }
    // A database named twice (a URL and a glob, or two stages) runs once: in the first place.
    QList<FleetTarget> out;
    for (const FleetTarget &target : std::as_const(candidates))
        if (!m_taken.contains(keyOf(target.spec))) {
            m_taken.insert(keyOf(target.spec));
            out.append(target);
        }
    return out;
}

FleetTargetResult FleetRun::runTarget(const FleetTarget &target, int waitLockSeconds)
{
    RunOptions options = m_options;
    options.connection = target.spec;
    options.waitLockSeconds = waitLockSeconds;
    // One token per target: a token interrupts the one connection attached to it.
    CancelToken token;
    if (m_cancel)
        m_cancel->attachChild(&token);
    MigrationRunner runner(options);
    runner.setCancelToken(&token);
    if (m_progress)
        runner.setProgressSink([this, &target](const ProgressEvent &e) { m_progress(target, e); });
    const RunResult result = runner.run();
    if (m_cancel)
        m_cancel->detachChild(&token);
    return summarise(target, result);
}

void FleetRun::runPass(const FleetStage &stage, const QList<FleetTarget> &targets, const QList<int> &indices,
                       int waitLockSeconds, StageState &state, QList<int> *locked)
{
    QMutex mutex;
    qsizetype next = 0;
    const auto worker = [&] {
        for (;;) {
            int i = -1;
            {
                QMutexLocker locker(&mutex);
                if (state.stopped || cancelled() || next >= indices.size())
                    return;
                i = indices.at(next++);
                if (!locked)
                    state.retried.insert(i);
            }
            const FleetTarget &target = targets.at(i);
            if (m_started)
                m_started(target);
            const FleetTargetResult r = runTarget(target, waitLockSeconds);
            bool final = true;
            {
                QMutexLocker locker(&mutex);
                state.results[i] = r;
                if (r.state == FleetTargetState::Locked && locked) {
                    locked->append(i);
                    final = false;
                } else if (r.isFailure()) {
                    ++state.failures;
                    state.stopped = state.stopped || stage.stopsAfter(state.failures);
                }
            }
            if (!final)
                log(tr("%1: %2 Tried again at the end of the stage.").arg(r.target, r.message));
            if (m_finished)
                m_finished(r, final);
        }
    };
    const int threads = int(qMin<qsizetype>(parallelFor(stage), indices.size()));
    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back(QThread::create(worker));
        pool.back()->start();
    }
    for (const auto &thread : pool)
        thread->wait();
}

bool FleetRun::runStage(const FleetStage &stage, FleetResult &result)
{
    QList<FleetTargetResult> failures;
    const QList<FleetTarget> targets = targetsOf(stage, &failures, &result.notes);
    StageState state;
    for (const FleetTargetResult &f : std::as_const(failures)) {
        if (m_finished)
            m_finished(f, true);
        result.targets.append(f);
        ++state.failures;
    }
    state.stopped = stage.stopsAfter(state.failures);
    for (const FleetTarget &target : targets)
        state.results.append(skipped(target));
    if (!targets.isEmpty() && !state.stopped && !cancelled()) {
        log(tr("Stage %1: %n target(s), %2 at once.", nullptr, int(targets.size()))
                .arg(stage.name)
                .arg(qMin<qsizetype>(parallelFor(stage), targets.size())));
        QList<int> all;
        for (int i = 0; i < targets.size(); ++i)
            all << i;
        QList<int> locked;
        runPass(stage, targets, all, 0, state, &locked);
        // The other run may be done with them by now; the retry waits for it a while.
        std::sort(locked.begin(), locked.end());
        if (!locked.isEmpty() && !state.stopped && !cancelled())
            runPass(stage, targets, locked, m_retryWaitSeconds, state, nullptr);
        // A stop before (or during) the retry: what was locked and not tried again stays locked.
        for (int i : std::as_const(locked))
            if (!state.retried.contains(i) && m_finished)
                m_finished(state.results.at(i), true);
    }
    result.targets += state.results;
    if (state.stopped && !cancelled())
        result.notes << tr("Stage %1 stopped after %n blocked or failed target(s); the targets after it were skipped.",
                           nullptr, state.failures)
                            .arg(stage.name);
    return !state.stopped && !cancelled();
}

FleetResult FleetRun::run()
{
    QElapsedTimer clock;
    clock.start();
    FleetResult result;
    result.action = m_options.action;
    result.manifest = m_manifest.path;
    bool going = true;
    for (const FleetStage &stage : std::as_const(m_manifest.stages)) {
        if (going) {
            going = runStage(stage, result);
            continue;
        }
        // After a stop, the later stages' targets are listed as skipped, none of them run.
        QList<FleetTargetResult> failures;
        for (const FleetTarget &target : targetsOf(stage, &failures, &result.notes))
            result.targets.append(skipped(target));
    }
    // Top-level entries that could not be expanded, when every stage takes targets by label:
    // no stage reported them, yet they are failures of the fleet.
    for (const FleetTargetResult &failure : std::as_const(m_topLevelFailures)) {
        if (m_finished)
            m_finished(failure, true);
        result.targets.append(failure);
    }
    m_topLevelFailures.clear();
    result.interrupted = cancelled();
    result.durationMs = clock.elapsed();
    return result;
}
