#include "HeadlessCommand.h"

#include "ExitCode.h"

#include "run/CancelToken.h"
#include "crypto/KeyFile.h"
#include "util/ApplicationIdentity.h"
#include "demo/DemoDatabaseWriter.h"
#include "util/LoggingCategories.h"
#include "transaction/MigrationRunner.h"
#include "plan/PlanLoader.h"
#include "plan/PlanScript.h"
#include "report/RunReport.h"
#include "util/TranslationLoader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSocketNotifier>
#include <QTextStream>
#include <QtConcurrent>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    // Only async-signal-safe work here: the event loop reads the pipe and cancels.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM cancel the run: the worker rolls back and the process exits 130.
class SignalGuard
{
public:
    explicit SignalGuard(CancelToken *token)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [token] {
            char byte;
            [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
            token->cancel();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~SignalGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        for (int &fd : signalPipe)
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

QString readPasswordFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = HeadlessCommand::tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return {};
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        *problem = HeadlessCommand::tr("The password file %1 is empty.").arg(path);
    return line;
}

int usageError(QTextStream &err, const QString &message, bool json, QTextStream &out)
{
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("result"), QStringLiteral("failed")},
                                         {QStringLiteral("exit_code"), int(ExitCode::BadInput)},
                                         {QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("message"), message}}}})
                   .toJson(QJsonDocument::Indented);
        out.flush();
    }
    err << QStringLiteral("migration-assistant: %1\n").arg(message)
        << HeadlessCommand::tr("Try 'migration-assistant --help' for the options.\n");
    err.flush();
    return int(ExitCode::BadInput);
}

} // namespace

bool HeadlessCommand::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--demo" || a.startsWith("--demo=") || a == "--help" || a == "-h"
            || a == "--version" || a == "-v" || a == "--help-all" || a == "--print-sql" || a.startsWith("--print-sql="))
            return true;
    }
    return false;
}

bool HeadlessCommand::wantsPdfReport(int argc, char **argv)
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

void HeadlessCommand::configureApplication()
{
    ApplicationIdentity::apply();
}

void HeadlessCommand::installTranslations(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("--json") || a == QLatin1String("-json") || a == QLatin1String("--progress")
            || a == QLatin1String("-progress"))
            return;
    TranslationLoader::install();
}

int HeadlessCommand::main(int argc, char **argv)
{
    // Over a file size limit (ulimit -f) a write must fail (EFBIG) and be rolled back like a
    // full disk, not kill the process in the middle of a COMMIT.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    configureApplication();
    installTranslations(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

int HeadlessCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Migration Assistant moves a database from one schema version to the next, all or nothing.\n"
           "Without --headless it opens the wizard."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption headless(QStringLiteral("headless"), tr("Run without a window; never ask a question."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB?schema=NAME."),
                                QStringLiteral("URL"));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("A built-in plan (default user-integrations) or a plan folder."),
                                  QStringLiteral("NAME|DIR"));
    const QCommandLineOption check(QStringLiteral("check"), tr("Run the pre-migration checks, print them, change nothing."));
    const QCommandLineOption rehearse(QStringLiteral("rehearse"),
                                      tr("Run the migration and its validation in a transaction, report, roll back."));
    const QCommandLineOption apply(QStringLiteral("apply"), tr("Checks, then the migration, then validation."));
    const QCommandLineOption rollback(QStringLiteral("rollback"), tr("Undo the last applied run, then verify the restore."));
    const QCommandLineOption status(QStringLiteral("status"), tr("Print the plan's history in this database."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Proceed although checks raised warnings (blockers always stop)."));
    const QCommandLineOption acceptRisk(QStringLiteral("accept-risk"), tr("Proceed past just these warnings (comma-separated check ids)."),
                                        QStringLiteral("IDS"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), tr("Who runs it, for the history (default: the OS user)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption waitLock(QStringLiteral("wait-lock"), tr("Wait up to SECS for another run's lock."),
                                      QStringLiteral("SECS"));
    const QCommandLineOption progressOption(QStringLiteral("progress"), tr("Progress events on stderr, one JSON object a line."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output on stdout (one JSON document)."));
    const QCommandLineOption report(QStringLiteral("report"), tr("Also write a report; format by extension (.json, .html, .txt)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption lockFile(QStringLiteral("lock-file"), tr("Where the run's lock file goes."), QStringLiteral("FILE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), tr("Read the password from F (first line)."),
                                          QStringLiteral("F"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Write a v1 demo SQLite database at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption users(QStringLiteral("users"), tr("Users in the demo database (default 10000)."), QStringLiteral("N"));
    const QCommandLineOption printSql(QStringLiteral("print-sql"),
                                      tr("Print the plan's migration as one SQL script for DRIVER (sqlite or postgresql) "
                                         "and exit; with --rollback, the rollback script."),
                                      QStringLiteral("DRIVER"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log what the run does (lock, connection, steps, backup) on stderr; "
                                        "the wizard takes it too."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     tr("The key of a plan that encrypts (encrypt-tokens): a file holding 64 hexadecimal "
                                        "characters. Never stored or printed."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       tr("Rows per batch of a batched step, each batch one short transaction "
                                          "(default 1000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption batchPause(QStringLiteral("batch-pause-ms"),
                                        tr("Pause between batches, room for the application's writes (default 0)."),
                                        QStringLiteral("N"));
    for (const auto &o : {help, version, headless, db, plan, check, rehearse, apply, rollback, status, yes, acceptRisk,
                          operatorName, waitLock, progressOption, json, report, lockFile, passwordFile, demo, users, printSql,
                          verbose, keyFile, batchSize, batchPause})
        parser.addOption(o);

    const bool wantsJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText(), wantsJson, out);
    LoggingCategories::setUp(parser.isSet(verbose));
    if (parser.isSet(help)) {
        out << parser.helpText()
            << tr("\nExit codes: 0 done or nothing to do, 1 bad usage or input, 2 cannot open the database,\n"
                  "3 checks stopped the run, 4 another run holds the lock, 5 failed and rolled back,\n"
                  "6 rollback failed or its verification found a difference, 130 interrupted.\n");
        return 0;
    }
    if (parser.isSet(version)) {
        out << QStringLiteral("%1 %2\n").arg(ApplicationIdentity::applicationName(), ApplicationIdentity::version());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, tr("Unexpected argument \"%1\" (give the database with --db).")
                                   .arg(parser.positionalArguments().first()),
                          wantsJson, out);

    if (parser.isSet(demo)) {
        bool ok = true;
        const int count = parser.isSet(users) ? parser.value(users).toInt(&ok) : 10000;
        if (!ok || count < 1 || count > 50'000'000)
            return usageError(err, tr("--users takes a whole number from 1 to 50000000."), wantsJson, out);
        ErrorInfo error;
        if (!DemoDatabaseWriter::write(parser.value(demo), count, &error))
            return usageError(err, error.message, wantsJson, out);
        out << tr("Wrote a v1 demo database with %n users: %1\n", nullptr, count)
                   .arg(QFileInfo(parser.value(demo)).absoluteFilePath());
        return 0;
    }
    if (parser.isSet(users))
        return usageError(err, tr("--users goes with --demo."), wantsJson, out);
    if (parser.isSet(printSql)) {
        const QString driver = parser.value(printSql);
        ErrorInfo error;
        const auto loaded = PlanLoader::load(parser.value(plan), &error);
        if (!loaded)
            return usageError(err, error.message, wantsJson, out);
        if (!loaded->supportsDriver(driver))
            return usageError(err, tr("The plan \"%1\" has no SQL for \"%2\".").arg(loaded->id, driver), wantsJson, out);
        // The schema of --db when given (PostgreSQL), so the script runs as the assistant would.
        QString schema = QStringLiteral("public");
        if (parser.isSet(db)) {
            const auto target = ConnectionSpec::parse(parser.value(db), &error);
            if (!target)
                return usageError(err, error.message, wantsJson, out);
            schema = target->schema;
        }
        out << (parser.isSet(rollback) ? PlanScript::rollback(*loaded, driver, schema)
                                       : PlanScript::migration(*loaded, driver, schema));
        return 0;
    }
    if (!parser.isSet(headless))
        return usageError(err, tr("These options need --headless."), wantsJson, out);

    RunOptions options;
    int actions = 0;
    for (const auto &[option, action] : {std::pair{check, RunAction::Check}, {rehearse, RunAction::Rehearse},
                                         {apply, RunAction::Apply}, {rollback, RunAction::Rollback},
                                         {status, RunAction::Status}})
        if (parser.isSet(option)) {
            options.action = action;
            ++actions;
        }
    if (actions != 1)
        return usageError(err, tr("Give exactly one action: --check, --rehearse, --apply, --rollback or --status."),
                          wantsJson, out);
    if (!parser.isSet(db))
        return usageError(err, tr("--db URL is required."), wantsJson, out);
    ErrorInfo error;
    const auto connection = ConnectionSpec::parse(parser.value(db), &error);
    if (!connection)
        return usageError(err, error.message, wantsJson, out);
    options.connection = *connection;
    if (parser.isSet(passwordFile)) {
        QString problem;
        options.connection.password = readPasswordFile(parser.value(passwordFile), &problem);
        if (!problem.isEmpty())
            return usageError(err, problem, wantsJson, out);
    }
    options.plan = parser.value(plan);
    options.acceptAllWarnings = parser.isSet(yes);
    if (parser.isSet(acceptRisk))
        for (const QString &id : parser.value(acceptRisk).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.acceptedRisks << id.trimmed();
    options.operatorName = parser.value(operatorName);
    options.lockFile = parser.value(lockFile);
    if (parser.isSet(waitLock)) {
        bool ok = false;
        options.waitLockSeconds = parser.value(waitLock).toInt(&ok);
        if (!ok || options.waitLockSeconds < 0)
            return usageError(err, tr("--wait-lock takes a number of seconds (0 or more)."), wantsJson, out);
    }
    if (parser.isSet(batchSize)) {
        bool ok = false;
        options.batchSize = parser.value(batchSize).toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 1'000'000)
            return usageError(err, tr("--batch-size takes a whole number from 1 to 1000000."), wantsJson, out);
    }
    if (parser.isSet(batchPause)) {
        bool ok = false;
        options.batchPauseMs = parser.value(batchPause).toInt(&ok);
        if (!ok || options.batchPauseMs < 0 || options.batchPauseMs > 600'000)
            return usageError(err, tr("--batch-pause-ms takes a number of milliseconds from 0 to 600000."), wantsJson,
                              out);
    }
    if (parser.isSet(keyFile)) {
        // Refused here, before any connection: a bad key file is bad input (exit 1). Read again by the run.
        ErrorInfo keyError;
        if (!KeyFile::read(parser.value(keyFile), &keyError))
            return usageError(err, keyError.message, wantsJson, out);
        options.keyFile = parser.value(keyFile);
    }
    if (parser.isSet(report)) {
        const QString suffix = QFileInfo(parser.value(report)).suffix().toLower();
        if (!RunReport::formats().contains(suffix))
            return usageError(err, tr("--report: use a file name ending in .%1.")
                                       .arg(RunReport::formats().join(QStringLiteral(", ."))),
                              wantsJson, out);
    }
    const bool textOutput = !parser.isSet(json);
    const bool progressEvents = parser.isSet(progressOption);

    CancelToken token;
    SignalGuard signals(&token);
    MigrationRunner runner(options);
    runner.setCancelToken(&token);
    QMutex printing;
    if (textOutput)
        runner.setLogSink([&](const QString &line) {
            QMutexLocker locker(&printing);
            out << line << '\n';
            out.flush();
        });
    if (progressEvents)
        runner.setProgressSink([&](const ProgressEvent &e) {
            const QJsonObject o{{QStringLiteral("step"), e.step},
                                {QStringLiteral("title"), e.stepTitle},
                                {QStringLiteral("done"), e.done},
                                {QStringLiteral("total"), e.total},
                                {QStringLiteral("eta_ms"), e.etaMs},
                                {QStringLiteral("elapsed_ms"), e.elapsedMs}};
            QMutexLocker locker(&printing);
            err << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            err.flush();
        });

    // The run goes on a worker thread with its own connection; this thread keeps the
    // event loop free for SIGINT and SIGTERM.
    QFutureWatcher<RunResult> watcher;
    QObject::connect(&watcher, &QFutureWatcher<RunResult>::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    watcher.setFuture(QtConcurrent::run([&runner] { return runner.run(); }));
    if (!watcher.isFinished())
        QCoreApplication::exec();
    watcher.waitForFinished();
    const RunResult result = watcher.result();
    const int exitCode = int(exitCodeFor(result.outcome));

    if (parser.isSet(report)) {
        ErrorInfo reportError;
        if (!RunReport::write(result, parser.value(report), &reportError, exitCode))
            err << QStringLiteral("migration-assistant: %1\n").arg(reportError.message);
    }
    if (textOutput)
        out << '\n' << RunReport::text(result, exitCode);
    else
        out << RunReport::json(result, exitCode);
    out.flush();
    // Scripts read stderr for the reason a run did not do its job.
    if (result.error.isError() && result.outcome != RunOutcome::Ok && result.outcome != RunOutcome::NothingToDo) {
        QString message = result.error.message;
        // The core says what stopped the run; how to go on from here is the command line's.
        if (result.outcome == RunOutcome::Blocked && result.blockers() == 0 && !result.unacceptedWarnings().isEmpty())
            message += QLatin1Char(' ')
                + tr("Read them, then run again with --yes or --accept-risk %1.")
                      .arg(result.unacceptedWarnings().join(QLatin1Char(',')));
        err << QStringLiteral("migration-assistant: %1\n").arg(message);
        err.flush();
    }
    return exitCode;
}
