// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedOptions.h"

#include "plan/PlanCatalogue.h"
#include "project/ProjectLoader.h"
#include "plan/PlanLoader.h"

#include "CommandLine.h"
#include "crypto/KeyFile.h"
#include "report/RunReport.h"

#include <QFile>
#include <QFileInfo>

#include <climits>

QCommandLineOption SharedOptions::db()
{
    return {QStringLiteral("db"), tr("The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB?schema=NAME."),
            QStringLiteral("URL")};
}

QCommandLineOption SharedOptions::plan()
{
    return {QStringLiteral("plan"),
            tr("Run exactly this plan: a built-in plan or a plan folder. Without it, the run takes the database "
               "from its version to the latest (or --to)."),
            QStringLiteral("NAME|DIR")};
}

QCommandLineOption SharedOptions::plans()
{
    return {QStringLiteral("plans"), tr("Also load every plan folder in DIR into the catalogue (may be repeated)."),
            QStringLiteral("DIR")};
}

QCommandLineOption SharedOptions::to()
{
    return {QStringLiteral("to"),
            tr("Stop the path at VERSION; with --rollback, undo applied plans back to VERSION; with --new-plan, "
               "the version the new plan goes to."),
            QStringLiteral("VERSION")};
}

QCommandLineOption SharedOptions::commitEach()
{
    return {QStringLiteral("commit-each"),
            tr("Commit after each plan of a path (default: the path's transactional plans run in one transaction).")};
}

QCommandLineOption SharedOptions::yes()
{
    return {QStringLiteral("yes"), tr("Proceed although checks raised warnings (blockers always stop).")};
}

QCommandLineOption SharedOptions::acceptRisk()
{
    return {QStringLiteral("accept-risk"), tr("Proceed past just these warnings (comma-separated check ids)."),
            QStringLiteral("IDS")};
}

QCommandLineOption SharedOptions::operatorName()
{
    return {QStringLiteral("operator"), tr("Who runs it, for the history (default: the OS user)."),
            QStringLiteral("NAME")};
}

QCommandLineOption SharedOptions::waitLock()
{
    return {QStringLiteral("wait-lock"), tr("Wait up to SECS for another run's lock."), QStringLiteral("SECS")};
}

QCommandLineOption SharedOptions::progress()
{
    return {QStringLiteral("progress"), tr("Progress events on stderr, one JSON object a line.")};
}

QCommandLineOption SharedOptions::json()
{
    return {QStringLiteral("json"), tr("Machine-readable output on stdout (one JSON document).")};
}

QCommandLineOption SharedOptions::report()
{
    return {QStringLiteral("report"), tr("Also write a report; format by extension (.json, .html, .txt, .pdf)."),
            QStringLiteral("FILE")};
}

QCommandLineOption SharedOptions::lockFile()
{
    return {QStringLiteral("lock-file"), tr("Where the run's lock file goes."), QStringLiteral("FILE")};
}

QCommandLineOption SharedOptions::passwordFile()
{
    return {QStringLiteral("password-file"), tr("Read the password from F (first line)."), QStringLiteral("F")};
}

QCommandLineOption SharedOptions::keyFile()
{
    return {QStringLiteral("key-file"),
            tr("The key of a plan that encrypts (encrypt-tokens): a file holding 64 hexadecimal "
               "characters. Never stored or printed."),
            QStringLiteral("FILE")};
}

QCommandLineOption SharedOptions::batchSize()
{
    return {QStringLiteral("batch-size"),
            tr("Rows per batch of a batched step, each batch one short transaction (default 1000)."),
            QStringLiteral("N")};
}

QCommandLineOption SharedOptions::batchPause()
{
    return {QStringLiteral("batch-pause-ms"), tr("Pause between batches, room for the application's writes (default 0)."),
            QStringLiteral("N")};
}

QList<QCommandLineOption> SharedOptions::targetOptions()
{
    return {db(), plan(), plans(), to(), commitEach()};
}

QList<QCommandLineOption> SharedOptions::runOptions()
{
    return {yes(),      acceptRisk(),   operatorName(), waitLock(),  progress(),  json(),
            report(),   lockFile(),     passwordFile(), keyFile(),   batchSize(), batchPause()};
}

std::shared_ptr<const PlanCatalogue> SharedOptions::readCatalogue(const CommandLine &line, QString *problem,
                                                                  const QString &planName)
{
    QString extra;
    const QString named = planName.isEmpty() && line.isSet(plan()) ? line.value(plan()) : planName;
    if (!named.isEmpty() && QFileInfo(named).isDir())
        extra = named;
    ErrorInfo error;
    auto catalogue = PlanCatalogue::load(line.values(plans()), extra, &error);
    if (!catalogue) {
        *problem = error.message;
        return nullptr;
    }
    return std::make_shared<const PlanCatalogue>(std::move(*catalogue));
}

QString SharedOptions::readPasswordFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return {};
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        *problem = tr("The password file %1 is empty.").arg(path);
    return line;
}

namespace {

// A whole number from min to max, or false.
bool readNumber(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= min && *value <= max;
}

} // namespace

bool SharedOptions::read(const CommandLine &line, RunOptions *options, QString *problem)
{
    if (!line.isSet(db())) {
        *problem = tr("--db URL is required.");
        return false;
    }
    ErrorInfo error;
    const auto connection = ConnectionSpec::parse(line.value(db()), &error);
    if (!connection) {
        *problem = error.message;
        return false;
    }
    options->connection = *connection;
    return readSettings(line, line.value(plan()), options, problem);
}

bool SharedOptions::readSettings(const CommandLine &line, const QString &planName, RunOptions *options, QString *problem)
{
    if (line.isSet(passwordFile())) {
        options->connection.password = readPasswordFile(line.value(passwordFile()), problem);
        if (!problem->isEmpty())
            return false;
    }
    // The plans are read once, here; the run and its report use these values. --plan names
    // the one plan to run; without it the run follows the catalogue's path.
    // A Sqitch, Flyway or golang-migrate project given with --plan is a chain of plans: the
    // run follows its path, like the built-in catalogue's.
    const ProjectKind kind = planName.isEmpty() ? ProjectKind::Unknown : ProjectLoader::kindOf(planName);
    const bool foreignProject = kind != ProjectKind::Unknown && kind != ProjectKind::PlanFolder;
    if (!planName.isEmpty() && !foreignProject) {
        ErrorInfo planError;
        auto loaded = PlanLoader::load(planName, &planError);
        if (!loaded) {
            *problem = planError.message;
            return false;
        }
        options->plan = std::make_shared<const Plan>(std::move(*loaded));
        // A single plan's run needs no catalogue; --status uses one for the version when the
        // plans link (a copy of a built-in plan in a folder does not).
        QString ignored;
        options->catalogue = readCatalogue(line, &ignored, planName);
    } else {
        options->catalogue = readCatalogue(line, problem, planName);
        if (!options->catalogue)
            return false;
    }
    options->targetVersion = line.value(to()).trimmed();
    if (line.isSet(to()) && options->targetVersion.isEmpty()) {
        *problem = tr("--to takes a version, such as v2.");
        return false;
    }
    options->commitEach = line.isSet(commitEach());
    options->acceptAllWarnings = line.isSet(yes());
    if (line.isSet(acceptRisk()))
        for (const QString &id : line.value(acceptRisk()).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options->acceptedRisks << id.trimmed();
    options->operatorName = line.value(operatorName());
    options->lockFile = line.value(lockFile());
    if (line.isSet(waitLock()) && !readNumber(line.value(waitLock()), 0, INT_MAX, &options->waitLockSeconds)) {
        *problem = tr("--wait-lock takes a number of seconds (0 or more).");
        return false;
    }
    if (line.isSet(batchSize()) && !readNumber(line.value(batchSize()), 1, 1'000'000, &options->batchSize)) {
        *problem = tr("--batch-size takes a whole number from 1 to 1000000.");
        return false;
    }
    if (line.isSet(batchPause()) && !readNumber(line.value(batchPause()), 0, 600'000, &options->batchPauseMs)) {
        *problem = tr("--batch-pause-ms takes a number of milliseconds from 0 to 600000.");
        return false;
    }
    if (line.isSet(keyFile())) {
        // Refused here, before any connection: a bad key file is bad input (exit 1). Read again by the run.
        ErrorInfo keyError;
        if (!KeyFile::read(line.value(keyFile()), &keyError)) {
            *problem = keyError.message;
            return false;
        }
        options->keyFile = line.value(keyFile());
    }
    if (line.isSet(report())) {
        const QString suffix = QFileInfo(line.value(report())).suffix().toLower();
        if (!RunReport::formats().contains(suffix)) {
            *problem = tr("--report: use a file name ending in .%1.").arg(RunReport::formats().join(QStringLiteral(", .")));
            return false;
        }
    }
    return true;
}
