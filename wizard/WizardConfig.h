// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckTableModel.h"
#include "db/ConnectionSpec.h"
#include "util/ErrorInfo.h"
#include "plan/Plan.h"
#include "RecentConnections.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

#include <QObject>
#include <memory>
#include <optional>

class QSettings;

// What the wizard's pages decide together, and nothing about how they look (the "Config"
// of a Calamares step): which database, whether it answered, which plan, the checks and the
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
    // remembered among the recent connections (without its password).
    void connectionTested(const ConnectionSpec &spec, bool ok);
    // Why the spec cannot be tested yet ("Choose a database file."), or empty when it can.
    static QString incompleteReason(const ConnectionSpec &spec);
    static bool sameConnection(const ConnectionSpec &a, const ConnectionSpec &b);
    RecentConnections &recent() { return m_recent; }

    // --- Plan ------------------------------------------------------------------------
    // Built-in plan ids, then plan folders opened in this session.
    QStringList planSources() const;
    bool selectPlan(const QString &source, ErrorInfo *error);
    // Loads a plan folder, adds it to planSources() and selects it.
    bool openPlanFolder(const QString &folder, ErrorInfo *error);
    QString planSource() const { return m_planSource; }
    const Plan *plan() const { return m_plan.get(); }
    // Why the selected plan cannot run on the connection (no SQL for its driver, or it needs a
    // key file and none usable is chosen), or empty.
    QString planProblem() const;
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
    RunOptions runOptions(RunAction action) const;
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

private:
    void setVerified(bool verified);

    RecentConnections m_recent;
    ConnectionSpec m_connection;
    bool m_verified = false;
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
