// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "ApplyCommand.h"
#include "BaselineCommand.h"
#include "CheckCommand.h"
#include "CommandLine.h"
#include "DemoCommand.h"
#include "FinalizeCommand.h"
#include "FleetCommand.h"
#include "HelpCommand.h"
#include "LintCommand.h"
#include "NewPlanCommand.h"
#include "PrintSqlCommand.h"
#include "RehearseCommand.h"
#include "RollbackCommand.h"
#include "SharedOptions.h"
#include "StatusCommand.h"
#include "VersionCommand.h"
#include "util/ApplicationIdentity.h"
#include "util/LoggingCategories.h"
#include "util/TranslationLoader.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <vector>

bool Cli::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--demo" || a.startsWith("--demo=") || a == "--help" || a == "-h"
            || a == "--version" || a == "-v" || a == "--help-all" || a == "--print-sql" || a.startsWith("--print-sql=") || a == "--lint"
            || a.startsWith("--lint=") || a == "--new-plan" || a.startsWith("--new-plan="))
            return true;
    }
    return false;
}

bool Cli::wantsPdfReport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        const QByteArray value = a == "--report" && i + 1 < argc ? QByteArray(argv[i + 1])
                                 : a.startsWith("--report=")     ? a.mid(9)
                                                                 : QByteArray();
        if (value.toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

void Cli::setUpApplication()
{
    ApplicationIdentity::apply();
    installTranslations(QCoreApplication::arguments());
}

void Cli::installTranslations(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("--json") || a == QLatin1String("-json") || a == QLatin1String("--progress")
            || a == QLatin1String("-progress"))
            return;
    TranslationLoader::install();
}

int Cli::main(int argc, char **argv)
{
    // Over a file size limit (ulimit -f) a write must fail (EFBIG) and be rolled back like a
    // full disk, not kill the process in the middle of a COMMIT.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    setUpApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), {out, err});
}

int Cli::run(const QStringList &arguments, const CommandStreams &streams)
{
    HelpCommand help;
    VersionCommand version;
    DemoCommand demo;
    PrintSqlCommand printSql;
    LintCommand lint;
    NewPlanCommand newPlan;
    CheckCommand check;
    RehearseCommand rehearse;
    ApplyCommand apply;
    RollbackCommand rollback;
    StatusCommand status;
    BaselineCommand baseline;
    FinalizeCommand finalize;
    FleetCommand fleet;
    // Exactly one of these per headless run.
    const std::vector<Command *> runCommands{&check, &rehearse, &apply, &rollback, &status, &baseline, &finalize};

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Migration Assistant moves a database from one schema version to the next, all or nothing.\n"
           "Without --headless it opens the wizard."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption headless(QStringLiteral("headless"), tr("Run without a window; never ask a question."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log what the run does (lock, connection, steps, backup) on stderr; "
                                        "the wizard takes it too."));
    // The order --help lists them in.
    QList<QCommandLineOption> all = help.options() + version.options();
    all << headless;
    all += SharedOptions::targetOptions();
    for (const Command *c : runCommands)
        all += c->options();
    all += SharedOptions::runOptions();
    all += fleet.options();
    all += demo.options() + printSql.options() + lint.options() + newPlan.options();
    all << verbose;
    for (const QCommandLineOption &o : std::as_const(all))
        parser.addOption(o);

    const bool wantsJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return CommandLine::usageError(parser.errorText(), wantsJson, streams);
    const CommandLine line(parser, streams, wantsJson);
    LoggingCategories::setUp(parser.isSet(verbose));
    if (help.isPicked(line))
        return help.execute(line);
    if (version.isPicked(line))
        return version.execute(line);
    if (!parser.positionalArguments().isEmpty())
        return line.usageError(tr("Unexpected argument \"%1\" (give the database with --db).")
                                   .arg(parser.positionalArguments().constFirst()));
    if (demo.isPicked(line))
        return demo.execute(line);
    if (const QString stray = demo.strayOptions(line); !stray.isEmpty())
        return line.usageError(stray);
    if (printSql.isPicked(line))
        return printSql.execute(line);
    if (lint.isPicked(line))
        return lint.execute(line);
    if (newPlan.isPicked(line))
        return newPlan.execute(line);
    if (const QString stray = newPlan.strayOptions(line); !stray.isEmpty())
        return line.usageError(stray);
    if (!parser.isSet(headless))
        return line.usageError(tr("These options need --headless."));

    if (fleet.isPicked(line)) {
        // A fleet runs one of the five actions of a single run on each target.
        const std::vector<RunCommand *> fleetActions{&check, &rehearse, &apply, &rollback, &status};
        RunCommand *action = nullptr;
        int count = 0;
        for (RunCommand *c : fleetActions)
            if (c->isPicked(line)) {
                action = c;
                ++count;
            }
        if (count != 1 || baseline.isPicked(line) || finalize.isPicked(line))
            return line.usageError(tr("--fleet takes exactly one action: --check, --rehearse, --apply, --rollback or --status."));
        fleet.setAction(action->action());
        return fleet.execute(line);
    }
    if (const QString stray = fleet.strayOptions(line); !stray.isEmpty())
        return line.usageError(stray);

    Command *picked = nullptr;
    int actions = 0;
    for (Command *c : runCommands)
        if (c->isPicked(line)) {
            picked = c;
            ++actions;
        }
    if (actions != 1)
        return line.usageError(tr("Give exactly one action: --check, --rehearse, --apply, --rollback, --status, --baseline or --finalize."));
    return picked->execute(line);
}
