// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunResult.h"

#include <QWizardPage>

class LockedPanel;
class QPushButton;
class QStackedWidget;
class RunController;
class RunMonitor;
class RunResultView;
class WizardConfig;

// Page 6: how the migration ended — outcome, rows per table before and after, validations,
// the backup's path — with "Save report…" and a one-click Rollback (confirmed first) that
// runs RunAction::Rollback on a worker with progress and then shows its verification:
// rolled back and verified, or what differs and needs a person.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    DonePage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void rollBack();
    void saveReport();
    RunController *controller() const { return m_controller; }
    RunResultView *resultView() const { return m_view; }
    LockedPanel *lockedPanel() const { return m_locked; }
    QPushButton *rollbackButton() const { return m_rollback; }
    const RunResult &shownResult() const { return m_shown; }

private:
    void showResult(const RunResult &result);
    void startRollback();
    void onRollbackFinished(const RunResult &result);
    void updateButtons();

    WizardConfig *m_config;
    RunController *m_controller;
    QStackedWidget *m_stack;
    RunResultView *m_view;
    RunMonitor *m_monitor;
    LockedPanel *m_locked;
    QPushButton *m_save;
    QPushButton *m_rollback;
    RunResult m_shown;
    bool m_rolledBack = false;
};
