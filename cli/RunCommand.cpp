// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SharedOptions.h"
#include "SignalGuard.h"
#include "report/RunReport.h"
#include "run/CancelToken.h"
#include "transaction/MigrationRunner.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTextStream>
#include <QtConcurrent>

RunCommand::RunCommand(RunAction action)
    : m_action(action)
{
}

QString RunCommand::failureMessage(const RunResult &result)
{
    if (!result.error.isError() || result.outcome == RunOutcome::Ok || result.outcome == RunOutcome::NothingToDo)
        return {};
    QString message = result.error.message;
    // The core says what stopped the run; how to go on from here is the command line's.
    if (result.outcome == RunOutcome::Blocked && result.blockers() == 0 && !result.unacceptedWarnings().isEmpty())
        message += QLatin1Char(' ')
            + tr("Read them, then run again with --yes or --accept-risk %1.")
                  .arg(result.unacceptedWarnings().join(QLatin1Char(',')));
    return message;
}

int RunCommand::execute(const CommandLine &line)
{
    RunOptions options;
    options.action = m_action;
    QString problem;
    if (!SharedOptions::read(line, &options, &problem) || !readOwnOptions(line, &options, &problem))
        return line.usageError(problem);
    const bool textOutput = !line.isSet(SharedOptions::json());
    const bool progressEvents = line.isSet(SharedOptions::progress());
    QTextStream &out = line.out();
    QTextStream &err = line.err();

    CancelToken token;
    SignalGuard signals(&token);
    MigrationRunner runner(options);
    runner.setCancelToken(&token);
    QMutex printing;
    if (textOutput)
        runner.setLogSink([&](const QString &text) {
            QMutexLocker locker(&printing);
            out << text << '\n';
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
            QJsonObject event = o;
            if (e.planIndex > 0) {
                event.insert(QStringLiteral("plan"), e.planId);
                event.insert(QStringLiteral("plan_index"), e.planIndex);
                event.insert(QStringLiteral("plan_count"), e.planCount);
            }
            QMutexLocker locker(&printing);
            err << QJsonDocument(event).toJson(QJsonDocument::Compact) << '\n';
            err.flush();
        });

    // The run goes on a worker thread with its own connection; this thread keeps an event
    // loop free for SIGINT and SIGTERM.
    QEventLoop loop;
    QFutureWatcher<RunResult> watcher;
    QObject::connect(&watcher, &QFutureWatcher<RunResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&runner] { return runner.run(); }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    const RunResult result = watcher.result();
    const int exitCode = int(exitCodeFor(result.outcome));

    if (line.isSet(SharedOptions::report())) {
        ErrorInfo reportError;
        if (!RunReport::write(result, line.value(SharedOptions::report()), &reportError, exitCode))
            err << QStringLiteral("migration-assistant: %1\n").arg(reportError.message);
    }
    if (textOutput)
        out << '\n' << RunReport::text(result, exitCode);
    else
        out << RunReport::json(result, exitCode);
    out.flush();
    // Scripts read stderr for the reason a run did not do its job.
    const QString failure = failureMessage(result);
    if (!failure.isEmpty()) {
        err << QStringLiteral("migration-assistant: %1\n").arg(failure);
        err.flush();
    }
    return exitCode;
}
