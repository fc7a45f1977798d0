#include "WizardLauncher.h"

#include "MigrationWizard.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

int WizardLauncher::main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("migration-assistant"));
    QApplication::setOrganizationName(QStringLiteral("migration-assistant"));
    QApplication::setApplicationVersion(QStringLiteral(MA_VERSION));
    // The system locale's language (LANG=de_DE.UTF-8: German), before any text is made.
    TranslationLoader::install();
    QApplication::setApplicationDisplayName(QApplication::translate("WizardLauncher", "Migration Assistant"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "WizardLauncher", "Opens the Migration Assistant wizard; see --help for the headless mode."));
    parser.addPositionalArgument(QStringLiteral("DBFILE"),
                                 QApplication::translate("WizardLauncher", "A SQLite database to open and test."),
                                 QStringLiteral("[DBFILE]"));
    if (!parser.parse(QApplication::arguments()) || parser.positionalArguments().size() > 1) {
        const QString message = parser.errorText().isEmpty()
            ? QApplication::translate("WizardLauncher", "Give at most one database file.")
            : parser.errorText();
        std::fprintf(stderr, "migration-assistant: %s\n%s\n", qPrintable(message),
                     qPrintable(QApplication::translate("WizardLauncher",
                                                        "Try 'migration-assistant --help' for the options.")));
        return 1;
    }

    MigrationWizard wizard;
    wizard.show();
    if (!parser.positionalArguments().isEmpty())
        wizard.openDatabaseFile(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    return app.exec();
}
