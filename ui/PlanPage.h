// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ConnectionTester;
class WizardConfig;

// Page 2: where the database stands and what will run. It says the database's version (from
// the connection test) and the plans of the path to the chosen target ("Migrate to", the
// newest version by default), each with what it does, what it locks and what a rollback
// restores. An unknown, newer or drifted database is said in the engine's words, and Next
// stays disabled. A plan of the path that encrypts asks for its key file here. As an advanced
// choice, one plan only can be run instead (a built-in one, or a plan folder opened from disk).
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    PlanPage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Where the database stands, then each plan that will run with its facts, as plain text.
    QString detailsText() const;
    QString whereText() const;
    // For tests: the target choice, the key file row (shown only when a plan needs a key),
    // the advanced one-plan choice.
    QComboBox *targetBox() const { return m_target; }
    QPushButton *keyButton() const { return m_chooseKey; }
    bool keyRowShown() const { return !m_keyRow->isHidden(); }
    QCheckBox *singlePlanBox() const { return m_single; }
    QListWidget *planList() const { return m_list; }
    QString problemText() const;
    // Opens a plan folder or a migration project (Sqitch, Flyway, golang-migrate) as the
    // buttons do, without the dialog: for tests and for a folder dropped on the page.
    bool openSource(const QString &folder);
    QPushButton *projectButton() const { return m_openProject; }
    bool isLocating() const { return m_locating; }

private:
    void reloadTargets();
    void reloadList();
    void onTargetChosen();
    void onSelectionChanged();
    void openFolder();
    void chooseKeyFile();
    void showPlan();
    void openProjectFolder();
    void locateAgain();
    void onLocated();

    WizardConfig *m_config;
    QLabel *m_where;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_facts;
    QLabel *m_problem;
    QWidget *m_keyRow;     // only when a plan of the run needs a key
    QLineEdit *m_keyPath;
    QPushButton *m_chooseKey;
    QLabel *m_keyInfo;
    QCheckBox *m_single;
    QWidget *m_singleRow;  // the plan list, shown when one plan only is chosen
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_openProject; // a migration project of another tool: its changes are the path
    QPushButton *m_builtin;     // back to the assistant's own plans
    ConnectionTester *m_locator; // where the database stands on a newly opened project's chain
    bool m_reloading = false;
    bool m_locating = false;
};
