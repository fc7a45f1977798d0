// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every page of the real wizard, driven on a demo database offscreen.
//
//   cmake --build BUILD --target screenshots
//
// builds this tool and runs it as
//
//   QT_QPA_PLATFORM=offscreen MA_BINARY=BUILD/app/migration-assistant
//       BUILD/tests/ui/wizard-screenshots docs/screenshots
//
// and writes connect, plan (a v1 database: the path to v3), plan-target-v2, plan-encrypt-tokens
// (at v2, its key file chosen), checks (with warnings),
// confirm, run (mid-progress), done, rollback-done, history and lock-held .png files there,
// plus connect-postgresql (libpq's refusal in plain words), checks-narrow (a narrow window)
// and done-200pct (QT_SCALE_FACTOR=2) to see that the layouts hold, and fleet (the Fleet view
// after a preview and an apply of a folder of six demo files; alone: --scene fleet).
//
// The run page is taken in a child process of this tool with MA_TEST_PAUSE_AT set (the
// engine reads that variable once per process), paused half-way inside its transaction and
// then cancelled; the lock-held page needs another process holding the lock: the real
// binary, paused the same way, then killed.
//
// The texts follow the locale, as in the real wizard: the screenshots target runs in the C
// locale (English, docs/screenshots/), screenshots-de with LANG=de_DE.UTF-8 (docs/screenshots/de/).

#include "ChecksPage.h"
#include "CheckTableModel.h"
#include "ConnectPage.h"
#include "ConnectionTester.h"
#include "DonePage.h"
#include "FileDialog.h"
#include "FleetController.h"
#include "FleetWindow.h"
#include "HistoryDialog.h"
#include "HistoryTableModel.h"
#include "LockedPanel.h"
#include "MessageBox.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "RunPage.h"
#include "TestSupport.h"
#include "TokenOpener.h"
#include "util/TranslationLoader.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

QString outDir;
QTemporaryDir *workDir = nullptr;
int failures = 0;

void say(const QString &line)
{
    std::fprintf(stderr, "wizard-screenshots: %s\n", qPrintable(line));
}

bool check(bool ok, const QString &what)
{
    if (!ok) {
        say(QStringLiteral("FAILED: ") + what);
        ++failures;
    }
    return ok;
}

void save(QWidget *widget, const QString &name)
{
    // Let layouts settle and pending paints happen before the picture is taken.
    QTest::qWait(300);
    const QString path = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (check(widget->grab().save(path), QStringLiteral("save ") + path))
        say(QStringLiteral("wrote ") + path);
}

QString settingsFile(const QString &name)
{
    return workDir->filePath(name + QStringLiteral(".ini"));
}

QString demo(const QString &name, int users)
{
    const QString dir = workDir->filePath(name);
    QDir().mkpath(dir);
    return TestSupport::demoDatabase(dir, users, QStringLiteral("customer.db"));
}

// Child process: the run page half-way (the engine paused inside its transaction).
int sceneRun()
{
    const QString db = demo(QStringLiteral("run"), 20000);
    WizardDriver driver(settingsFile(QStringLiteral("run")));
    if (!check(driver.startApply(db), QStringLiteral("start the apply")))
        return 1;
    RunController *controller = driver.wizard()->runPage()->controller();
    const QString pauseAt = qEnvironmentVariable("MA_TEST_PAUSE_AT");
    check(QTest::qWaitFor([&] { return controller->lastProgress().step == pauseAt; }, 60000),
          QStringLiteral("reach the paused step"));
    QTest::qWait(2200); // the clock moves on: elapsed shows a few seconds
    save(driver.wizard(), QStringLiteral("run"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(driver.wizard()->runPage()->monitor()->cancelButton(), Qt::LeftButton);
    check(driver.waitForRunFinished(), QStringLiteral("the cancelled run ends"));
    return failures == 0 ? 0 : 1;
}

// Child process at 200 %: the Done page, to see that nothing is clipped.
int sceneDoneScaled()
{
    const QString db = demo(QStringLiteral("scaled"), 2000);
    WizardDriver driver(settingsFile(QStringLiteral("scaled")));
    if (!check(driver.startApply(db), QStringLiteral("start the apply (200 %)")))
        return 1;
    check(driver.waitForPage(DonePageId, 300000), QStringLiteral("reach Done (200 %)"));
    save(driver.wizard(), QStringLiteral("done-200pct"));
    return failures == 0 ? 0 : 1;
}

// The Fleet view: six customer files (four at v1, one at v2 already, one that is no
// database), previewed, then applied with the preview's warnings accepted.
int sceneFleet()
{
    const QString folder = workDir->filePath(QStringLiteral("fleet"));
    QDir().mkpath(folder);
    const QList<QPair<QString, int>> customers{{QStringLiteral("acme"), 4000},   {QStringLiteral("globex"), 2500},
                                               {QStringLiteral("hooli"), 1200},  {QStringLiteral("initech"), 800},
                                               {QStringLiteral("soylent"), 300}};
    for (const auto &[name, users] : customers)
        check(!TestSupport::demoDatabase(folder, users, name + QStringLiteral(".db")).isEmpty(),
              QStringLiteral("demo ") + name);
    // hooli is at v2 already: nothing to do for it.
    {
        WizardDriver driver(settingsFile(QStringLiteral("fleet-hooli")));
        check(driver.startApply(QDir(folder).filePath(QStringLiteral("hooli.db"))), QStringLiteral("apply hooli"));
        check(driver.waitForPage(DonePageId, 120000), QStringLiteral("hooli at v2"));
    }
    QFile broken(QDir(folder).filePath(QStringLiteral("umbrella.db")));
    if (broken.open(QIODevice::WriteOnly))
        broken.write(QByteArray(4096, 'x'));
    broken.close();

    WizardDriver driver(settingsFile(QStringLiteral("fleet")));
    driver.wizard()->show();
    QTest::mouseClick(driver.wizard()->connectPage()->fleetButton(), Qt::LeftButton);
    FleetWindow *w = driver.wizard()->fleetWindow();
    if (!check(w != nullptr, QStringLiteral("the Fleet view opens")))
        return 1;
    w->resize(1000, 560);
    FleetController *c = w->controller();
    FileDialog::setNextFileName(folder);
    QTest::mouseClick(w->folderButton(), Qt::LeftButton);
    check(QTest::qWaitFor([&] { return !c->isBusy() && c->targetCount() == 6; }, 30000),
          QStringLiteral("six targets listed"));
    w->targetBox()->setCurrentIndex(w->targetBox()->findData(QStringLiteral("v2")));
    QTest::mouseClick(w->previewButton(), Qt::LeftButton);
    check(QTest::qWaitFor([&] { return !c->isBusy(); }, 120000), QStringLiteral("the preview ends"));
    w->actionBox()->setCurrentIndex(w->actionBox()->findData(int(RunAction::Apply)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(w->startButton(), Qt::LeftButton);
    check(QTest::qWaitFor([&] { return !c->isBusy(); }, 300000), QStringLiteral("the apply ends"));
    check(c->model()->count(FleetTargetState::Ok) == 4, QStringLiteral("four targets applied"));
    w->table()->resizeColumnsToContents();
    save(w, QStringLiteral("fleet"));
    w->hide();
    return failures == 0 ? 0 : 1;
}

void runChild(const QString &scene, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {outDir, QStringLiteral("--scene"), scene});
    check(child.waitForFinished(600000) && child.exitCode() == 0, QStringLiteral("scene ") + scene);
}

// The PostgreSQL form, tested against a port where nothing listens: libpq's answer.
void scenePostgresRefused()
{
    WizardDriver driver(settingsFile(QStringLiteral("postgres")));
    ConnectPage *page = driver.wizard()->connectPage();
    for (QRadioButton *b : page->findChildren<QRadioButton *>())
        if (b->text().contains(QStringLiteral("PostgreSQL")))
            b->click();
    // The fields' accessible names are their labels without & and colon, in the language shown.
    const auto field = [](const char *label) {
        return QCoreApplication::translate("ConnectPage", label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    };
    const QList<QPair<QString, QString>> fields{{field("Ho&st:"), QStringLiteral("127.0.0.1")},
                                                {field("D&atabase:"), QStringLiteral("customers")},
                                                {field("S&chema:"), QStringLiteral("tenant_42")},
                                                {field("&User:"), QStringLiteral("support")},
                                                {field("Pass&word:"), QStringLiteral("not-stored")}};
    for (const auto &[name, value] : fields)
        for (QLineEdit *edit : page->findChildren<QLineEdit *>())
            if (edit->accessibleName() == name)
                edit->setText(value);
    for (QSpinBox *port : page->findChildren<QSpinBox *>())
        port->setValue(5439);
    page->testConnection();
    check(QTest::qWaitFor([&] { return !page->tester()->isTesting(); }, 30000), QStringLiteral("postgres test"));
    save(driver.wizard(), QStringLiteral("connect-postgresql"));
}

void scenesInProcess()
{
    const QString db = demo(QStringLiteral("main"), 2000);
    scenePostgresRefused();

    {
        WizardDriver driver(settingsFile(QStringLiteral("main")));
        MigrationWizard *wizard = driver.wizard();
        check(driver.connectSqlite(db), QStringLiteral("connect"));
        save(wizard, QStringLiteral("connect"));

        driver.clickNext();
        check(driver.waitForPage(PlanPageId), QStringLiteral("plan page"));
        // As it opens on a v1 database: the path to the newest version, two plans, the key asked for.
        save(wizard, QStringLiteral("plan"));
        // The rest of this scene migrates to v2 only (user-integrations), as before paths.
        check(driver.chooseTarget(QStringLiteral("v2")), QStringLiteral("target v2"));
        save(wizard, QStringLiteral("plan-target-v2"));

        driver.clickNext();
        check(driver.waitForPage(ChecksPageId) && driver.waitForChecks(), QStringLiteral("checks"));
        // One warning ticked, one not: the state in which Next is still disabled.
        const QStringList warnings = wizard->config()->checks()->failingWarnings();
        if (!warnings.isEmpty())
            wizard->checksPage()->acceptBox(warnings.first())->setChecked(true);
        wizard->checksPage()->table()->setFocus();
        save(wizard, QStringLiteral("checks"));

        const QSize normal = wizard->size();
        wizard->resize(480, 720);
        save(wizard, QStringLiteral("checks-narrow"));
        wizard->resize(normal);

        driver.acceptAllWarnings();
        driver.clickNext();
        check(driver.waitForPage(ConfirmPageId), QStringLiteral("confirm page"));
        save(wizard, QStringLiteral("confirm"));

        driver.clickNext();
        check(driver.waitForPage(DonePageId, 300000), QStringLiteral("done page"));
        save(wizard, QStringLiteral("done"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(wizard->donePage()->rollbackButton(), Qt::LeftButton);
        check(QTest::qWaitFor([&] { return !wizard->donePage()->controller()->isRunning()
                                           && wizard->donePage()->controller()->hasResult(); },
                              300000),
              QStringLiteral("rollback"));
        save(wizard, QStringLiteral("rollback-done"));
    }

    // Apply once more, so the history holds an apply, its rollback and a live apply.
    {
        WizardDriver driver(settingsFile(QStringLiteral("main")));
        check(driver.startApply(db) && driver.waitForPage(DonePageId, 300000), QStringLiteral("second apply"));
    }
    {
        WizardDriver driver(settingsFile(QStringLiteral("main")));
        check(driver.connectSqlite(db), QStringLiteral("connect for history"));
        QTest::mouseClick(driver.wizard()->connectPage()->historyButton(), Qt::LeftButton);
        HistoryDialog *history = driver.wizard()->historyDialog();
        check(history && QTest::qWaitFor([&] { return history->model()->rowCount() == 3; }, 30000),
              QStringLiteral("history rows"));
        if (history)
            save(history, QStringLiteral("history"));
    }

    // The plan that encrypts, its key file chosen (the database is at v2 now, where that plan
    // starts). A fixed key (32 bytes), so that the fingerprint shown stays the same from one run
    // to the next.
    {
        const QString keyFile = workDir->filePath(QStringLiteral("main/tokens.key"));
        {
            QFile key(keyFile);
            check(key.open(QIODevice::WriteOnly)
                      && key.write(TokenOpener::keyFileText(QByteArrayLiteral("migration-assistant-screenshots!"))) > 0,
                  QStringLiteral("write the key file"));
        }
        WizardDriver driver(settingsFile(QStringLiteral("encrypt")));
        check(driver.connectSqlite(db), QStringLiteral("connect for encrypt-tokens"));
        driver.clickNext();
        check(driver.waitForPage(PlanPageId), QStringLiteral("plan page for encrypt-tokens"));
        PlanPage *page = driver.wizard()->planPage();
        check(page->keyRowShown(), QStringLiteral("the key file row")); // v2 → v3 is encrypt-tokens
        FileDialog::setNextFileName(keyFile);
        QTest::mouseClick(page->keyButton(), Qt::LeftButton);
        check(driver.isNextEnabled(), QStringLiteral("the key file is taken: ") + page->problemText());
        save(driver.wizard(), QStringLiteral("plan-encrypt-tokens"));
    }

    // Another process holds the lock: the real binary, paused inside its run.
    {
        const QString lockedDb = demo(QStringLiteral("locked"), 2000);
        QProcess holder;
        QProcessEnvironment env = TestSupport::headlessEnvironment();
        env.insert(QStringLiteral("MA_TEST_PAUSE_AT"), QStringLiteral("copy-users"));
        holder.setProcessEnvironment(env);
        holder.start(TestSupport::binary(), {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                             QStringLiteral("sqlite:") + lockedDb, QStringLiteral("--apply"),
                                             QStringLiteral("--yes")});
        QByteArray err;
        check(QTest::qWaitFor([&] {
                  err += holder.readAllStandardError();
                  return err.contains("MA_TEST_PAUSED");
              }, 60000),
              QStringLiteral("the other process pauses"));
        WizardDriver driver(settingsFile(QStringLiteral("locked")));
        check(driver.startApply(lockedDb), QStringLiteral("apply while locked"));
        check(QTest::qWaitFor([&] { return driver.wizard()->runPage()->isShowingLock(); }, 60000),
              QStringLiteral("lock page"));
        save(driver.wizard(), QStringLiteral("lock-held"));
        holder.kill();
        holder.waitForFinished();
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    TranslationLoader::install();
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || TestSupport::binary().isEmpty()) {
        std::fprintf(stderr, "usage: MA_BINARY=path/to/migration-assistant wizard-screenshots OUTDIR [--scene NAME]\n");
        return 2;
    }
    outDir = QDir(args.at(1)).absolutePath();
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    workDir = &dir;

    const int sceneAt = int(args.indexOf(QStringLiteral("--scene")));
    if (sceneAt > 0 && sceneAt + 1 < args.size()) {
        const QString scene = args.at(sceneAt + 1);
        if (scene == QLatin1String("run"))
            return sceneRun();
        if (scene == QLatin1String("done-200pct"))
            return sceneDoneScaled();
        if (scene == QLatin1String("fleet"))
            return sceneFleet();
        say(QStringLiteral("unknown scene ") + scene);
        return 2;
    }

    scenesInProcess();
    sceneFleet();
    QProcessEnvironment paused = QProcessEnvironment::systemEnvironment();
    // Two of the five chunked steps done: the bar stands at 40 %.
    paused.insert(QStringLiteral("MA_TEST_PAUSE_AT"), QStringLiteral("migrate-google_calendar"));
    runChild(QStringLiteral("run"), paused);
    QProcessEnvironment scaled = QProcessEnvironment::systemEnvironment();
    scaled.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    runChild(QStringLiteral("done-200pct"), scaled);
    say(failures == 0 ? QStringLiteral("all screenshots written to ") + outDir
                      : QStringLiteral("%1 step(s) failed").arg(failures));
    return failures == 0 ? 0 : 1;
}
