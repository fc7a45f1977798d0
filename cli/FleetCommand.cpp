// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SharedOptions.h"
#include "SignalGuard.h"
#include "fleet/FleetManifestReader.h"
#include "fleet/FleetRun.h"
#include "run/CancelToken.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTextStream>
#include <QtConcurrent>

QCommandLineOption FleetCommand::fleet()
{
    return {QStringLiteral("fleet"),
            tr("Run the action on every target of the manifest FILE (JSON; docs/fleet.md)."), QStringLiteral("FILE")};
}

QCommandLineOption FleetCommand::parallel()
{
    return {QStringLiteral("parallel"), tr("With --fleet: targets run at once (default: the manifest's, else 1)."),
            QStringLiteral("N")};
}

QString FleetCommand::strayOptions(const CommandLine &line) const
{
    if (!line.isSet(fleet()) && line.isSet(parallel()))
        return tr("--parallel goes with --fleet.");
    if (line.isSet(fleet()) && line.isSet(SharedOptions::db()))
        return tr("--fleet takes its targets from the manifest: leave out --db.");
    if (line.isSet(fleet()) && line.isSet(SharedOptions::lockFile()))
        return tr("--fleet gives every target its own lock: leave out --lock-file.");
    return {};
}

std::optional<int> FleetCommand::exitCodeOf(const FleetTargetResult &target)
{
    if (!target.ran)
        return std::nullopt;
    return int(exitCodeFor(target.outcome));
}

FleetReport::ExitCodes FleetCommand::exitCodesOf(const FleetResult &result)
{
    FleetReport::ExitCodes codes;
    for (const FleetTargetResult &t : result.targets)
        codes << exitCodeOf(t);
    return codes;
}

int FleetCommand::fleetExitCode(const FleetResult &result, const FleetReport::ExitCodes &codes)
{
    if (result.interrupted)
        return int(ExitCode::Interrupted);
    // The spec's order, most severe first; a target's bad input (a plan without SQL for its
    // driver) ranks after a failed migration and before a database that cannot be opened.
    for (const ExitCode code : {ExitCode::NeedsPerson, ExitCode::FailedRolledBack, ExitCode::BadInput,
                                ExitCode::CannotConnect, ExitCode::ChecksStopped, ExitCode::Locked})
        for (const std::optional<int> &c : codes)
            if (c && *c == int(code))
                return int(code);
    return int(ExitCode::Ok);
}

int FleetCommand::execute(const CommandLine &line)
{
    if (const QString stray = strayOptions(line); !stray.isEmpty())
        return line.usageError(stray);
    int parallelRuns = 0;
    if (line.isSet(parallel())) {
        bool ok = false;
        parallelRuns = line.value(parallel()).toInt(&ok);
        if (!ok || parallelRuns < 1 || parallelRuns > 256)
            return line.usageError(tr("--parallel takes a whole number from 1 to 256."));
    }
    ErrorInfo error;
    auto manifest = FleetManifestReader::read(line.value(fleet()), &error);
    if (!manifest)
        return line.usageError(error.message);
    RunOptions options;
    options.action = m_action;
    QString problem;
    // The command line wins over the manifest's defaults.
    const QString planName = line.isSet(SharedOptions::plan()) ? line.value(SharedOptions::plan()) : manifest->plan;
    if (!SharedOptions::readSettings(line, planName, &options, &problem))
        return line.usageError(problem);
    if (options.targetVersion.isEmpty())
        options.targetVersion = manifest->to;
    for (const QString &id : std::as_const(manifest->acceptedRisks))
        if (!options.acceptedRisks.contains(id))
            options.acceptedRisks << id;
    const int retryWait = line.isSet(SharedOptions::waitLock()) ? options.waitLockSeconds
                                                                 : qMax(0, manifest->waitLockSeconds);

    const bool textOutput = !line.isSet(SharedOptions::json());
    const bool progressEvents = line.isSet(SharedOptions::progress());
    QTextStream &out = line.out();
    QTextStream &err = line.err();
    QMutex printing;
    const auto event = [&](QJsonObject o) {
        QMutexLocker locker(&printing);
        err << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        err.flush();
    };

    CancelToken token;
    SignalGuard signals(&token);
    FleetRun run(*manifest, options, parallelRuns, retryWait);
    run.setCancelToken(&token);
    if (textOutput)
        run.setLogSink([&](const QString &text) {
            QMutexLocker locker(&printing);
            out << text << '\n';
            out.flush();
        });
    run.setFinishSink([&](const FleetTargetResult &t, bool final) {
        if (progressEvents) {
            QJsonObject o{{QStringLiteral("target"), t.target},
                          {QStringLiteral("event"), final ? QStringLiteral("finished") : QStringLiteral("locked")},
                          {QStringLiteral("result"), fleetStateWord(t.state)},
                          {QStringLiteral("duration_ms"), t.durationMs}};
            if (const auto code = exitCodeOf(t))
                o.insert(QStringLiteral("exit_code"), *code);
            if (!t.message.isEmpty())
                o.insert(QStringLiteral("message"), t.message);
            event(o);
        }
        if (textOutput && final) {
            QMutexLocker locker(&printing);
            out << tr("%1: %2 (%3 ms)").arg(t.target, fleetStateWord(t.state)).arg(t.durationMs) << '\n';
            out.flush();
        }
    });
    if (progressEvents) {
        run.setStartSink([&](const FleetTarget &t) {
            event({{QStringLiteral("target"), t.url()},
                   {QStringLiteral("event"), QStringLiteral("started")},
                   {QStringLiteral("label"), t.label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.label)},
                   {QStringLiteral("stage"), t.stage}});
        });
        run.setProgressSink([&](const FleetTarget &t, const ProgressEvent &e) {
            QJsonObject o{{QStringLiteral("target"), t.url()},
                          {QStringLiteral("step"), e.step},
                          {QStringLiteral("title"), e.stepTitle},
                          {QStringLiteral("done"), e.done},
                          {QStringLiteral("total"), e.total},
                          {QStringLiteral("eta_ms"), e.etaMs},
                          {QStringLiteral("elapsed_ms"), e.elapsedMs}};
            if (e.planIndex > 0) {
                o.insert(QStringLiteral("plan"), e.planId);
                o.insert(QStringLiteral("plan_index"), e.planIndex);
                o.insert(QStringLiteral("plan_count"), e.planCount);
            }
            event(o);
        });
    }

    // The fleet runs on a worker (its pool beneath it); this thread keeps an event loop free
    // for SIGINT and SIGTERM, as a single run does.
    QEventLoop loop;
    QFutureWatcher<FleetResult> watcher;
    QObject::connect(&watcher, &QFutureWatcher<FleetResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&run] { return run.run(); }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    FleetResult result = watcher.result();
    // The core says what stopped a target; how to go on from here is the command line's.
    for (FleetTargetResult &t : result.targets)
        if (!t.unacceptedWarnings.isEmpty())
            t.message += QLatin1Char(' ')
                + tr("Read them, then run again with --yes or --accept-risk %1 (or accept_risk in the manifest's defaults).")
                      .arg(t.unacceptedWarnings.join(QLatin1Char(',')));
    const FleetReport::ExitCodes codes = exitCodesOf(result);
    const int exitCode = fleetExitCode(result, codes);

    if (line.isSet(SharedOptions::report())) {
        ErrorInfo reportError;
        if (!FleetReport::write(result, codes, exitCode, line.value(SharedOptions::report()), &reportError))
            err << QStringLiteral("migration-assistant: %1\n").arg(reportError.message);
    }
    if (textOutput)
        out << '\n' << FleetReport::text(result, codes, exitCode);
    else
        out << QJsonDocument(FleetReport::document(result, codes, exitCode)).toJson(QJsonDocument::Indented);
    out.flush();
    if (exitCode != int(ExitCode::Ok)) {
        err << QStringLiteral("migration-assistant: %1\n").arg(FleetReport::summaryLine(result));
        err.flush();
    }
    return exitCode;
}
