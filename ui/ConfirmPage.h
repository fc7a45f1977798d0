// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class WizardConfig;

// Page 4: everything that is about to happen, in one place — the database, the plan, what
// is locked, where the backup goes, the risks accepted, who runs it. It is the commit page:
// once the migration starts there is no way Back.
class ConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    ConfirmPage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QString summaryText() const;
    QLineEdit *operatorEdit() const { return m_operator; }

private:
    WizardConfig *m_config;
    QFormLayout *m_form;
    QLineEdit *m_operator;
    QList<QWidget *> m_rows;
};
