// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageId.h"

#include <QWizard>

class ChecksPage;
class ConfirmPage;
class ConnectPage;
class DonePage;
class FleetWindow;
class HistoryDialog;
class PlanPage;
class QSettings;
class RunController;
class RunPage;
class WizardConfig;

// The wizard: six pages over one WizardConfig, plus the History view. Closing it while a
// run is going asks, cancels the run and closes only once the worker has rolled back —
// without ever blocking the event loop.
class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    // settings keeps the recent connections; null: the application's default QSettings.
    explicit MigrationWizard(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    // Fills in a SQLite file and tests the connection (migration-assistant DBFILE).
    void openDatabaseFile(const QString &path);
    HistoryDialog *openHistory();
    // The Fleet view, beside the wizard (not modal: a fleet may run a long time).
    FleetWindow *openFleet();

    WizardConfig *config() const { return m_config; }
    ConnectPage *connectPage() const { return m_connect; }
    PlanPage *planPage() const { return m_plan; }
    ChecksPage *checksPage() const { return m_checks; }
    ConfirmPage *confirmPage() const { return m_confirm; }
    RunPage *runPage() const { return m_run; }
    DonePage *donePage() const { return m_done; }
    HistoryDialog *historyDialog() const { return m_history; }
    FleetWindow *fleetWindow() const { return m_fleet; }

    // Runs going on anywhere in the wizard (pages and dialogs).
    QList<RunController *> runningControllers() const;
    bool isClosing() const { return m_closing; }

    void reject() override;

private:
    void closeWhenIdle();

    QSettings *m_settings;
    WizardConfig *m_config;
    ConnectPage *m_connect;
    PlanPage *m_plan;
    ChecksPage *m_checks;
    ConfirmPage *m_confirm;
    RunPage *m_run;
    DonePage *m_done;
    HistoryDialog *m_history = nullptr;
    FleetWindow *m_fleet = nullptr;
    bool m_closing = false;
};
