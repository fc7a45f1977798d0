// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunResultView.h"

#include "CompactTableView.h"
#include "OutcomeText.h"
#include "StatusIconProxyModel.h"
#include "StatusIcons.h"
#include "TableCountsModel.h"
#include "ValidationTableModel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    return label;
}

QPlainTextEdit *textBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setAccessibleName(accessibleName);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setTabChangesFocus(true);
    // A few lines tall; it scrolls for more.
    box->setMaximumHeight(box->fontMetrics().lineSpacing() * 7);
    return box;
}

} // namespace

RunResultView::RunResultView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_plans(new QLabel(this))
    , m_details(textBox(tr("Details for support"), this))
    , m_differences(textBox(tr("Differences found"), this))
    , m_countsView(new CompactTableView(this))
    , m_validationsView(new CompactTableView(this))
    , m_backup(new QLabel(this))
    , m_counts(new TableCountsModel(this))
    , m_validations(new ValidationTableModel(this))
{
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_headline->setAccessibleName(tr("Outcome"));
    for (QLabel *label : {m_headline, m_explanation, m_notes, m_plans, m_backup}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_explanation->setAccessibleName(tr("What it means"));
    m_notes->setAccessibleName(tr("Notes"));
    m_plans->setAccessibleName(tr("Each plan of the path"));
    m_backup->setAccessibleName(tr("Backup"));
    m_plansLabel = sectionLabel(tr("Plans"), m_plans, this);
    m_detailsLabel = sectionLabel(tr("Det&ails for support"), m_details, this);
    m_differencesLabel = sectionLabel(tr("Di&fferences"), m_differences, this);
    m_countsLabel = sectionLabel(tr("Rows per &table"), m_countsView, this);
    m_validationsLabel = sectionLabel(tr("&Validation"), m_validationsView, this);

    m_countsView->setModel(m_counts);
    m_countsView->setAccessibleName(tr("Rows per table before and after"));
    auto *validationIcons = new StatusIconProxyModel(this);
    validationIcons->setSourceModel(m_validations);
    m_validationsView->setModel(validationIcons);
    m_validationsView->setAccessibleName(tr("Validation results"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addWidget(m_headline, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_explanation);
    layout->addWidget(m_notes);
    layout->addWidget(m_plansLabel);
    layout->addWidget(m_plans);
    layout->addWidget(m_backup);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details);
    layout->addWidget(m_differencesLabel);
    layout->addWidget(m_differences);
    layout->addWidget(m_countsLabel);
    m_countsView->setFitWidth(true);
    layout->addWidget(m_countsView, 0, Qt::AlignLeft);
    layout->addWidget(m_validationsLabel);
    layout->addWidget(m_validationsView);
    // Short results stay together at the top instead of spreading over the page.
    layout->addStretch(1);
    clear();
}

void RunResultView::clear()
{
    m_icon->clear();
    m_headline->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_explanation, m_notes, m_plansLabel, m_plans, m_backup, m_detailsLabel, m_details,
                                                       m_differencesLabel, m_differences, m_countsLabel, m_countsView,
                                                       m_validationsLabel, m_validationsView})
        w->hide();
    m_counts->clear();
    m_validations->clear();
}

void RunResultView::setResult(const RunResult &result)
{
    clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(StatusIcons::icon(OutcomeText::status(result)).pixmap(iconSize, iconSize));
    m_headline->setText(OutcomeText::headline(result));

    const QString explanation = OutcomeText::explanation(result);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());

    // Notes the explanation did not already carry (it uses them for "nothing to do").
    QStringList notes = result.notes;
    notes.removeIf([&](const QString &n) { return explanation.contains(n); });
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    const QStringList plans = OutcomeText::pathLines(result);
    if (!plans.isEmpty()) {
        m_plans->setText(plans.join(QLatin1Char('\n')));
        m_plansLabel->show();
        m_plans->show();
    }

    if (!result.backupPath.isEmpty()) {
        m_backup->setText(tr("Backup of the database as it was before this run: %1").arg(QDir::toNativeSeparators(result.backupPath)));
        m_backup->show();
    }
    if (!result.error.details.isEmpty() && result.outcome != RunOutcome::Ok) {
        m_details->setPlainText(result.error.details);
        m_detailsLabel->show();
        m_details->show();
    }
    if (!result.differences.isEmpty()) {
        m_differences->setPlainText(result.differences.join(QLatin1Char('\n')));
        m_differencesLabel->show();
        m_differences->show();
    }
    if (!result.tablesBefore.isEmpty() || !result.tablesAfter.isEmpty()) {
        m_counts->setTables(result.tablesBefore, result.tablesAfter);
        m_countsLabel->show();
        m_countsView->show();
    }
    if (!result.validations.isEmpty()) {
        m_validations->setValidations(result.validations);
        m_validationsLabel->show();
        m_validationsView->show();
    }
}

QString RunResultView::headlineText() const
{
    return m_headline->text();
}

QString RunResultView::explanationText() const
{
    return m_explanation->text();
}

QString RunResultView::differencesText() const
{
    return m_differences->isHidden() ? QString() : m_differences->toPlainText();
}

QString RunResultView::plansText() const
{
    return m_plans->isHidden() ? QString() : m_plans->text();
}

QString RunResultView::backupText() const
{
    return m_backup->isHidden() ? QString() : m_backup->text();
}
