// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetWindow.h"

#include "FileDialog.h"
#include "FleetController.h"
#include "FleetServerDialog.h"
#include "MessageBox.h"
#include "WizardConfig.h"
#include "plan/Plan.h"
#include "plan/PlanCatalogue.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

FleetWindow::FleetWindow(WizardConfig *config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_controller(new FleetController(this))
    , m_openManifest(new QPushButton(tr("Open &manifest…"), this))
    , m_openFolder(new QPushButton(tr("S&QLite folder…"), this))
    , m_openServer(new QPushButton(tr("Ser&ver and schema pattern…"), this))
    , m_source(new QLabel(this))
    , m_table(new QTableView(this))
    , m_action(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_parallel(new QSpinBox(this))
    , m_chooseKey(new QPushButton(tr("&Key file…"), this))
    , m_keyInfo(new QLabel(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_save(new QPushButton(tr("Save &report…"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Fleet"));
    setObjectName(QStringLiteral("FleetWindow"));
    m_controller->setCatalogue(config->catalogue());
    m_controller->setOperatorName(config->operatorName().isEmpty() ? WizardConfig::defaultOperatorName()
                                                                   : config->operatorName());
    m_controller->setKeyFile(config->keyFile());

    m_source->setText(tr("Open a fleet manifest, a folder of SQLite files or a server with a schema pattern. "
                         "Each database runs exactly as a single run would: its own lock, checks, backup and history."));
    for (QLabel *label : {m_source, m_summary}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_source->setAccessibleName(tr("The fleet"));
    m_summary->setAccessibleName(tr("The fleet's result"));

    m_table->setModel(m_controller->model());
    m_table->setAccessibleName(tr("Targets of the fleet"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and interactive columns: nothing measures a thousand rows per event.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_action->addItem(tr("Check"), int(RunAction::Check));
    m_action->addItem(tr("Rehearse"), int(RunAction::Rehearse));
    m_action->addItem(tr("Apply"), int(RunAction::Apply));
    m_action->addItem(tr("Roll back"), int(RunAction::Rollback));
    m_action->setAccessibleName(tr("Action"));
    m_action->setCurrentIndex(2);
    m_target->addItem(tr("the latest"), QString());
    if (const auto catalogue = config->catalogue())
        for (const QString &v : catalogue->versions(QStringLiteral("sqlite")))
            m_target->addItem(v, v);
    m_target->setAccessibleName(tr("Version to take every target to"));
    m_parallel->setRange(1, 16);
    m_parallel->setValue(2);
    m_parallel->setAccessibleName(tr("Targets at once"));
    m_parallel->setToolTip(tr("How many targets run at the same time (each with its own connection)."));
    m_preview->setToolTip(tr("Checks every target (nothing changes) to fill in its version and checks."));
    m_stop->setToolTip(tr("No target starts any more; the running ones are rolled back."));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress of the fleet"));
    m_progressLabel->setAccessibleName(tr("Targets done and time left"));
    m_chooseKey->setToolTip(tr("The file holding the key of the plans that encrypt tokens; applying and rolling "
                               "them back needs it."));
    m_keyInfo->setAccessibleName(tr("Key file"));
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    for (QPushButton *b : {m_openManifest, m_openFolder, m_openServer, m_chooseKey, m_preview, m_start, m_stop, m_save})
        b->setAutoDefault(false);
    m_tick->setInterval(500); // the time left moves between the targets' events

    auto *sources = new QHBoxLayout;
    sources->addWidget(m_openManifest);
    sources->addWidget(m_openFolder);
    sources->addWidget(m_openServer);
    sources->addStretch(1);
    auto *settings = new QHBoxLayout;
    const QList<QPair<QString, QWidget *>> fields{
        {tr("&Action:"), m_action}, {tr("&To version:"), m_target}, {tr("At &once:"), m_parallel}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        settings->addWidget(label);
        settings->addWidget(field);
    }
    settings->addWidget(m_chooseKey);
    settings->addWidget(m_keyInfo);
    settings->addStretch(1);
    settings->addWidget(m_preview);
    settings->addWidget(m_start);
    settings->addWidget(m_stop);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_progressLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    layout->addLayout(settings);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    resize(900, 520);

    connect(m_openManifest, &QPushButton::clicked, this, &FleetWindow::openManifest);
    connect(m_openFolder, &QPushButton::clicked, this, &FleetWindow::openSqliteFolder);
    connect(m_openServer, &QPushButton::clicked, this, &FleetWindow::openServer);
    connect(m_preview, &QPushButton::clicked, this, &FleetWindow::preview);
    connect(m_start, &QPushButton::clicked, this, &FleetWindow::start);
    connect(m_stop, &QPushButton::clicked, this, &FleetWindow::stop);
    connect(m_save, &QPushButton::clicked, this, &FleetWindow::saveReport);
    connect(m_chooseKey, &QPushButton::clicked, this, &FleetWindow::chooseKeyFile);
    connect(m_close, &QPushButton::clicked, this, &FleetWindow::reject);
    connect(m_controller, &FleetController::listed, this, &FleetWindow::onListed);
    connect(m_controller, &FleetController::finished, this, &FleetWindow::onFinished);
    connect(m_controller, &FleetController::progressed, this, &FleetWindow::updateProgress);
    connect(m_controller, &FleetController::busyChanged, this, &FleetWindow::updateButtons);
    connect(m_tick, &QTimer::timeout, this, &FleetWindow::updateProgress);
    showKey();
    updateButtons();
    updateProgress();
}

void FleetWindow::showKey()
{
    // Shown only when a plan of the catalogue encrypts: no other plan reads a key.
    const auto catalogue = m_config->catalogue();
    const bool needed = catalogue
        && std::any_of(catalogue->plans().begin(), catalogue->plans().end(), [](const Plan &p) { return p.needsKey; });
    m_chooseKey->setVisible(needed);
    m_keyInfo->setVisible(needed);
    m_keyInfo->setText(m_config->keyFile().isEmpty()
                           ? tr("no key: targets whose path encrypts tokens are blocked")
                           : tr("key %1").arg(m_config->keyFingerprint()));
    m_keyInfo->setToolTip(QDir::toNativeSeparators(m_config->keyFile()));
}

void FleetWindow::chooseKeyFile()
{
    const QString path = FileDialog::keyFile(this);
    if (path.isEmpty())
        return;
    ErrorInfo error;
    if (!m_config->setKeyFile(path, &error)) {
        MessageBox::warning(this, tr("Key file"), error.message, error.details);
        return;
    }
    m_controller->setKeyFile(m_config->keyFile());
    showKey();
}

QString FleetWindow::keyText() const
{
    return m_keyInfo->text();
}

void FleetWindow::openManifest()
{
    const QString path = FileDialog::openFile(this, tr("Open a fleet manifest"), QDir::homePath(),
                                              tr("Fleet manifest (*.json)"));
    if (path.isEmpty())
        return;
    ErrorInfo error;
    if (!m_controller->openManifest(path, &error))
        MessageBox::warning(this, tr("Open manifest"), error.message, error.details);
    else if (!m_controller->targetVersion().isEmpty())
        m_target->setCurrentIndex(qMax(0, m_target->findData(m_controller->targetVersion())));
}

void FleetWindow::openSqliteFolder()
{
    const QString folder = FileDialog::directory(this, tr("A folder of SQLite files"), QDir::homePath());
    if (folder.isEmpty())
        return;
    ErrorInfo error;
    if (!m_controller->openSqliteFolder(folder, &error))
        MessageBox::warning(this, tr("SQLite folder"), error.message, error.details);
}

void FleetWindow::openServer()
{
    FleetServerDialog dialog(m_config->connection(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ErrorInfo error;
    if (!m_controller->openServer(dialog.server(), dialog.schemaPattern(), &error))
        MessageBox::warning(this, tr("Server and schema pattern"), error.message, error.details);
}

void FleetWindow::onListed(bool ok, const QString &message)
{
    m_source->setText(tr("%1: %2").arg(m_controller->sourceText(), message));
    m_source->setForegroundRole(ok ? QPalette::WindowText : QPalette::Text);
    m_summary->clear();
    // Measured once, on the rows in view: never per event.
    m_table->resizeColumnsToContents();
    updateButtons();
    updateProgress();
}

void FleetWindow::applySettings()
{
    m_controller->setParallel(m_parallel->value());
    m_controller->setTargetVersion(m_target->currentData().toString());
}

void FleetWindow::preview()
{
    applySettings();
    ErrorInfo error;
    if (!m_controller->preview(&error))
        MessageBox::warning(this, tr("Preview"), error.message, error.details);
    m_summary->setText(tr("Checking every target; nothing changes."));
}

bool FleetWindow::confirm(RunAction action, QStringList *risks)
{
    const int total = m_controller->targetCount();
    QString text;
    if (action == RunAction::Rollback) {
        text = tr("Roll back the last migration of every target that has one (%1)?\n\nEach target's rollback is "
                  "checked and verified as a single rollback is.")
                   .arg(total == 1 ? tr("%n target", nullptr, total) : tr("%n targets", nullptr, total));
    } else if (m_controller->hasPreview()) {
        const int changing = m_controller->previewChanging();
        text = changing == 1 ? tr("%n target will change.", nullptr, changing)
                             : tr("%n targets will change.", nullptr, changing);
        const int upToDate = m_controller->previewUpToDate();
        if (upToDate > 0)
            text += QLatin1Char(' ') + tr("%n already up to date.", nullptr, upToDate);
        const int blocked = m_controller->previewBlocked();
        if (blocked > 0)
            text += QLatin1Char(' ') + tr("%n blocked or failed in the preview.", nullptr, blocked);
        *risks = m_controller->previewWarnings();
        if (!risks->isEmpty()) {
            text += QStringLiteral("\n\n")
                + tr("The preview found warnings nobody has accepted yet: %1. Applying goes past them on every "
                     "target that has them, and each target's history records who accepted them.")
                      .arg(risks->join(QStringLiteral(", ")));
        }
    } else {
        text = tr("No preview has run: up to %1 may change. Preview first to see each one's version and checks.")
                   .arg(total == 1 ? tr("%n target", nullptr, total) : tr("%n targets", nullptr, total));
    }
    const bool rollback = action == RunAction::Rollback;
    if (!rollback)
        text += QStringLiteral("\n\n") + tr("Each target is backed up and migrated in one transaction; a failure "
                                            "rolls that target back and the others go on.");
    return MessageBox::question(this, rollback ? tr("Roll back the fleet") : tr("Apply to the fleet"), text,
                                rollback ? tr("&Roll back") : tr("&Apply"), tr("&Cancel"))
        == QMessageBox::Yes;
}

void FleetWindow::start()
{
    const auto action = RunAction(m_action->currentData().toInt());
    QStringList risks;
    if ((action == RunAction::Apply || action == RunAction::Rollback) && !confirm(action, &risks))
        return;
    applySettings();
    ErrorInfo error;
    if (!m_controller->start(action, risks, &error)) {
        MessageBox::warning(this, m_action->currentText(), error.message, error.details);
        return;
    }
    m_summary->clear();
}

void FleetWindow::stop()
{
    m_controller->cancel();
    updateButtons();
}

void FleetWindow::onFinished(const FleetResult &result)
{
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    QStringList lines;
    const int at = m_action->findData(int(result.action));
    lines << tr("%1: %2").arg(m_action->itemText(at), m_controller->model()->summaryText());
    if (result.interrupted)
        lines << tr("Stopped: the running targets were rolled back, the others did not start.");
    lines += result.notes;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_table->resizeColumnsToContents();
    updateButtons();
}

void FleetWindow::updateProgress()
{
    m_progress->setValue(m_controller->perMille());
    m_progressLabel->setText(m_controller->hasFleet() ? m_controller->progressText() : QString());
}

void FleetWindow::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const bool ready = m_controller->hasFleet() && m_controller->targetCount() > 0 && !busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_openManifest, m_openFolder, m_openServer, m_action, m_target,
                                                        m_parallel, m_chooseKey})
        w->setEnabled(!busy);
    m_preview->setEnabled(ready);
    m_start->setEnabled(ready);
    m_stop->setEnabled(busy && m_controller->activity() != FleetController::Activity::Listing
                       && !m_controller->isCancelling());
    m_save->setEnabled(!busy && m_controller->hasResult());
    if (busy)
        m_tick->start();
    else
        m_tick->stop();
    updateProgress();
}

void FleetWindow::saveReport()
{
    const QString html = tr("HTML report (*.html)");
    const QString pdf = tr("PDF report (*.pdf)");
    const QString json = tr("JSON report (*.json)");
    QString filter;
    QString path = FileDialog::saveFile(this, tr("Save the fleet's report"), QDir::homePath() + QStringLiteral("/fleet.html"),
                                        html + QStringLiteral(";;") + pdf + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!QStringList{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("json")}
             .contains(suffix))
        path += filter == json ? QStringLiteral(".json") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    ErrorInfo error;
    if (!m_controller->saveReport(path, &error))
        MessageBox::warning(this, tr("Save report"), error.message, error.details);
    else
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void FleetWindow::reject()
{
    if (!m_controller->isBusy()) {
        QDialog::reject();
        return;
    }
    if (m_closeWhenDone)
        return;
    const RunAction action = m_controller->action();
    if (m_controller->activity() == FleetController::Activity::Running
        && (action == RunAction::Apply || action == RunAction::Rollback)) {
        const QString text = tr("The fleet is changing databases.\n\nStop it and close? The running targets are rolled "
                                "back first; the ones already done stay done. The window closes when that is done.");
        if (MessageBox::question(this, tr("Close"), text, tr("&Stop and close"), tr("&Keep running")) != QMessageBox::Yes)
            return;
    }
    m_closeWhenDone = true;
    if (m_controller->activity() == FleetController::Activity::Listing) {
        connect(m_controller, &FleetController::listed, this, [this] { QDialog::reject(); });
        return;
    }
    m_controller->cancel();
    setWindowTitle(tr("Fleet — stopping, rolling back…"));
}

QString FleetWindow::progressText() const
{
    return m_progressLabel->text();
}

QString FleetWindow::sourceText() const
{
    return m_source->text();
}

QString FleetWindow::summaryText() const
{
    return m_summary->text();
}
