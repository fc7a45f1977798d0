// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class CheckTableModel;
class CompactTableView;
class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class RunController;
class RunResult;
class SampleRowsModel;
class WizardConfig;

// Page 3: the pre-migration checks, run on a worker each time the page is entered. A table
// of every check (icon, title, count, what it found), the selected check's explanation and
// sample rows (masked by the core), and one checkbox per failing warning: Next stays
// disabled while a blocker fails or a warning is not acknowledged. "Rehearse…" runs the
// whole migration in a transaction and rolls it back; "Save report…" writes the checks.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    ChecksPage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void runChecks();
    void rehearse();
    void saveReport();

    RunController *controller() const { return m_controller; }
    QTableView *table() const { return m_table; }
    // The acknowledgement checkbox of a failing warning, or null.
    QCheckBox *acceptBox(const QString &checkId) const;
    QString summaryText() const;
    QPushButton *rehearseButton() const { return m_rehearse; }
    QPushButton *saveButton() const { return m_save; }

private:
    void onFinished(const RunResult &result);
    void rebuildAcceptBoxes();
    void showCheck(int row);
    void updateSummary();

    WizardConfig *m_config;
    RunController *m_controller;
    SampleRowsModel *m_samples;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QLabel *m_detailText;
    QLabel *m_samplesLabel;
    CompactTableView *m_samplesView;
    QGroupBox *m_acceptGroup;
    QGridLayout *m_acceptLayout;
    QList<QCheckBox *> m_acceptBoxes;
    QList<QWidget *> m_acceptWidgets;
    QPushButton *m_again;
    QPushButton *m_rehearse;
    QPushButton *m_save;
    bool m_rerunWhenDone = false;
};
