// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class WizardConfig;

// Page 2: which plan, and what it will do — title, description, from which version to
// which, what it locks while it runs and which tables a rollback restores. Built-in plans
// are listed; "Open plan folder…" adds one from disk (loaded and validated first). A plan that
// encrypts asks for its key file here ("Choose key file…"): the path goes into the run's options.
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    PlanPage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QString detailsText() const;
    // For tests: the key file row (shown only for plans that need a key).
    QPushButton *keyButton() const { return m_chooseKey; }
    bool keyRowShown() const { return !m_keyRow->isHidden(); }
    QString problemText() const;

private:
    void reloadList();
    void onSelectionChanged();
    void openFolder();
    void chooseKeyFile();
    void showPlan();

    WizardConfig *m_config;
    QListWidget *m_list;
    QPushButton *m_open;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_facts;
    QLabel *m_problem;
    QWidget *m_keyRow;     // only for plans that need a key
    QLineEdit *m_keyPath;
    QPushButton *m_chooseKey;
    QLabel *m_keyInfo;
    bool m_reloading = false;
};
