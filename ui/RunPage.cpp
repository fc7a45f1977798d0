// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPage.h"

#include "LockedPanel.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "WizardConfig.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

RunPage::RunPage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_controller(new RunController(this))
    , m_stack(new QStackedWidget(this))
    , m_monitor(new RunMonitor(m_controller, this))
    , m_locked(new LockedPanel(this))
{
    setTitle(tr("Migrating"));
    setSubTitle(tr("The database is being migrated in one transaction. Other programs that write to it wait until "
                   "it is done."));
    m_stack->addWidget(m_monitor);
    m_stack->addWidget(m_locked);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_controller, &RunController::finished, this, &RunPage::onFinished);
    connect(m_locked, &LockedPanel::retryRequested, this, &RunPage::start);
}

void RunPage::initializePage()
{
    start();
}

void RunPage::start()
{
    m_done = false;
    m_stack->setCurrentWidget(m_monitor);
    setSubTitle(tr("The database is being migrated in one transaction. Other programs that write to it wait until "
                   "it is done."));
    m_controller->start(m_config->runOptions(RunAction::Apply));
    m_monitor->cancelButton()->setFocus();
    Q_EMIT completeChanged();
}

void RunPage::onFinished(const RunResult &result)
{
    if (result.outcome == RunOutcome::Locked) {
        // Nothing happened: show who is in the way and let the person retry from here.
        setSubTitle(tr("The migration did not start."));
        m_locked->setResult(result);
        m_stack->setCurrentWidget(m_locked);
        m_locked->retryButton()->setFocus();
        return;
    }
    m_config->setApplyResult(result);
    m_done = true;
    Q_EMIT completeChanged();
    // On to the outcome, once this signal has been handled everywhere.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

bool RunPage::isComplete() const
{
    return m_done && !m_controller->isRunning();
}

bool RunPage::isShowingLock() const
{
    return m_stack->currentWidget() == m_locked;
}
