// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include "HistoryTableModel.h"
#include "LockedPanel.h"
#include "MessageBox.h"
#include "OutcomeText.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "RunResultView.h"
#include "WizardConfig.h"
#include "finalize/FinalizedPlan.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(WizardConfig *config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_controller(new RunController(this))
    , m_model(new HistoryTableModel(this))
    , m_database(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_below(new QStackedWidget(this))
    , m_monitor(new RunMonitor(m_controller, this))
    , m_result(new RunResultView(this))
    , m_locked(new LockedPanel(this))
    , m_refresh(new QPushButton(tr("R&efresh"), this))
    , m_rollback(new QPushButton(tr("&Roll back the last migration…"), this))
    , m_finalize(new QPushButton(tr("&Finalize…"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setWindowTitle(tr("History"));
    m_database->setText(tr("What this assistant has done to %1:").arg(config->connection().displayUrl()));
    for (QLabel *label : {m_database, m_status, m_details}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_status->setAccessibleName(tr("Status of the plan"));
    m_details->setAccessibleName(tr("The selected run"));
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("History of runs"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setWordWrap(false);

    auto *resultScroll = new QScrollArea(this);
    resultScroll->setWidget(m_result);
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    resultScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_monitor->setLogVisible(false);
    m_below->addWidget(m_monitor);
    m_below->addWidget(resultScroll);
    m_below->addWidget(m_locked);
    m_below->hide();

    for (QPushButton *b : {m_refresh, m_rollback, m_finalize})
        b->setAutoDefault(false);
    m_close->setDefault(true);
    m_refresh->setAccessibleName(tr("Refresh the history"));
    m_rollback->setAccessibleName(tr("Roll back the last migration"));
    m_finalize->setAccessibleName(tr("Finalize the migrations whose keep period is over"));
    m_finalize->setToolTip(tr("Drops what a migration kept for its rollback (such as users_old) once its keep period is "
                              "over. Afterwards it can no longer be rolled back."));
    m_close->setAccessibleName(tr("Close the history"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_finalize);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_database);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_below, 3);
    layout->addLayout(buttons);
    resize(780, 460);

    connect(m_refresh, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_rollback, &QPushButton::clicked, this, &HistoryDialog::rollBack);
    connect(m_finalize, &QPushButton::clicked, this, &HistoryDialog::finalize);
    connect(m_close, &QPushButton::clicked, this, &HistoryDialog::reject);
    connect(m_controller, &RunController::finished, this, &HistoryDialog::onFinished);
    connect(m_controller, &RunController::runningChanged, this, &HistoryDialog::updateButtons);
    connect(m_locked, &LockedPanel::retryRequested, this, [this] { start(m_changing); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const HistoryEntry *entry = m_model->entryAt(i.row());
        m_details->setText(entry ? HistoryTableModel::details(*entry) : QString());
    });
    updateButtons();
}

void HistoryDialog::refresh()
{
    if (m_controller->isRunning())
        return;
    m_status->setText(tr("Reading the history…"));
    m_controller->start(m_config->runOptions(RunAction::Status));
}

void HistoryDialog::onFinished(const RunResult &result)
{
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (result.action == RunAction::Status) {
        if (result.outcome == RunOutcome::Ok) {
            m_model->setEntries(result.history);
            QStringList lines = result.notes;
            if (result.history.isEmpty())
                lines.prepend(tr("No run of this assistant is recorded in this database."));
            m_status->setText(lines.join(QLatin1Char(' ')));
            // The newest run is the one a person asks about first.
            if (m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            else
                m_details->clear();
        } else {
            m_model->clear();
            m_status->setText(OutcomeText::headline(result) + QLatin1Char(' ') + result.error.message);
        }
        updateButtons();
        return;
    }
    // A rollback or a finalize: show how it went, then read the history again (it has a new row).
    if (OutcomeText::databaseChanged(result))
        Q_EMIT databaseChanged();
    if (result.outcome == RunOutcome::Locked) {
        m_locked->setResult(result);
        m_below->setCurrentWidget(m_locked);
    } else {
        m_result->setResult(result);
        m_below->setCurrentIndex(1);
    }
    m_below->show();
    refresh();
}

void HistoryDialog::updateButtons()
{
    const bool running = m_controller->isRunning();
    const int row = rollbackRow();
    m_refresh->setEnabled(!running);
    m_rollback->setEnabled(!running && row >= 0);
    m_finalize->setEnabled(
        !running && !m_config->finalizeDue(m_model->entriesOldestFirst(), QDateTime::currentDateTimeUtc()).isEmpty());
}

int HistoryDialog::rollbackRow() const
{
    // The one plan chosen (advanced), or the last run of the path, whichever plan it was.
    const int row = m_config->isSinglePlan()
                        ? (m_config->plan() ? m_model->rollbackCandidateRow(m_config->plan()->id) : -1)
                        : m_model->rollbackCandidateRow(QString());
    // A finalized plan's rollback is refused by the engine: no button offers it.
    const HistoryEntry *entry = m_model->entryAt(row);
    if (entry && FinalizedPlan::in(m_model->entriesOldestFirst(), entry->planId))
        return -1;
    return row;
}

void HistoryDialog::rollBack()
{
    const HistoryEntry *entry = m_model->entryAt(rollbackRow());
    if (!entry)
        return;
    const QString text = tr("Roll back the migration applied on %1 by %2?\n\nThe database goes back to %3: the tables "
                            "are restored and then compared with their state before the migration, row count and "
                            "checksum. Anything written to the migrated tables since would be lost, so the rollback "
                            "refuses to run if they changed.")
                             .arg(entry->finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  entry->operatorName, entry->fromVersion);
    if (MessageBox::question(this, tr("Roll back"), text, tr("&Roll back"), tr("&Keep the migration"))
        != QMessageBox::Yes)
        return;
    startRollback();
}

void HistoryDialog::startRollback()
{
    start(RunAction::Rollback);
}

void HistoryDialog::finalize()
{
    const QList<const Plan *> due =
        m_config->finalizeDue(m_model->entriesOldestFirst(), QDateTime::currentDateTimeUtc());
    if (due.isEmpty())
        return;
    QStringList what;
    for (const Plan *plan : due) {
        QStringList steps;
        for (const PlanStep &step : plan->finalize.steps)
            steps << step.title;
        what << tr("%1: %2").arg(plan->title, steps.join(QStringLiteral(", ")));
    }
    const QString text = tr("Finalize these migrations?\n\n%1\n\nTheir keep period is over. What they kept for a "
                            "rollback is dropped, and the backup made before them is deleted: afterwards they can no "
                            "longer be rolled back.")
                             .arg(what.join(QLatin1Char('\n')));
    if (MessageBox::question(this, tr("Finalize"), text, tr("&Finalize"), tr("&Not yet")) != QMessageBox::Yes)
        return;
    start(RunAction::Finalize);
}

void HistoryDialog::start(RunAction action)
{
    m_changing = action;
    m_below->setCurrentWidget(m_monitor);
    m_below->show();
    m_controller->start(m_config->runOptions(action));
}

void HistoryDialog::reject()
{
    if (!m_controller->isRunning()) {
        QDialog::reject();
        return;
    }
    if (m_controller->action() != RunAction::Status && !m_monitor->requestCancel())
        return;
    // Reading the history changes nothing: stop without asking. Close once the worker is done.
    m_closeWhenDone = true;
    m_controller->cancel();
}

QString HistoryDialog::detailsText() const
{
    return m_details->text();
}

QString HistoryDialog::statusText() const
{
    return m_status->text();
}
