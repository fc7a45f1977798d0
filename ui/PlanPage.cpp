// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPage.h"

#include "FileDialog.h"
#include "plan/PlanChecksum.h"
#include "plan/PlanLoader.h"
#include "WizardConfig.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PlanPage::PlanPage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open plan folder…"), this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_keyRow(new QWidget(this))
    , m_keyPath(new QLineEdit(m_keyRow))
    , m_chooseKey(new QPushButton(tr("Choose &key file…"), m_keyRow))
    , m_keyInfo(new QLabel(this))
{
    setTitle(tr("Choose the migration plan"));
    setSubTitle(tr("A plan says what changes, in which order, how it is checked and how it is undone."));

    auto *listLabel = new QLabel(tr("&Plans:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Plans"));
    // A few rows are enough; the details below matter more.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 2 * m_list->frameWidth());
    m_open->setAccessibleName(tr("Open a plan folder"));

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    for (QLabel *label : {m_title, m_description, m_facts, m_problem}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_title->setAccessibleName(tr("Plan title"));
    m_description->setAccessibleName(tr("What the plan does"));
    m_facts->setAccessibleName(tr("Versions and tables"));
    m_facts->setTextFormat(Qt::RichText);
    m_problem->setAccessibleName(tr("Problem with the plan"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xa0, 0x00, 0x00));
    m_problem->setPalette(warn);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_open);
    side->addStretch(1);
    listRow->addLayout(side);

    // The key file of a plan that encrypts: its path only, shown read-only; chosen with the dialog.
    auto *keyLabel = new QLabel(tr("Key file:"), m_keyRow);
    keyLabel->setBuddy(m_chooseKey);
    m_keyPath->setReadOnly(true);
    m_keyPath->setAccessibleName(tr("Key file"));
    m_keyPath->setPlaceholderText(tr("64 hexadecimal characters: the AES-256 key"));
    m_chooseKey->setAccessibleName(tr("Choose the key file"));
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(keyLabel);
    keyLayout->addWidget(m_keyPath, 1);
    keyLayout->addWidget(m_chooseKey);
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setAccessibleName(tr("About the key"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addLayout(listRow);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_facts);
    layout->addWidget(m_keyRow);
    layout->addWidget(m_keyInfo);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_list, &QListWidget::currentRowChanged, this, &PlanPage::onSelectionChanged);
    connect(m_open, &QPushButton::clicked, this, &PlanPage::openFolder);
    connect(m_chooseKey, &QPushButton::clicked, this, &PlanPage::chooseKeyFile);
    connect(m_config, &WizardConfig::planChanged, this, &PlanPage::showPlan);
    reloadList();
    showPlan();
}

void PlanPage::initializePage()
{
    // The connection may have changed driver since: the plan must have SQL for it.
    reloadList();
    showPlan();
}

void PlanPage::reloadList()
{
    m_reloading = true;
    m_list->clear();
    const QStringList builtin = PlanLoader::builtinPlanIds();
    for (const QString &source : m_config->planSources()) {
        auto *item = new QListWidgetItem(builtin.contains(source) ? tr("%1 (built in)").arg(source)
                                                                  : QDir::toNativeSeparators(source),
                                         m_list);
        item->setData(Qt::UserRole, source);
        if (source == m_config->planSource())
            m_list->setCurrentItem(item);
    }
    m_reloading = false;
}

void PlanPage::onSelectionChanged()
{
    if (m_reloading || !m_list->currentItem())
        return;
    const QString source = m_list->currentItem()->data(Qt::UserRole).toString();
    if (source == m_config->planSource())
        return;
    ErrorInfo error;
    if (!m_config->selectPlan(source, &error))
        m_problem->setText(error.message);
}

void PlanPage::openFolder()
{
    const QString folder = FileDialog::directory(this, tr("Open a plan folder"), QDir::homePath());
    if (folder.isEmpty())
        return;
    ErrorInfo error;
    if (!m_config->openPlanFolder(folder, &error)) {
        // The loader names the file and the place; say it here, where the plan is chosen.
        m_problem->setText(tr("This folder does not hold a usable plan: %1").arg(error.message));
        m_problem->show();
        return;
    }
    reloadList();
    showPlan();
}

void PlanPage::chooseKeyFile()
{
    const QString path = FileDialog::openFile(this, tr("Choose the key file"), QDir::homePath(),
                                              tr("Key files (*.key *.hex *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ErrorInfo error;
    if (!m_config->setKeyFile(path, &error)) {
        m_problem->setText(error.message);
        m_problem->show();
        return;
    }
    showPlan();
}

void PlanPage::showPlan()
{
    const Plan *plan = m_config->plan();
    if (!plan) {
        m_title->clear();
        m_description->clear();
        m_facts->clear();
    } else {
        m_title->setText(plan->title);
        m_description->setText(plan->description);
        const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
        QString facts;
        facts += tr("<p>From version <b>%1</b> to version <b>%2</b>.</p>").arg(esc(plan->fromVersion), esc(plan->toVersion));
        if (!plan->lockTables.isEmpty())
            facts += tr("<p>While it runs, writes to these tables wait: %1.</p>")
                         .arg(esc(plan->lockTables.join(QStringLiteral(", "))));
        if (!plan->tablesBefore.isEmpty())
            facts += tr("<p>A rollback restores and verifies these tables: %1.</p>")
                         .arg(esc(plan->tablesBefore.join(QStringLiteral(", "))));
        if (plan->isBatched())
            facts += tr("<p>Runs online, batch by batch: each batch is one short transaction with its checkpoint, "
                        "so a stopped run resumes where it stopped.</p>");
        facts += tr("<p>Steps: %1 · checks: %2 · validations: %3. Source: %4. Checksum %5.</p>")
                     .arg(plan->steps.size())
                     .arg(plan->checks.size())
                     .arg(plan->validations.size())
                     .arg(esc(plan->origin == QLatin1String("built-in") ? tr("built-in") : plan->origin),
                          esc(PlanChecksum::shortForm(plan->checksum)));
        m_facts->setText(facts);
    }
    const bool needsKey = plan && plan->needsKey;
    m_keyRow->setVisible(needsKey);
    m_keyInfo->setVisible(needsKey);
    if (needsKey) {
        m_keyPath->setText(QDir::toNativeSeparators(m_config->keyFile()));
        m_keyInfo->setText(m_config->keyFile().isEmpty()
                               ? tr("This plan encrypts the tokens. Choose the file holding its key; keep that file "
                                    "safe: without it the tokens cannot be read back or rolled back.")
                               : tr("Key fingerprint %1. Rows already encrypted must carry the same one; the checks "
                                    "compare them.")
                                     .arg(m_config->keyFingerprint()));
    }
    const QString problem = m_config->planProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool PlanPage::isComplete() const
{
    return m_config->plan() && m_config->planProblem().isEmpty();
}

QString PlanPage::detailsText() const
{
    return m_title->text() + QLatin1Char('\n') + m_description->text() + QLatin1Char('\n') + m_facts->text();
}

QString PlanPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}
