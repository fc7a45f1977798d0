// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmPage.h"

#include "WizardConfig.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ConfirmPage::ConfirmPage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_form(new QFormLayout)
    , m_operator(new QLineEdit(this))
{
    setTitle(tr("Ready to migrate"));
    setSubTitle(tr("Read this once more. The migration runs in one transaction: if anything fails or you stop it, "
                   "everything is rolled back."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Migrate"));

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_operator->setAccessibleName(tr("Operator name for the history"));
    m_operator->setPlaceholderText(WizardConfig::defaultOperatorName());
    auto *operatorLabel = new QLabel(tr("Your &name, for the history:"), this);
    operatorLabel->setBuddy(m_operator);
    operatorLabel->setWordWrap(true);

    auto *note = new QLabel(tr("When you press Migrate the run starts at once. You can stop it while it runs; a "
                               "stopped run leaves the database exactly as it was."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    auto *operatorForm = new QFormLayout;
    operatorForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    operatorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    operatorForm->addRow(operatorLabel, m_operator);
    layout->addLayout(operatorForm);
    layout->addWidget(note);
    layout->addStretch(1);
}

void ConfirmPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    for (const auto &[label, value] : m_config->summary()) {
        if (label == WizardConfig::tr("Operator"))
            continue; // asked for below, where it can be changed
        auto *name = new QLabel(label + QLatin1Char(':'), this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *text = new QLabel(value, this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(label);
        m_form->addRow(name, text);
        m_rows << text;
    }
    m_operator->setText(m_config->operatorName());
}

bool ConfirmPage::validatePage()
{
    m_config->setOperatorName(m_operator->text());
    return true;
}

QString ConfirmPage::summaryText() const
{
    QStringList lines;
    for (QWidget *w : m_rows)
        lines << w->accessibleName() + QStringLiteral(": ") + static_cast<QLabel *>(w)->text();
    return lines.join(QLatin1Char('\n'));
}
