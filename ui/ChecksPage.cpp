// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPage.h"

#include "CheckTableModel.h"
#include "CompactTableView.h"
#include "OutcomeText.h"
#include "RehearsalDialog.h"
#include "ReportSaver.h"
#include "RunController.h"
#include "SampleRowsModel.h"
#include "StatusIconProxyModel.h"
#include "StatusIcons.h"
#include "WizardConfig.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A word-wrapped label that asks for the height its text takes at its present width, so a
// tight window shrinks the scrolling parts of the page and never squeezes these sentences
// into the box above them (a longer translation wraps to more lines).
class WrappedLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override
    {
        QSize size = QLabel::minimumSizeHint();
        if (width() > 0)
            size.setHeight(qMax(size.height(), heightForWidth(width())));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }
};

} // namespace

ChecksPage::ChecksPage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_controller(new RunController(this))
    , m_samples(new SampleRowsModel(this))
    , m_summaryIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detailText(new QLabel(this))
    , m_samplesLabel(new QLabel(tr("E&xamples (secrets are masked):"), this))
    , m_samplesView(new CompactTableView(this))
    , m_acceptGroup(new QGroupBox(tr("Warnings that need your OK"), this))
    , m_acceptLayout(new QGridLayout(m_acceptGroup))
    , m_again(new QPushButton(tr("Run the checks a&gain"), this))
    , m_rehearse(new QPushButton(tr("Re&hearse…"), this))
    , m_save(new QPushButton(tr("Save &report…"), this))
{
    setTitle(tr("Pre-migration checks"));
    setSubTitle(tr("What the migration would meet in this database. Nothing is changed here."));

    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the checks"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Checks running"));
    m_busy->hide();

    auto *icons = new StatusIconProxyModel(this);
    icons->setSourceModel(m_config->checks());
    icons->setHeadingRole(CheckTableModel::HeadingRole);
    m_table->setModel(icons);
    m_table->setAccessibleName(tr("Checks"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // At least five rows: the failing checks come first, the rest scrolls.
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 7);

    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    for (QLabel *label : {m_detailTitle, m_detailText}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_detailTitle->setAccessibleName(tr("Selected check"));
    m_detailText->setAccessibleName(tr("What the selected check means"));
    m_samplesLabel->setBuddy(m_samplesView);
    m_samplesView->setModel(m_samples);
    m_samplesView->setAccessibleName(tr("Example rows of the selected check"));
    m_acceptGroup->setAccessibleName(tr("Warnings that need your OK"));
    m_acceptLayout->setColumnStretch(0, 1);
    m_again->setAccessibleName(tr("Run the checks again"));
    m_rehearse->setAccessibleName(tr("Rehearse the migration"));
    m_rehearse->setToolTip(tr("Runs the whole migration and its validation inside a transaction, shows the counts "
                              "it would produce, then rolls it back. The database is not changed."));
    m_save->setAccessibleName(tr("Save the check report"));
    for (QPushButton *b : {m_again, m_rehearse, m_save})
        b->setAutoDefault(false);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);

    // Below the table: the selected check and the acknowledgements; they scroll together
    // when the window is small, the table keeps its rows.
    auto *below = new QWidget;
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_detailTitle);
    belowLayout->addWidget(m_detailText);
    belowLayout->addWidget(m_samplesLabel);
    belowLayout->addWidget(m_samplesView);
    belowLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(below);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few lines at least, not the scroll bar's own taller minimum: in a small window this part
    // scrolls, so the decisions above keep the room their sentences need.
    scroll->setMinimumHeight(scroll->fontMetrics().lineSpacing() * 4);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_rehearse);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(summaryRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    // Always in view, never scrolled away: these boxes decide whether Next is enabled.
    layout->addWidget(m_acceptGroup);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    // Tab order: the table, the decisions about it, what explains its selected row, the buttons.
    setTabOrder(m_table, m_samplesView);
    setTabOrder(m_samplesView, m_again);
    setTabOrder(m_again, m_rehearse);
    setTabOrder(m_rehearse, m_save);

    connect(m_controller, &RunController::finished, this, &ChecksPage::onFinished);
    // A path's checks are grouped by plan: each plan's heading spans its row.
    connect(m_config->checks(), &QAbstractItemModel::modelReset, this, [this] {
        m_table->clearSpans();
        CheckTableModel *model = m_config->checks();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->isHeading(row))
                m_table->setSpan(row, 0, 1, CheckTableModel::ColumnCount);
    });
    connect(m_config->checks(), &CheckTableModel::acknowledgementsChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCheck(current.row()); });
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_rehearse, &QPushButton::clicked, this, &ChecksPage::rehearse);
    connect(m_save, &QPushButton::clicked, this, &ChecksPage::saveReport);
    showCheck(-1);
}

void ChecksPage::initializePage()
{
    runChecks();
}

void ChecksPage::cleanupPage()
{
    // Going Back: a check still running is about a database or plan that may change now.
    m_rerunWhenDone = false;
    m_controller->cancel();
}

void ChecksPage::runChecks()
{
    if (m_controller->isRunning()) {
        // Back and Next again while an older check winds down: check again once it has.
        m_rerunWhenDone = true;
        return;
    }
    m_rerunWhenDone = false;
    m_config->clearCheckResult();
    rebuildAcceptBoxes();
    showCheck(-1);
    m_busy->show();
    m_again->setEnabled(false);
    m_rehearse->setEnabled(false);
    m_save->setEnabled(false);
    m_summaryIcon->clear();
    m_summary->setText(tr("Running the checks…"));
    m_controller->start(m_config->runOptions(RunAction::Check));
    Q_EMIT completeChanged();
}

void ChecksPage::onFinished(const RunResult &result)
{
    if (m_rerunWhenDone) {
        runChecks();
        return;
    }
    m_busy->hide();
    m_again->setEnabled(true);
    if (result.outcome == RunOutcome::Ok || result.outcome == RunOutcome::Blocked) {
        m_config->setCheckResult(result);
        rebuildAcceptBoxes();
        // Start on the first row: failing checks are sorted first, so it is the one to read.
        if (const int first = m_config->checks()->firstCheckRow(); first >= 0)
            m_table->setCurrentIndex(m_table->model()->index(first, 0));
    } else {
        // Already applied, cannot connect, bad plan: the checks could not say anything.
        m_config->setCheckResult(result);
        rebuildAcceptBoxes();
    }
    m_save->setEnabled(true);
    updateSummary();
    Q_EMIT completeChanged();
}

void ChecksPage::rebuildAcceptBoxes()
{
    qDeleteAll(m_acceptWidgets);
    m_acceptWidgets.clear();
    m_acceptBoxes.clear();
    CheckTableModel *model = m_config->checks();
    const QStringList ids = model->failingWarnings();
    int row = 0;
    for (const QString &id : ids) {
        const CheckResult *c = model->checkAt(model->rowOf(id));
        // A checkbox's text does not wrap: a short one on the box, the full sentence beside it.
        // Alt+1, Alt+2, … tick the boxes from the keyboard.
        // Of a path's several plans, say whose warning it is.
        const QString title = id.contains(QLatin1Char(':')) ? tr("%1 (%2)").arg(c->title, c->planId) : c->title;
        const QString boxText = row < 9 ? tr("&%1 I accept: %2").arg(row + 1).arg(title)
                                        : tr("I accept: %1").arg(title);
        auto *box = new QCheckBox(boxText, m_acceptGroup);
        box->setObjectName(QStringLiteral("accept-%1").arg(id));
        box->setAccessibleName(tr("Accept the warning: %1").arg(c->title));
        box->setAccessibleDescription(c->message);
        box->setChecked(model->isAccepted(id));
        auto *text = new WrappedLabel(c->message, m_acceptGroup);
        text->setWordWrap(true);
        text->setBuddy(box);
        // The sentence under its box, indented to the box's text: wraps in any width.
        const int indent = box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box)
                           + box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box);
        text->setContentsMargins(indent, 0, 0, 0);
        auto *pair = new QWidget(m_acceptGroup);
        auto *pairLayout = new QVBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->setSpacing(0);
        box->setParent(pair);
        text->setParent(pair);
        pairLayout->addWidget(box);
        pairLayout->addWidget(text);
        m_acceptLayout->addWidget(pair, row, 0);
        ++row;
        connect(box, &QCheckBox::toggled, this, [this, id](bool on) { m_config->checks()->setAccepted(id, on); });
        m_acceptBoxes << box;
        m_acceptWidgets << pair;
    }
    m_acceptGroup->setVisible(!ids.isEmpty());
    QWidget *previous = m_table;
    for (QCheckBox *box : std::as_const(m_acceptBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_samplesView);
    setTabOrder(m_samplesView, m_again);
}

QCheckBox *ChecksPage::acceptBox(const QString &checkId) const
{
    for (QCheckBox *box : m_acceptBoxes)
        if (box->objectName() == QStringLiteral("accept-%1").arg(checkId))
            return box;
    return nullptr;
}

void ChecksPage::showCheck(int row)
{
    const CheckResult *c = m_config->checks()->checkAt(row);
    m_detailTitle->setVisible(c);
    m_detailText->setVisible(c);
    if (!c) {
        m_samples->clear();
        m_samplesLabel->hide();
        m_samplesView->hide();
        return;
    }
    m_detailTitle->setText(QStringLiteral("%1 — %2").arg(c->title, c->id));
    m_detailText->setText(c->explanation.isEmpty() ? c->message : c->message + QStringLiteral("\n") + c->explanation);
    m_samples->setSamples(c->sampleColumns, c->sampleRows);
    m_samplesLabel->setVisible(!c->sampleRows.isEmpty());
    m_samplesView->setVisible(!c->sampleRows.isEmpty());
}

void ChecksPage::updateSummary()
{
    if (m_controller->isRunning())
        return;
    const RunResult &result = m_config->checkResult();
    CheckTableModel *model = m_config->checks();
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    const int blockers = model->blockerCount();
    const int open = model->unacknowledgedWarnings();
    const int warnings = int(model->failingWarnings().size());
    ItemStatus status = ItemStatus::Passed;
    QString text;
    if (!m_config->hasCheckResult()) {
        text.clear();
        status = ItemStatus::None;
    } else if (result.outcome != RunOutcome::Ok && result.outcome != RunOutcome::Blocked) {
        status = OutcomeText::status(result);
        text = OutcomeText::headline(result) + QLatin1Char(' ') + OutcomeText::explanation(result);
        if (result.outcome == RunOutcome::NothingToDo)
            text += QLatin1Char(' ') + tr("To undo it, go Back to the first page and open History….");
    } else if (blockers > 0) {
        status = ItemStatus::Blocker;
        text = tr("Blockers: %1. The migration cannot go ahead: fix what they name in the database, then run the "
                  "checks again.").arg(blockers);
    } else if (open > 0) {
        status = ItemStatus::Warning;
        text = tr("Warnings that need your OK: %1. Read each one and tick its box to go on; what you accept is "
                  "recorded in the database's history.").arg(open);
    } else if (warnings > 0) {
        status = ItemStatus::Accepted;
        text = tr("No blocker, and you accepted every warning (%1): the migration can go ahead.").arg(warnings);
    } else {
        text = tr("Every check passed: the migration can go ahead.");
    }
    m_summaryIcon->setPixmap(status == ItemStatus::None ? QPixmap() : StatusIcons::icon(status).pixmap(size, size));
    m_summary->setText(text);
    m_rehearse->setEnabled(m_config->hasCheckResult() && blockers == 0
                           && (result.outcome == RunOutcome::Ok || result.outcome == RunOutcome::Blocked));
}

QString ChecksPage::summaryText() const
{
    return m_summary->text();
}

bool ChecksPage::isComplete() const
{
    return !m_controller->isRunning() && m_config->hasCheckResult() && m_config->checks()->allowsProceeding();
}

void ChecksPage::rehearse()
{
    auto *dialog = new RehearsalDialog(m_config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void ChecksPage::saveReport()
{
    const ConnectionSpec &c = m_config->connection();
    const QString base = c.isSqlite() ? QFileInfo(c.path).completeBaseName() : c.database;
    ReportSaver::save(this, m_config->checkReport(), QStringLiteral("%1-checks").arg(base));
}
