// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckTableModel.h"
#include "db/ConnectionSpec.h"
#include "path/DatabaseVersion.h"
#include "util/ErrorInfo.h"
#include "plan/Plan.h"
#include "RecentConnections.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

#include <QObject>
#include <memory>
#include <optional>

class PlanCatalogue;
class QSettings;

// What the wizard's pages decide together, and nothing about how they look (the "Config"
// of a Calamares step): which database, whether it answered, where it stands on the chain of
// plans and how far to take it (or, as an advanced choice, which one plan), the checks and the
// warnings the operator accepted, who runs it. Pages write into it and read from it; the
// RunOptions of every run are made here, so a test can check them without a window.
class WizardConfig : public QObject
{
    Q_OBJECT

public:
    // settings (not owned) keeps the recent connections; it must outlive this object.
    explicit WizardConfig(QSettings *settings, QObject *parent = nullptr);

    // --- Connection ------------------------------------------------------------------
    const ConnectionSpec &connection() const { return m_connection; }
    // A different database (or password) is not verified until tested again.
    void setConnection(const ConnectionSpec &spec);
    bool isConnectionVerified() const { return m_verified; }
    // Called when a test of `spec` succeeded: verified if it is still the current one, and
    // remembered among the recent connections (without its password). `version`: where the
    // test found the database on the catalogue's chain (nullopt when it could not say, with
    // versionError saying why).
    void connectionTested(const ConnectionSpec &spec, bool ok,
                          const std::optional<DatabaseVersion> &version = std::nullopt,
                          const QString &versionError = {});
    // Why the spec cannot be tested yet ("Choose a database file."), or empty when it can.
    static QString incompleteReason(const ConnectionSpec &spec);
    static bool sameConnection(const ConnectionSpec &a, const ConnectionSpec &b);
    RecentConnections &recent() { return m_recent; }

    // --- Versions and the path -------------------------------------------------------
    // Every plan known (the built-in ones), linked by versions; null when it could not be
    // linked (catalogueError() says why). Shared with the connection test and every run.
    std::shared_ptr<const PlanCatalogue> catalogue() const { return m_catalogue; }
    QString catalogueError() const { return m_catalogueError; }
    // Where the last test of the current connection found the database; nullopt before one.
    const std::optional<DatabaseVersion> &databaseVersion() const { return m_version; }
    void setDatabaseVersion(const std::optional<DatabaseVersion> &version, const QString &error = {});
    QString latestVersion() const;
    // The versions a run can take the database to, oldest first (empty when it is unknown,
    // drifted, or already at the latest).
    QStringList targetVersions() const;
    // Where the path stops; empty: the latest version.
    QString targetVersion() const { return m_target; }
    // The chosen target, or the latest version when none is chosen.
    QString effectiveTarget() const;
    void setTargetVersion(const QString &version);
    // The plans a run takes, in order: the path from the database's version to the target,
    // or the one plan of the advanced choice.
    QList<const Plan *> runPlans() const;
    // For the plan page: where the database stands and what will run, in a sentence or two
    // ("This database is at v1. The newest version is v3: 2 plans will run: …").
    QString whereText() const;

    // --- One plan only (advanced) ------------------------------------------------------
    // Off (the default): runs follow the path. On: exactly plan() runs, as --plan does.
    bool isSinglePlan() const { return m_singlePlan; }
    void setSinglePlan(bool single);
    // Built-in plan ids, then plan folders opened in this session.
    QStringList planSources() const;
    bool selectPlan(const QString &source, ErrorInfo *error);
    // Loads a plan folder, adds it to planSources() and selects it. A Sqitch, Flyway or
    // golang-migrate project instead becomes the catalogue (openProject).
    bool openPlanFolder(const QString &folder, ErrorInfo *error);
    // A migration project of another tool as the catalogue: its changes are the path, its
    // registry says where the database is (so the version must be located again:
    // catalogueChanged()). useBuiltinPlans() goes back to the assistant's own plans.
    bool openProject(const QString &folder, ErrorInfo *error);
    void useBuiltinPlans();
    bool isProject() const;
    QString planSource() const { return m_planSource; }
    const Plan *plan() const { return m_plan.get(); }
    // Why Next cannot go on: the database's version is unknown, newer than every plan or
    // drifted (in the engine's words), nothing is left to run, the one plan has no SQL for
    // the driver, or a plan of the run needs a key file and none usable is chosen. Empty: fine.
    QString planProblem() const;
    // Whether a plan of the run needs the key file (Plan::needsKey).
    bool needsKey() const;
    // The key file of a plan that needs one (Plan::needsKey). Only the path is kept, and only
    // for this session: the key is read by each run and never stored in the settings.
    QString keyFile() const { return m_keyFile; }
    bool setKeyFile(const QString &path, ErrorInfo *error);
    // The chosen key's fingerprint (what the database records as key_id), or empty.
    QString keyFingerprint() const { return m_keyFingerprint; }

    // --- Checks ----------------------------------------------------------------------
    CheckTableModel *checks() { return &m_checks; }
    const RunResult &checkResult() const { return m_checkResult; }
    void setCheckResult(const RunResult &result);
    bool hasCheckResult() const { return m_hasCheckResult; }
    // The check result as "Save report…" writes it: with the warnings accepted so far
    // marked as accepted, by whom.
    RunResult checkReport() const;
    void clearCheckResult();

    // --- The run ---------------------------------------------------------------------
    QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString &name) { m_operatorName = name.trimmed(); }
    static QString defaultOperatorName();
    // The options of a run of `action` on the current connection and plan. Apply carries
    // exactly the warnings accepted one by one; a rehearsal goes past every warning (it
    // changes nothing and should show what would happen), never past a blocker.
    // A rollback of a path goes back to `rollbackTo` (empty: undoes the last applied plan).
    RunOptions runOptions(RunAction action, const QString &rollbackTo = {}) const;
    // The applied plans whose finalize is due at `now` by this history (oldest first): what
    // History's Finalize runs (FinalizedPlan::dueAt, the engine's own rule).
    QList<const Plan *> finalizeDue(const QList<HistoryEntry> &history, const QDateTime &now) const;
    // Where the backup goes, in words: beside the file for SQLite.
    QString backupLocation() const;
    // The Confirm page's summary, label and value, in order.
    QList<QPair<QString, QString>> summary() const;

    const RunResult &applyResult() const { return m_applyResult; }
    void setApplyResult(const RunResult &result) { m_applyResult = result; }

Q_SIGNALS:
    void connectionChanged();
    void connectionVerifiedChanged(bool verified);
    void planChanged();
    void checkResultChanged();
    // Another catalogue (a project opened, or the built-in plans again): where the database
    // stands must be read again against it (the plan page does, on a worker).
    void catalogueChanged();

private:
    void setVerified(bool verified);

    RecentConnections m_recent;
    ConnectionSpec m_connection;
    bool m_verified = false;
    std::shared_ptr<const PlanCatalogue> m_catalogue;
    QString m_catalogueError;
    std::optional<DatabaseVersion> m_version;
    QString m_versionError;
    QString m_target;
    bool m_singlePlan = false;
    QStringList m_planFolders;
    QString m_planSource;
    std::shared_ptr<const Plan> m_plan; // loaded once; every run of the wizard gets this value
    CheckTableModel m_checks;
    RunResult m_checkResult;
    bool m_hasCheckResult = false;
    RunResult m_applyResult;
    QString m_operatorName;
    QString m_keyFile;
    QString m_keyFingerprint;
};
