// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonePage.h"

#include "LockedPanel.h"
#include "MessageBox.h"
#include "ReportSaver.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "RunResultView.h"
#include "WizardConfig.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

DonePage::DonePage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_controller(new RunController(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new RunResultView(this))
    , m_monitor(new RunMonitor(m_controller, this))
    , m_locked(new LockedPanel(this))
    , m_save(new QPushButton(tr("Save &report…"), this))
    , m_rollback(new QPushButton(tr("R&oll back…"), this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_save->setAccessibleName(tr("Save the report"));
    m_rollback->setAccessibleName(tr("Roll back the migration"));
    m_rollback->setToolTip(tr("Undoes this migration and verifies that every table is exactly as before."));
    for (QPushButton *b : {m_save, m_rollback})
        b->setAutoDefault(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_monitor->setLogVisible(true);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_monitor);
    m_stack->addWidget(m_locked);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_rollback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &DonePage::saveReport);
    connect(m_rollback, &QPushButton::clicked, this, &DonePage::rollBack);
    connect(m_controller, &RunController::finished, this, &DonePage::onRollbackFinished);
    connect(m_locked, &LockedPanel::retryRequested, this, &DonePage::startRollback);
}

void DonePage::initializePage()
{
    m_rolledBack = false;
    showResult(m_config->applyResult());
}

void DonePage::showResult(const RunResult &result)
{
    m_shown = result;
    setSubTitle(result.database);
    m_view->setResult(result);
    m_stack->setCurrentIndex(0);
    updateButtons();
}

void DonePage::updateButtons()
{
    const RunResult &apply = m_config->applyResult();
    const bool migrated = apply.action == RunAction::Apply && apply.outcome == RunOutcome::Ok && !m_rolledBack;
    m_rollback->setVisible(apply.action == RunAction::Apply && apply.outcome == RunOutcome::Ok);
    m_rollback->setEnabled(migrated && !m_controller->isRunning());
    m_save->setEnabled(!m_controller->isRunning());
    Q_EMIT completeChanged();
}

bool DonePage::isComplete() const
{
    return !m_controller->isRunning();
}

void DonePage::rollBack()
{
    const QString text = tr("Roll back the migration of %1?\n\nThe database goes back to %2: the tables are restored "
                            "and then compared with their state before the migration, row count and checksum. "
                            "Anything written to the migrated tables since would be lost, so the rollback refuses "
                            "to run if they changed.")
                             .arg(m_shown.database, m_config->applyResult().fromVersion);
    if (MessageBox::question(window(), tr("Roll back"), text, tr("&Roll back"), tr("&Keep the migration"))
        != QMessageBox::Yes)
        return;
    startRollback();
}

void DonePage::startRollback()
{
    m_stack->setCurrentWidget(m_monitor);
    setSubTitle(tr("Rolling back…"));
    // Back to where this session's migration started: every plan of its path is undone.
    m_controller->start(m_config->runOptions(RunAction::Rollback, m_config->applyResult().fromVersion));
    updateButtons();
}

void DonePage::onRollbackFinished(const RunResult &result)
{
    if (result.outcome == RunOutcome::Locked) {
        m_locked->setResult(result);
        m_stack->setCurrentWidget(m_locked);
        setSubTitle(tr("The rollback did not start."));
        updateButtons();
        return;
    }
    m_rolledBack = result.outcome == RunOutcome::RolledBack || result.outcome == RunOutcome::NothingToDo;
    showResult(result);
}

void DonePage::saveReport()
{
    const ConnectionSpec &c = m_config->connection();
    const QString base = c.isSqlite() ? QFileInfo(c.path).completeBaseName() : c.database;
    ReportSaver::save(this, m_shown, QStringLiteral("%1-%2").arg(base, runActionName(m_shown.action)));
}
