// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunAction.h"

#include <QDialog>

class HistoryTableModel;
class LockedPanel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class RunController;
class RunMonitor;
class RunResult;
class RunResultView;
class WizardConfig;

// The History view: what this assistant has done to the connected database
// (RunAction::Status on a worker → HistoryTableModel), newest first, with a Rollback of the
// plan's last applied run (confirmed first, with progress, then its verification), and a
// Finalize of the applied plans whose keep period is over (users_old dropped; afterwards their
// rollback is refused). Another run holding the lock shows who, with Retry.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(WizardConfig *config, QWidget *parent = nullptr);

    void refresh();
    void rollBack();
    // Finalize the applied plans whose keep period is over (confirmed first).
    void finalize();
    void reject() override;

    RunController *controller() const { return m_controller; }
    HistoryTableModel *model() const { return m_model; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *finalizeButton() const { return m_finalize; }
    RunResultView *resultView() const { return m_result; }
    LockedPanel *lockedPanel() const { return m_locked; }
    QString statusText() const;
    QString detailsText() const;

Q_SIGNALS:
    // A rollback changed the database: where it stands must be read again.
    void databaseChanged();

private:
    int rollbackRow() const;
    void onFinished(const RunResult &result);
    void startRollback();
    void start(RunAction action);
    void updateButtons();

    WizardConfig *m_config;
    RunController *m_controller;
    HistoryTableModel *m_model;
    QLabel *m_database;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_details;
    QStackedWidget *m_below;
    RunMonitor *m_monitor;
    RunResultView *m_result;
    LockedPanel *m_locked;
    QPushButton *m_refresh;
    QPushButton *m_rollback;
    QPushButton *m_finalize;
    RunAction m_changing = RunAction::Rollback; // what Retry starts again
    QPushButton *m_close;
    bool m_closeWhenDone = false;
};
