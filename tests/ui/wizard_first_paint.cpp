// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: how long until the wizard first paints, offscreen.
//
//   QT_QPA_PLATFORM=offscreen BUILD/tests/ui/wizard-first-paint
//
// starts the way the real wizard does (WizardLauncher: QApplication, translation, the
// wizard shown) and quits at the wizard's first paint event. It prints
//
//   first-paint-epoch-ns N     wall clock (CLOCK_REALTIME) at the first paint
//   main-to-first-paint-ms X   from main() to the first paint
//
// bench/run.sh takes the wall clock just before it starts the process, so process start
// (exec, dynamic loading of Qt) → first paint is first-paint-epoch-ns minus that.
// Settings go to a temporary INI file: a first start, never the user's settings.

#include "MigrationWizard.h"
#include "util/ApplicationIdentity.h"
#include "util/TranslationLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <chrono>
#include <cstdio>

namespace {

qint64 epochNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Notes the first paint event of any widget in the wizard's window, then quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    {
    }
    qint64 epoch = 0;
    qint64 sinceMainNs = 0;
    QElapsedTimer sinceMain;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (epoch == 0 && event->type() == QEvent::Paint && object->isWidgetType()
            && static_cast<QWidget *>(object)->window() == m_window) {
            epoch = epochNs();
            sinceMainNs = sinceMain.nsecsElapsed();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    TranslationLoader::install();
    QApplication::setApplicationDisplayName(QApplication::translate("WizardLauncher", "Migration Assistant"));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MigrationWizard wizard(&settings);
    FirstPaint watcher(&wizard);
    watcher.sinceMain = sinceMain;
    app.installEventFilter(&watcher);
    wizard.show();
    // Never hang a benchmark: no paint within 60 s is a failure.
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(2); });
    const int code = app.exec();
    app.removeEventFilter(&watcher);
    if (watcher.epoch == 0) {
        std::fprintf(stderr, "wizard-first-paint: no paint event\n");
        return code ? code : 2;
    }
    std::printf("first-paint-epoch-ns %lld\nmain-to-first-paint-ms %.1f\n", static_cast<long long>(watcher.epoch),
                watcher.sinceMainNs / 1e6);
    return 0;
}
