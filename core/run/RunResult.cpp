#include "run/RunResult.h"

#include "snapshot/TableSnapshot.h"

#include <QJsonArray>

int RunResult::blockers() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const CheckResult &c) { return c.isBlocking(); }));
}

int RunResult::warnings() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const CheckResult &c) { return c.isWarning(); }));
}

QStringList RunResult::unacceptedWarnings() const
{
    QStringList ids;
    for (const CheckResult &c : checks)
        if (c.isWarning() && !c.accepted)
            ids << c.id;
    return ids;
}

QJsonObject RunResult::toJson() const
{
    QJsonArray checkArray;
    for (const CheckResult &c : checks)
        checkArray.append(c.toJson());
    QJsonObject o{{QStringLiteral("plan"), planId},
                  {QStringLiteral("action"), runActionName(action)},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("checks"), checkArray},
                  {QStringLiteral("blockers"), blockers()},
                  {QStringLiteral("warnings"), warnings()},
                  {QStringLiteral("result"), resultWord()},
                  {QStringLiteral("exit_code"), int(exitCode())},
                  {QStringLiteral("duration_ms"), durationMs}};
    if (!planChecksum.isEmpty())
        o.insert(QStringLiteral("plan_checksum"), planChecksum);
    if (!tablesAfter.isEmpty()
        && (action == RunAction::Apply || action == RunAction::Rehearse || action == RunAction::Rollback)) {
        QJsonObject counts;
        for (const TableState &t : tablesAfter)
            counts.insert(t.table, t.rows);
        o.insert(QStringLiteral("counts"), counts);
    }
    if (!tablesBefore.isEmpty()) {
        QJsonObject counts;
        for (const TableState &t : tablesBefore)
            counts.insert(t.table, t.rows);
        o.insert(QStringLiteral("counts_before"), counts);
    }
    if (!validations.isEmpty()) {
        QJsonArray array;
        for (const ValidationResult &v : validations)
            array.append(v.toJson());
        o.insert(QStringLiteral("validations"), array);
    }
    if (error.isError())
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("message"), error.message}, {QStringLiteral("details"), error.details}});
    if (!differences.isEmpty())
        o.insert(QStringLiteral("differences"), QJsonArray::fromStringList(differences));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    if (!backupPath.isEmpty())
        o.insert(QStringLiteral("backup"), backupPath);
    if (outcome == RunOutcome::Interrupted)
        o.insert(QStringLiteral("interrupted"), true);
    if (lockHolder.isKnown() || outcome == RunOutcome::Locked)
        o.insert(QStringLiteral("lock_holder"),
                 QJsonObject{{QStringLiteral("pid"), lockHolder.pid},
                             {QStringLiteral("host"), lockHolder.host},
                             {QStringLiteral("application"), lockHolder.application},
                             {QStringLiteral("since"), lockHolder.since.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("lock_file"), lockHolder.lockFile}});
    if (action == RunAction::Status) {
        QJsonArray array;
        for (const HistoryEntry &e : history)
            array.append(e.toJson());
        o.insert(QStringLiteral("history"), array);
    }
    return o;
}
