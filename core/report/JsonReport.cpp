// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonReport.h"

#include <QJsonArray>

QJsonObject JsonReport::document(const RunResult &r, std::optional<int> exitCode)
{
    QJsonArray checkArray;
    for (const CheckResult &c : r.checks)
        checkArray.append(c.toJson());
    QJsonObject o{{QStringLiteral("plan"), r.planId},
                  {QStringLiteral("action"), runActionName(r.action)},
                  {QStringLiteral("database"), r.database},
                  {QStringLiteral("checks"), checkArray},
                  {QStringLiteral("blockers"), r.blockers()},
                  {QStringLiteral("warnings"), r.warnings()},
                  {QStringLiteral("result"), r.resultWord()},
                  {QStringLiteral("duration_ms"), r.durationMs}};
    // Only a command line has an exit code: it gives it, the wizard's reports have none.
    if (exitCode)
        o.insert(QStringLiteral("exit_code"), *exitCode);
    if (!r.planChecksum.isEmpty())
        o.insert(QStringLiteral("plan_checksum"), r.planChecksum);
    if (!r.tablesAfter.isEmpty()
        && (r.action == RunAction::Apply || r.action == RunAction::Rehearse || r.action == RunAction::Rollback)) {
        QJsonObject counts;
        for (const TableState &t : r.tablesAfter)
            counts.insert(t.table, t.rows);
        o.insert(QStringLiteral("counts"), counts);
    }
    if (!r.tablesBefore.isEmpty()) {
        QJsonObject counts;
        for (const TableState &t : r.tablesBefore)
            counts.insert(t.table, t.rows);
        o.insert(QStringLiteral("counts_before"), counts);
    }
    if (!r.validations.isEmpty()) {
        QJsonArray array;
        for (const ValidationResult &v : r.validations)
            array.append(v.toJson());
        o.insert(QStringLiteral("validations"), array);
    }
    if (r.error.isError())
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("message"), r.error.message}, {QStringLiteral("details"), r.error.details}});
    if (!r.differences.isEmpty())
        o.insert(QStringLiteral("differences"), QJsonArray::fromStringList(r.differences));
    if (!r.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    if (!r.backupPath.isEmpty())
        o.insert(QStringLiteral("backup"), r.backupPath);
    if (r.outcome == RunOutcome::Interrupted)
        o.insert(QStringLiteral("interrupted"), true);
    if (r.lockHolder.isKnown() || r.outcome == RunOutcome::Locked)
        o.insert(QStringLiteral("lock_holder"),
                 QJsonObject{{QStringLiteral("pid"), r.lockHolder.pid},
                             {QStringLiteral("host"), r.lockHolder.host},
                             {QStringLiteral("application"), r.lockHolder.application},
                             {QStringLiteral("since"), r.lockHolder.since.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("lock_file"), r.lockHolder.lockFile}});
    {
        const auto versionValue = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
        o.insert(QStringLiteral("from_version"), versionValue(r.fromVersion));
        o.insert(QStringLiteral("to_version"), versionValue(r.toVersion));
        QJsonArray path;
        for (const RunResult &part : r.path) {
            QJsonArray checks;
            for (const CheckResult &c : part.checks)
                checks.append(c.toJson());
            QJsonObject counts;
            for (const TableState &t : part.tablesAfter)
                counts.insert(t.table, t.rows);
            QJsonObject step{{QStringLiteral("plan"), part.planId},
                             {QStringLiteral("from"), part.fromVersion},
                             {QStringLiteral("to"), part.toVersion},
                             {QStringLiteral("result"), part.pathWord.isEmpty() ? part.resultWord() : part.pathWord},
                             {QStringLiteral("checks"), checks},
                             {QStringLiteral("counts"), counts}};
            if (part.error.isError())
                step.insert(QStringLiteral("message"), part.error.message);
            path.append(step);
        }
        o.insert(QStringLiteral("path"), path);
        if (r.planId.isEmpty())
            o.insert(QStringLiteral("plan"), QJsonValue());
    }
    if (r.action == RunAction::Status) {
        o.insert(QStringLiteral("version"), r.version.isEmpty() ? QJsonValue() : QJsonValue(r.version));
        o.insert(QStringLiteral("pending"), QJsonArray::fromStringList(r.pending));
        QJsonArray array;
        for (const HistoryEntry &e : r.history)
            array.append(e.toJson());
        o.insert(QStringLiteral("history"), array);
    }
    return o;
}
