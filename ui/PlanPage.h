#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class WizardConfig;

// Page 2: which plan, and what it will do — title, description, from which version to
// which, what it locks while it runs and which tables a rollback restores. Built-in plans
// are listed; "Open plan folder…" adds one from disk (loaded and validated first).
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    PlanPage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QString detailsText() const;

private:
    void reloadList();
    void onSelectionChanged();
    void openFolder();
    void showPlan();

    WizardConfig *m_config;
    QListWidget *m_list;
    QPushButton *m_open;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_facts;
    QLabel *m_problem;
    bool m_reloading = false;
};
