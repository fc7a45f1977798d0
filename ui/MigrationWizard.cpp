// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationWizard.h"

#include "ChecksPage.h"
#include "ConfirmPage.h"
#include "ConnectPage.h"
#include "DonePage.h"
#include "FleetController.h"
#include "FleetWindow.h"
#include "HistoryDialog.h"
#include "MessageBox.h"
#include "PlanPage.h"
#include "RunController.h"
#include "RunPage.h"
#include "WizardConfig.h"

#include <QAbstractButton>
#include <QSettings>

MigrationWizard::MigrationWizard(QSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings ? settings : new QSettings(this))
    , m_config(new WizardConfig(m_settings, this))
    , m_connect(new ConnectPage(m_config, this))
    , m_plan(new PlanPage(m_config, this))
    , m_checks(new ChecksPage(m_config, this))
    , m_confirm(new ConfirmPage(m_config, this))
    , m_run(new RunPage(m_config, this))
    , m_done(new DonePage(m_config, this))
{
    setWindowTitle(tr("Migration Assistant"));
    setObjectName(QStringLiteral("MigrationWizard"));
    // Modern style: title and subtitle in a header band, the same on every platform.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(ConnectPageId, m_connect);
    setPage(PlanPageId, m_plan);
    setPage(ChecksPageId, m_checks);
    setPage(ConfirmPageId, m_confirm);
    setPage(RunPageId, m_run);
    setPage(DonePageId, m_done);
    setStartId(ConnectPageId);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Start the migration"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel and close"));
    // An initial size only; the layouts grow and shrink from there.
    resize(840, 700);

    connect(m_connect, &ConnectPage::historyRequested, this, &MigrationWizard::openHistory);
    connect(m_connect, &ConnectPage::fleetRequested, this, &MigrationWizard::openFleet);
}

MigrationWizard::~MigrationWizard() = default;

void MigrationWizard::openDatabaseFile(const QString &path)
{
    m_connect->openSqliteFile(path);
}

HistoryDialog *MigrationWizard::openHistory()
{
    if (m_history && m_history->isVisible()) {
        m_history->raise();
        m_history->activateWindow();
        return m_history;
    }
    delete m_history;
    m_history = new HistoryDialog(m_config, this);
    m_history->setWindowModality(Qt::WindowModal);
    // The plan page says where the database stands: after a rollback that is somewhere else.
    connect(m_history, &HistoryDialog::databaseChanged, m_connect, &ConnectPage::testConnection);
    m_history->show();
    m_history->refresh();
    return m_history;
}

FleetWindow *MigrationWizard::openFleet()
{
    // One Fleet view; opened again, it comes to the front with what it holds.
    if (!m_fleet)
        m_fleet = new FleetWindow(m_config, this);
    m_fleet->show();
    m_fleet->raise();
    m_fleet->activateWindow();
    return m_fleet;
}

QList<RunController *> MigrationWizard::runningControllers() const
{
    QList<RunController *> running;
    for (RunController *c : findChildren<RunController *>())
        if (c->isRunning())
            running << c;
    return running;
}

void MigrationWizard::reject()
{
    // A fleet running beside the wizard is stopped by its own window, which asks first.
    if (m_fleet && m_fleet->controller()->isBusy()) {
        m_fleet->show();
        m_fleet->raise();
        m_fleet->reject();
        // Agreed to stop: the wizard closes too, once the Fleet view has.
        if (m_fleet->isClosing())
            connect(m_fleet, &QDialog::finished, this, &MigrationWizard::reject, Qt::SingleShotConnection);
        return;
    }
    const QList<RunController *> running = runningControllers();
    if (running.isEmpty()) {
        QWizard::reject();
        return;
    }
    if (m_closing)
        return; // already stopping; it closes when the workers are done
    const bool changing = std::any_of(running.begin(), running.end(), [](RunController *c) {
        return c->action() == RunAction::Apply || c->action() == RunAction::Rollback;
    });
    if (changing) {
        const QString text = tr("A run is changing the database.\n\nStop it and close? Everything it has done so far "
                                "is rolled back first: the database stays as it was before this run. The window "
                                "closes when that is done.");
        if (MessageBox::question(this, tr("Close"), text, tr("&Stop and close"), tr("&Keep running"))
            != QMessageBox::Yes)
            return;
    }
    m_closing = true;
    // Keep painting and answering, but take no more clicks that would start anything.
    for (QWizardPage *p : {static_cast<QWizardPage *>(m_connect), static_cast<QWizardPage *>(m_plan),
                           static_cast<QWizardPage *>(m_checks), static_cast<QWizardPage *>(m_confirm),
                           static_cast<QWizardPage *>(m_run), static_cast<QWizardPage *>(m_done)})
        p->setEnabled(false);
    setWindowTitle(tr("Migration Assistant — stopping, rolling back…"));
    for (RunController *c : running) {
        connect(c, &RunController::finished, this, &MigrationWizard::closeWhenIdle, Qt::QueuedConnection);
        c->cancel();
    }
}

void MigrationWizard::closeWhenIdle()
{
    if (!runningControllers().isEmpty())
        return;
    QWizard::reject();
}
