// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RehearsalDialog.h"

#include "LockedPanel.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "RunResultView.h"
#include "WizardConfig.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

RehearsalDialog::RehearsalDialog(WizardConfig *config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_controller(new RunController(this))
    , m_stack(new QStackedWidget(this))
    , m_monitor(new RunMonitor(m_controller, this))
    , m_result(new RunResultView(this))
    , m_locked(new LockedPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Rehearsal"));
    auto *intro = new QLabel(tr("The migration runs inside a transaction that is rolled back at the end: this shows "
                                "what it would do, and changes nothing."),
                             this);
    intro->setWordWrap(true);
    m_monitor->setLogVisible(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_result);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_monitor);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_locked);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);
    resize(640, 560);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &RehearsalDialog::reject);
    connect(m_controller, &RunController::finished, this, &RehearsalDialog::onFinished);
    connect(m_locked, &LockedPanel::retryRequested, this, &RehearsalDialog::start);
}

void RehearsalDialog::start()
{
    m_stack->setCurrentWidget(m_monitor);
    m_controller->start(m_config->runOptions(RunAction::Rehearse));
}

void RehearsalDialog::onFinished(const RunResult &result)
{
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (result.outcome == RunOutcome::Locked) {
        m_locked->setResult(result);
        m_stack->setCurrentWidget(m_locked);
        return;
    }
    m_result->setResult(result);
    m_stack->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
}

void RehearsalDialog::reject()
{
    if (!m_controller->isRunning()) {
        QDialog::reject();
        return;
    }
    // A rehearsal changes nothing: stop it without asking, close when it has rolled back.
    m_closeWhenDone = true;
    m_controller->cancel();
}
