// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "util/ApplicationIdentity.h"
#include "util/LoggingCategories.h"
#include "MigrationWizard.h"
#include "util/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

int WizardLauncher::main(int argc, char **argv)
{
    // Without a display QApplication would abort with a core dump: on a server, a mistyped
    // --headless gets a sentence and exit code 1 instead.
    bool platformGiven = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i)
        platformGiven = platformGiven || qstrcmp(argv[i], "-platform") == 0;
    if (!platformGiven && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "migration-assistant: %s\nTry 'migration-assistant --help' for the options.\n",
                     qPrintable(QApplication::translate("WizardLauncher",
                                                        "There is no display to open the wizard on. Without one, "
                                                        "run it with --headless.")));
        return 1;
    }
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    // The system locale's language (LANG=de_DE.UTF-8: German), before any text is made.
    TranslationLoader::install();
    QApplication::setApplicationDisplayName(QApplication::translate("WizardLauncher", "Migration Assistant"));
    // Lets Wayland compositors and docks match the window to the installed .desktop entry.
    QGuiApplication::setDesktopFileName(ApplicationIdentity::desktopFileName());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "WizardLauncher", "Opens the Migration Assistant wizard; see --help for the headless mode."));
    parser.addPositionalArgument(QStringLiteral("DBFILE"),
                                 QApplication::translate("WizardLauncher", "A SQLite database to open and test."),
                                 QStringLiteral("[DBFILE]"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("WizardLauncher", "Log what the runs do on stderr."));
    parser.addOption(verbose);
    if (!parser.parse(QApplication::arguments()) || parser.positionalArguments().size() > 1) {
        const QString message = parser.errorText().isEmpty()
            ? QApplication::translate("WizardLauncher", "Give at most one database file.")
            : parser.errorText();
        std::fprintf(stderr, "migration-assistant: %s\n%s\n", qPrintable(message),
                     qPrintable(QApplication::translate("WizardLauncher",
                                                        "Try 'migration-assistant --help' for the options.")));
        return 1;
    }
    LoggingCategories::setUp(parser.isSet(verbose));

    MigrationWizard wizard;
    wizard.show();
    if (!parser.positionalArguments().isEmpty())
        wizard.openDatabaseFile(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    return app.exec();
}
