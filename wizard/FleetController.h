// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetTargetModel.h"
#include "db/ConnectionSpec.h"
#include "fleet/FleetManifest.h"
#include "fleet/FleetResult.h"
#include "run/ProgressEvent.h"
#include "util/ErrorInfo.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <memory>

class CancelToken;
class PlanCatalogue;

// The Fleet view's logic, without a window: where the fleet comes from (a manifest, a folder
// of SQLite files, a server with a schema pattern — the latter two made into a manifest, so
// they run exactly as --fleet does), its targets listed on a worker (a schema pattern reads
// the server's catalogue), a FleetRun on a worker, its pool's callbacks marshalled to this
// object's thread with queued calls, and the overall progress with the time left.
//
// The pool's step progress comes in bursts from several threads: it is coalesced (the latest
// event of each target kept, one queued flush at a time), so however many targets and rows,
// the GUI thread handles what it can paint. Started and finished events are never dropped.
//
// One thing at a time: listing, a preview (check on every target) or a run. The destructor
// cancels and waits for the worker as a last resort; a window should cancel() and wait for
// finished().
class FleetController : public QObject
{
    Q_OBJECT

public:
    enum class Activity { Idle, Listing, Previewing, Running };

    explicit FleetController(QObject *parent = nullptr);
    ~FleetController() override;

    FleetTargetModel *model() { return &m_model; }

    // --- Where the fleet comes from: each lists its targets on a worker, then listed() ------
    bool openManifest(const QString &path, ErrorInfo *error);
    // Every file of folder matching one of patterns (globs of the file name; sorted by name
    // within each). By default the names SQLite databases are given: *.db, *.sqlite, *.sqlite3.
    bool openSqliteFolder(const QString &folder, ErrorInfo *error, const QStringList &patterns = {});
    // Every schema of server's database matching schemaPattern; server.password is used for
    // every target and never shown.
    bool openServer(const ConnectionSpec &server, const QString &schemaPattern, ErrorInfo *error);
    bool hasFleet() const { return m_hasManifest; }
    const FleetManifest &manifest() const { return m_manifest; }
    // "manifest /srv/fleet.json", "SQLite files /srv/customers/*.db", …
    QString sourceText() const { return m_source; }

    // --- How it runs --------------------------------------------------------------------
    // The plans every target's path is taken along (the wizard's catalogue); null: loaded here.
    void setCatalogue(std::shared_ptr<const PlanCatalogue> catalogue) { m_catalogue = std::move(catalogue); }
    void setOperatorName(const QString &name) { m_operator = name; }
    // Where every target's path stops (--to; empty: the manifest's "to", else the latest).
    void setTargetVersion(const QString &version) { m_target = version.trimmed(); }
    QString targetVersion() const { return m_target.isEmpty() ? m_manifest.to : m_target; }
    // The key file of a plan that needs one (encrypt-tokens); the path only, as in the wizard.
    void setKeyFile(const QString &path) { m_keyFile = path; }
    // Targets at once (--parallel; 0: the manifest's).
    void setParallel(int n) { m_parallel = n; }
    int parallel() const { return m_parallel; }

    // Check on every target: versions and checks summary in the table, nothing changed.
    bool preview(ErrorInfo *error = nullptr);
    // The action on every target; acceptedRisks add to the manifest's (a rehearsal goes past
    // every warning, as in the single-run wizard).
    bool start(RunAction action, const QStringList &acceptedRisks = {}, ErrorInfo *error = nullptr);
    // Stops: no target starts any more, running ones roll back (interrupted), the rest skipped.
    void cancel();

    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::Idle; }
    bool isCancelling() const { return isBusy() && m_cancelRequested; }
    RunAction action() const { return m_action; }

    // --- What a preview found -----------------------------------------------------------
    bool hasPreview() const { return m_hasPreview; }
    // Targets the preview found behind the target version with no blocker: what an apply
    // changes once previewWarnings() are accepted.
    int previewChanging() const;
    int previewUpToDate() const;
    int previewBlocked() const;
    // The failing warnings nobody accepted, over every target (ids, sorted).
    QStringList previewWarnings() const;

    // --- The last run -------------------------------------------------------------------
    bool hasResult() const { return m_hasResult; }
    const FleetResult &result() const { return m_result; }
    // Writes the last run (or preview) through FleetReport: .html, .pdf, .json or .txt.
    bool saveReport(const QString &path, ErrorInfo *error) const;

    // --- Overall progress ---------------------------------------------------------------
    int targetCount() const { return m_model.rowCount(); }
    int finishedCount() const { return m_model.finishedCount(); }
    // 0..1000 of the whole fleet: finished targets plus the running ones' share of their rows.
    int perMille() const;
    qint64 elapsedMs() const;
    // The rate so far applied to what is left; -1 until anything is done.
    qint64 remainingMs() const;
    // "3 of 10 targets · time left 1 min 05 s"
    QString progressText() const;

Q_SIGNALS:
    void listed(bool ok, const QString &message);
    void started(RunAction action);
    void progressed();
    void finished(const FleetResult &result);
    void busyChanged(bool busy);

private:
    struct Listing
    {
        QList<FleetTarget> targets;
        QStringList problems;
    };

    // password: given to every PostgreSQL target of this fleet (a server's); empty for a
    // manifest or a folder. Kept only once the manifest is taken.
    bool useManifest(std::optional<FleetManifest> manifest, const QString &source, const QString &password,
                     ErrorInfo *error);
    bool launch(RunAction action, const QStringList &acceptedRisks, Activity activity, ErrorInfo *error);
    void setActivity(Activity activity);
    void onStarted(const FleetTarget &target);
    void onFinished(const FleetTargetResult &result, bool final);
    void flushProgress();
    void onRunEnded();
    static Listing list(const FleetManifest &manifest, const QString &password);

    FleetTargetModel m_model;
    FleetManifest m_manifest;
    bool m_hasManifest = false;
    QString m_source;
    QString m_password; // a server's, for every target; never shown
    std::shared_ptr<const PlanCatalogue> m_catalogue;
    QString m_operator;
    QString m_target;
    QString m_keyFile;
    int m_parallel = 0;

    Activity m_activity = Activity::Idle;
    RunAction m_action = RunAction::Check;
    std::shared_ptr<CancelToken> m_cancel;
    bool m_cancelRequested = false;
    QFutureWatcher<Listing> m_listing;
    QFutureWatcher<FleetResult> m_run;
    QElapsedTimer m_clock;
    QHash<QString, int> m_running; // target → per mille of its rows

    // Step progress from the pool's threads, coalesced: guarded by m_pendingMutex.
    QMutex m_pendingMutex;
    QHash<QString, ProgressEvent> m_pending;

    bool m_hasPreview = false;
    QList<FleetTargetResult> m_preview;
    bool m_hasResult = false;
    FleetResult m_result;
};
