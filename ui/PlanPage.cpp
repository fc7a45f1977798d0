// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPage.h"

#include "ConnectionTester.h"
#include "ProjectSummary.h"

#include "FileDialog.h"
#include "plan/PlanChecksum.h"
#include "plan/PlanLoader.h"
#include "WizardConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {

// One plan as the page shows it: its title, what it does, versions, locks, rollback, steps.
QString planFacts(const Plan &plan, const QString &heading)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString facts = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(heading), esc(plan.description));
    facts += PlanPage::tr("<p>From version <b>%1</b> to version <b>%2</b>.</p>").arg(esc(plan.fromVersion),
                                                                                    esc(plan.toVersion));
    if (!plan.lockTables.isEmpty())
        facts += PlanPage::tr("<p>While it runs, writes to these tables wait: %1.</p>")
                     .arg(esc(plan.lockTables.join(QStringLiteral(", "))));
    if (!plan.tablesBefore.isEmpty())
        facts += PlanPage::tr("<p>A rollback restores and verifies these tables: %1.</p>")
                     .arg(esc(plan.tablesBefore.join(QStringLiteral(", "))));
    if (plan.isBatched())
        facts += PlanPage::tr("<p>Runs online, batch by batch: each batch is one short transaction with its checkpoint, "
                              "so a stopped run resumes where it stopped.</p>");
    facts += PlanPage::tr("<p>Steps: %1 · checks: %2 · validations: %3. Source: %4. Checksum %5.</p>")
                 .arg(plan.steps.size())
                 .arg(plan.checks.size())
                 .arg(plan.validations.size())
                 .arg(esc(plan.origin == QLatin1String("built-in") ? PlanPage::tr("built-in") : plan.origin),
                      esc(PlanChecksum::shortForm(plan.checksum)));
    return facts;
}

} // namespace

PlanPage::PlanPage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_where(new QLabel(this))
    , m_targetLabel(new QLabel(tr("&Migrate to:"), this))
    , m_target(new QComboBox(this))
    , m_facts(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_keyRow(new QWidget(this))
    , m_keyPath(new QLineEdit(m_keyRow))
    , m_chooseKey(new QPushButton(tr("Choose &key file…"), m_keyRow))
    , m_keyInfo(new QLabel(this))
    , m_single(new QCheckBox(tr("Advanced: run one p&lan only"), this))
    , m_singleRow(new QWidget(this))
    , m_list(new QListWidget(m_singleRow))
    , m_open(new QPushButton(tr("&Open plan folder…"), m_singleRow))
    , m_openProject(new QPushButton(tr("Open migration &project…"), this))
    , m_builtin(new QPushButton(tr("&Built-in plans"), this))
    , m_locator(new ConnectionTester(this))
{
    setTitle(tr("Choose the migration plan"));
    setSubTitle(tr("A plan says what changes, in which order, how it is checked and how it is undone."));

    QFont bold = m_where->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_where->setFont(bold);
    for (QLabel *label : {m_where, m_facts, m_problem}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_where->setAccessibleName(tr("Where the database stands"));
    m_targetLabel->setBuddy(m_target);
    m_target->setAccessibleName(tr("Version to migrate to"));
    m_facts->setAccessibleName(tr("The plans that will run"));
    m_facts->setTextFormat(Qt::RichText);
    m_problem->setAccessibleName(tr("Problem with the plan"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xa0, 0x00, 0x00));
    m_problem->setPalette(warn);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addStretch(1);
    m_openProject->setAccessibleName(tr("Open a migration project"));
    m_openProject->setToolTip(tr("A Sqitch, Flyway or golang-migrate project, or a plan folder: its changes become "
                                 "the path, with the assistant's checks, backup and rollback."));
    m_builtin->setAccessibleName(tr("Use the built-in plans"));
    targetRow->addWidget(m_openProject);
    targetRow->addWidget(m_builtin);

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

    // The advanced choice: exactly one plan, as --plan runs it.
    m_single->setAccessibleName(tr("Run one plan only"));
    m_single->setToolTip(tr("Runs exactly the plan chosen below instead of the path to a version: for support staff "
                            "who were told which plan to run, or a plan folder from disk."));
    m_list->setAccessibleName(tr("Plans"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 2 * m_list->frameWidth());
    m_open->setAccessibleName(tr("Open a plan folder"));
    auto *listRow = new QHBoxLayout(m_singleRow);
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_open);
    side->addStretch(1);
    listRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addLayout(targetRow);
    layout->addWidget(m_facts);
    layout->addWidget(m_keyRow);
    layout->addWidget(m_keyInfo);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_single);
    layout->addWidget(m_singleRow);

    connect(m_target, &QComboBox::currentIndexChanged, this, &PlanPage::onTargetChosen);
    connect(m_single, &QCheckBox::toggled, this, [this](bool on) { m_config->setSinglePlan(on); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PlanPage::onSelectionChanged);
    connect(m_open, &QPushButton::clicked, this, &PlanPage::openFolder);
    connect(m_openProject, &QPushButton::clicked, this, &PlanPage::openProjectFolder);
    connect(m_builtin, &QPushButton::clicked, m_config, &WizardConfig::useBuiltinPlans);
    connect(m_config, &WizardConfig::catalogueChanged, this, &PlanPage::locateAgain);
    connect(m_locator, &ConnectionTester::finished, this, &PlanPage::onLocated);
    connect(m_chooseKey, &QPushButton::clicked, this, &PlanPage::chooseKeyFile);
    connect(m_config, &WizardConfig::planChanged, this, &PlanPage::showPlan);
    reloadList();
    showPlan();
}

void PlanPage::initializePage()
{
    // The connection (and so its version and driver) may have changed since.
    reloadList();
    showPlan();
}

void PlanPage::reloadTargets()
{
    m_reloading = true;
    const QStringList versions = m_config->targetVersions();
    QStringList shown;
    for (int i = 0; i < m_target->count(); ++i)
        shown << m_target->itemData(i).toString();
    // Rebuilt only when the versions differ: this also runs while the box reports a choice.
    if (shown != versions) {
        m_target->clear();
        const QString latest = m_config->latestVersion();
        for (const QString &version : versions)
            m_target->addItem(version == latest ? tr("%1 (the newest)").arg(version) : version, version);
    }
    m_target->setCurrentIndex(m_target->findData(m_config->effectiveTarget()));
    m_reloading = false;
}

void PlanPage::onTargetChosen()
{
    if (!m_reloading)
        m_config->setTargetVersion(m_target->currentData().toString());
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

void PlanPage::openProjectFolder()
{
    const QString folder = FileDialog::directory(this, tr("Open a migration project"), QDir::homePath());
    if (!folder.isEmpty())
        openSource(folder);
}

bool PlanPage::openSource(const QString &folder)
{
    ErrorInfo error;
    if (!m_config->openPlanFolder(folder, &error)) {
        m_problem->setText(tr("This folder does not hold a usable plan or project: %1").arg(error.message));
        m_problem->show();
        return false;
    }
    reloadList();
    showPlan();
    return true;
}

void PlanPage::locateAgain()
{
    // Another chain: the database's place on it is read again, on a worker (its registry may
    // be a table on a slow server); until then the page says so and Next waits.
    if (!m_config->isConnectionVerified())
        return;
    m_locating = true;
    m_locator->test(m_config->connection(), m_config->catalogue());
    showPlan();
}

void PlanPage::onLocated()
{
    m_locating = false;
    if (WizardConfig::sameConnection(m_locator->lastTested(), m_config->connection()))
        m_config->setDatabaseVersion(m_locator->lastOutcome().version, m_locator->lastOutcome().versionError);
    showPlan();
}

void PlanPage::chooseKeyFile()
{
    const QString path = FileDialog::keyFile(this);
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
    const bool single = m_config->isSinglePlan();
    {
        const QSignalBlocker block(m_single);
        m_single->setChecked(single);
    }
    m_singleRow->setVisible(single);
    reloadTargets();
    m_targetLabel->setVisible(!single && m_target->count() > 0);
    m_target->setVisible(!single && m_target->count() > 0);

    const QString where = m_config->whereText();
    m_where->setText(single && m_config->plan() ? m_config->plan()->title : where);
    m_where->setVisible(!m_where->text().isEmpty());

    const bool project = m_config->isProject();
    m_builtin->setVisible(project);
    if (m_locating)
        m_where->setText(tr("Reading where the database stands in the project…"));
    m_where->setVisible(!m_where->text().isEmpty());

    const QList<const Plan *> plans = project ? QList<const Plan *>() : m_config->runPlans();
    QString facts;
    if (project) {
        const auto &version = m_config->databaseVersion();
        facts = ProjectSummary::html(*m_config->catalogue(), m_config->connection().driverName(),
                                     version ? &*version : nullptr, m_config->targetVersion());
    }
    for (int i = 0; i < plans.size(); ++i) {
        const Plan *plan = plans.at(i);
        const QString heading = single ? plan->id
                                       : tr("Plan %1 of %2: %3 (%4)").arg(i + 1).arg(plans.size()).arg(plan->title, plan->id);
        facts += planFacts(*plan, heading);
    }
    m_facts->setText(facts);
    m_facts->setVisible(!facts.isEmpty());

    const bool needsKey = m_config->needsKey();
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
    return !m_locating && !m_config->runPlans().isEmpty() && m_config->planProblem().isEmpty();
}

QString PlanPage::whereText() const
{
    return m_where->isHidden() ? QString() : m_where->text();
}

QString PlanPage::detailsText() const
{
    return m_where->text() + QLatin1Char('\n') + QTextDocumentFragment::fromHtml(m_facts->text()).toPlainText();
}

QString PlanPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}
