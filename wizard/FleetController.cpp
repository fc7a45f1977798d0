// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetController.h"

#include "ProgressText.h"
#include "WorkerPool.h"
#include "fleet/FleetManifestReader.h"
#include "fleet/FleetRun.h"
#include "fleet/FleetTargetExpander.h"
#include "plan/Plan.h"
#include "plan/PlanCatalogue.h"
#include "plan/PlanLoader.h"
#include "report/FleetReport.h"
#include "run/CancelToken.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent>

FleetController::FleetController(QObject *parent)
    : QObject(parent)
{
    connect(&m_listing, &QFutureWatcher<Listing>::finished, this, [this] {
        const Listing listing = m_listing.result();
        m_model.setTargets(listing.targets);
        setActivity(Activity::Idle);
        const QString count = (int(m_model.rowCount()) == 1 ? tr("%n target", nullptr, int(m_model.rowCount())) : tr("%n targets", nullptr, int(m_model.rowCount())));
        Q_EMIT listed(listing.problems.isEmpty(),
                      listing.problems.isEmpty() ? count : count + QLatin1Char('\n') + listing.problems.join(QLatin1Char('\n')));
    });
    connect(&m_run, &QFutureWatcher<FleetResult>::finished, this, &FleetController::onRunEnded);
}

FleetController::~FleetController()
{
    // Last resort: the sinks post to this object, so the worker must be done before it goes.
    if (m_cancel)
        m_cancel->cancel();
    m_run.waitForFinished();
    m_listing.waitForFinished();
}

bool FleetController::openManifest(const QString &path, ErrorInfo *error)
{
    return useManifest(FleetManifestReader::read(path, error), tr("manifest %1").arg(QDir::toNativeSeparators(path)),
                       QString(), error);
}

bool FleetController::openSqliteFolder(const QString &folder, ErrorInfo *error, const QStringList &patterns)
{
    const QDir dir(folder);
    QStringList globs = patterns;
    if (globs.isEmpty()) {
        // Only the suffixes the folder has: a glob that matches nothing would be reported as such.
        for (const QString &glob : {QStringLiteral("*.db"), QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite3")})
            if (!dir.entryList({glob}, QDir::Files | QDir::Hidden).isEmpty())
                globs << glob;
        if (globs.isEmpty())
            globs << QStringLiteral("*.db");
    }
    // Made into a manifest of globs, so the folder runs exactly as --fleet would run it.
    QJsonArray targets;
    QStringList shown;
    for (const QString &glob : std::as_const(globs)) {
        targets.append(QStringLiteral("sqlite:") + dir.absoluteFilePath(glob));
        shown << QDir::toNativeSeparators(dir.absoluteFilePath(glob));
    }
    const QJsonObject json{{QStringLiteral("targets"), targets}};
    return useManifest(FleetManifestReader::parse(QJsonDocument(json).toJson(), folder, error),
                       tr("SQLite files %1").arg(shown.join(QStringLiteral(", "))), QString(), error);
}

bool FleetController::openServer(const ConnectionSpec &server, const QString &schemaPattern, ErrorInfo *error)
{
    ConnectionSpec spec = server;
    spec.password.clear(); // a manifest never holds one; the runs get it beside
    spec.schema = schemaPattern.trimmed().isEmpty() ? QStringLiteral("public") : schemaPattern.trimmed();
    const QString url = spec.displayUrl();
    const QJsonObject json{{QStringLiteral("targets"), QJsonArray{url}}};
    return useManifest(FleetManifestReader::parse(QJsonDocument(json).toJson(), QDir::currentPath(), error),
                       tr("schemas %1 of %2").arg(spec.schema, url), server.password, error);
}

bool FleetController::useManifest(std::optional<FleetManifest> manifest, const QString &source,
                                  const QString &password, ErrorInfo *error)
{
    if (isBusy()) {
        if (error)
            *error = ErrorInfo::make(tr("Wait until the fleet's run has ended."));
        return false;
    }
    if (!manifest)
        return false;
    m_manifest = std::move(*manifest);
    // The password goes with this fleet only: a manifest opened after a server never sends
    // that server's password to the servers it names.
    m_password = password;
    m_hasManifest = true;
    m_source = source;
    m_hasPreview = false;
    m_preview.clear();
    m_hasResult = false;
    m_result = {};
    setActivity(Activity::Listing);
    const FleetManifest copy = m_manifest;
    m_listing.setFuture(QtConcurrent::run(WorkerPool::instance(), [copy, password] { return list(copy, password); }));
    return true;
}

FleetController::Listing FleetController::list(const FleetManifest &manifest, const QString &password)
{
    // The table lists what the manifest names, stage by stage where a stage names its own
    // targets, then the top-level ones; the run fills in each one's stage as it starts it.
    Listing out;
    QSet<QString> seen;
    const auto add = [&](const FleetTargetEntry &entry, const QString &stage) {
        ErrorInfo error;
        const QList<FleetTarget> found = FleetTargetExpander::expand(entry, password, stage, &error);
        if (error.isError())
            out.problems << tr("%1: %2").arg(ConnectionSpec::redacted(entry.url), error.message);
        else if (found.isEmpty())
            out.problems << tr("%1 matches no database.").arg(ConnectionSpec::redacted(entry.url));
        for (const FleetTarget &t : found)
            if (!seen.contains(t.url())) {
                seen.insert(t.url());
                out.targets << t;
            }
    };
    for (const FleetStage &stage : manifest.stages)
        for (const FleetTargetEntry &entry : stage.targets)
            add(entry, stage.name);
    const QString onlyStage = manifest.stages.size() == 1 ? manifest.stages.first().name : QString();
    for (const FleetTargetEntry &entry : manifest.targets)
        add(entry, onlyStage);
    return out;
}

bool FleetController::preview(ErrorInfo *error)
{
    return launch(RunAction::Check, {}, Activity::Previewing, error);
}

bool FleetController::start(RunAction action, const QStringList &acceptedRisks, ErrorInfo *error)
{
    return launch(action, acceptedRisks, Activity::Running, error);
}

bool FleetController::launch(RunAction action, const QStringList &acceptedRisks, Activity activity, ErrorInfo *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = ErrorInfo::make(message);
        return false;
    };
    if (isBusy())
        return fail(tr("The fleet is busy; wait until it has ended."));
    if (!m_hasManifest)
        return fail(tr("Open a manifest, a folder of SQLite files or a server first."));
    RunOptions options;
    options.action = action;
    options.operatorName = m_operator;
    options.connection.password = m_password;
    options.targetVersion = targetVersion();
    options.keyFile = m_keyFile;
    options.acceptedRisks = m_manifest.acceptedRisks;
    for (const QString &id : acceptedRisks)
        if (!options.acceptedRisks.contains(id))
            options.acceptedRisks << id;
    options.acceptAllWarnings = action == RunAction::Rehearse;
    if (!m_manifest.plan.isEmpty()) {
        ErrorInfo planError;
        auto plan = PlanLoader::load(m_manifest.plan, &planError);
        if (!plan)
            return fail(planError.message);
        options.plan = std::make_shared<const Plan>(std::move(*plan));
    }
    if (!m_catalogue) {
        ErrorInfo catalogueError;
        auto catalogue = PlanCatalogue::load({}, QString(), &catalogueError);
        if (!catalogue && !options.plan)
            return fail(catalogueError.message);
        if (catalogue)
            m_catalogue = std::make_shared<const PlanCatalogue>(std::move(*catalogue));
    }
    options.catalogue = m_catalogue;

    auto run = std::make_shared<FleetRun>(m_manifest, options, m_parallel, qMax(0, m_manifest.waitLockSeconds));
    m_cancel = std::make_shared<CancelToken>();
    m_cancelRequested = false;
    run->setCancelToken(m_cancel.get());
    // Called on the pool's threads: queued onto this object's thread, in the order they came.
    run->setStartSink([this](const FleetTarget &t) {
        QMetaObject::invokeMethod(this, [this, t] { onStarted(t); }, Qt::QueuedConnection);
    });
    run->setFinishSink([this](const FleetTargetResult &r, bool final) {
        QMetaObject::invokeMethod(this, [this, r, final] { onFinished(r, final); }, Qt::QueuedConnection);
    });
    run->setProgressSink([this](const FleetTarget &t, const ProgressEvent &e) {
        QMutexLocker locker(&m_pendingMutex);
        const bool flushPosted = !m_pending.isEmpty();
        m_pending.insert(t.url(), e);
        if (!flushPosted)
            QMetaObject::invokeMethod(this, &FleetController::flushProgress, Qt::QueuedConnection);
    });

    m_action = action;
    m_model.resetStatuses();
    m_running.clear();
    m_clock.start();
    setActivity(activity);
    Q_EMIT started(action);
    auto token = m_cancel; // the token lives as long as the run, whoever ends first
    // FleetRun's coordinator holds one of the wizard's workers for the whole fleet; its targets
    // run on threads of its own pool (at most `parallel`), not on the wizard's.
    m_run.setFuture(QtConcurrent::run(WorkerPool::instance(), [run, token] { return run->run(); }));
    return true;
}

void FleetController::cancel()
{
    if (!isBusy() || !m_cancel || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancel->cancel();
    Q_EMIT progressed();
}

void FleetController::setActivity(Activity activity)
{
    const bool wasBusy = isBusy();
    m_activity = activity;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void FleetController::onStarted(const FleetTarget &target)
{
    m_model.targetStarted(target);
    m_running.insert(target.url(), 0);
    Q_EMIT progressed();
}

void FleetController::onFinished(const FleetTargetResult &result, bool final)
{
    m_model.targetFinished(result, final);
    m_running.remove(result.target);
    Q_EMIT progressed();
}

void FleetController::flushProgress()
{
    QHash<QString, ProgressEvent> events;
    {
        QMutexLocker locker(&m_pendingMutex);
        events.swap(m_pending);
    }
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        if (!m_running.contains(it.key()))
            continue; // finished meanwhile
        const int perMille = ProgressText::perMille(it->done, it->total);
        m_running.insert(it.key(), perMille);
        m_model.targetProgressed(it.key(), it->stepTitle, perMille);
    }
    if (!events.isEmpty())
        Q_EMIT progressed();
}

void FleetController::onRunEnded()
{
    {
        QMutexLocker locker(&m_pendingMutex);
        m_pending.clear();
    }
    FleetResult result = m_run.result();
    m_running.clear();
    m_model.applyResults(result.targets);
    if (m_activity == Activity::Previewing && !result.interrupted) {
        m_hasPreview = true;
        m_preview = result.targets;
        m_model.applyPreview(m_preview);
    } else if (result.action == RunAction::Apply || result.action == RunAction::Rollback) {
        // The databases changed: what the preview counted is stale (preview again to count).
        m_hasPreview = false;
        m_preview.clear();
    }
    m_result = result;
    m_hasResult = true;
    m_cancel.reset();
    setActivity(Activity::Idle);
    Q_EMIT progressed();
    Q_EMIT finished(m_result);
}

int FleetController::previewChanging() const
{
    // Behind the version it is taken to and stopped by no blocker: it changes once its
    // warnings are accepted (the confirmation lists them).
    return int(std::count_if(m_preview.begin(), m_preview.end(), [](const FleetTargetResult &t) {
        return (t.state == FleetTargetState::Ok || (t.state == FleetTargetState::Blocked && t.blockers == 0))
            && !t.toVersion.isEmpty() && t.fromVersion != t.toVersion;
    }));
}

int FleetController::previewUpToDate() const
{
    return int(std::count_if(m_preview.begin(), m_preview.end(), [](const FleetTargetResult &t) {
        return t.state == FleetTargetState::NothingToDo
            || (t.state == FleetTargetState::Ok && t.fromVersion == t.toVersion);
    }));
}

int FleetController::previewBlocked() const
{
    return int(std::count_if(m_preview.begin(), m_preview.end(), [](const FleetTargetResult &t) {
        return t.blockers > 0 || t.state == FleetTargetState::Failed;
    }));
}

QStringList FleetController::previewWarnings() const
{
    QSet<QString> ids;
    for (const FleetTargetResult &t : m_preview)
        for (const QString &id : t.warningIds)
            ids.insert(id);
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

bool FleetController::saveReport(const QString &path, ErrorInfo *error) const
{
    if (!m_hasResult) {
        if (error)
            *error = ErrorInfo::make(tr("Nothing has run yet."));
        return false;
    }
    // Exit codes are the command line's; the wizard's report leaves them out.
    return FleetReport::write(m_result, {}, std::nullopt, path, error);
}

int FleetController::perMille() const
{
    const int total = targetCount();
    if (total <= 0)
        return isBusy() ? 0 : 1000;
    qint64 done = qint64(finishedCount()) * 1000;
    for (const int p : m_running)
        done += p;
    return ProgressText::perMille(done, qint64(total) * 1000);
}

qint64 FleetController::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

qint64 FleetController::remainingMs() const
{
    const int p = perMille();
    if (!isBusy() || p <= 0 || p >= 1000)
        return -1;
    return elapsedMs() * (1000 - p) / p;
}

QString FleetController::progressText() const
{
    const QString done = tr("%1 of %2 targets").arg(finishedCount()).arg(targetCount());
    if (!isBusy())
        return done;
    if (m_cancelRequested)
        return tr("%1 · stopping, rolling back the running targets…").arg(done);
    return tr("%1 · time left %2").arg(done, ProgressText::duration(remainingMs()));
}
