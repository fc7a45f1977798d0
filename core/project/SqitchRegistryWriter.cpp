// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SqitchRegistryWriter.h"

#include "db/DatabaseConnection.h"
#include "plan/StatementSplitter.h"

#include <QFile>
#include <QSqlQuery>

namespace {

// Sqitch's text columns are NOT NULL (DEFAULT ''): an empty QString must bind as '', and QtSql
// binds a null QString as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

SqitchRegistryWriter::SqitchRegistryWriter(DatabaseConnection &db, const QString &schema, const SqitchPlanFile &plan,
                                           const QStringList &scriptHashes)
    : m_db(db), m_schema(schema), m_plan(plan), m_scriptHashes(scriptHashes)
{
}

bool SqitchRegistryWriter::pg() const
{
    return !m_db.isSqlite();
}

QString SqitchRegistryWriter::table(const QString &name) const
{
    return pg() ? DatabaseConnection::quoteIdentifier(m_schema) + QLatin1Char('.') + name : name;
}

QString SqitchRegistryWriter::ts(const QString &committedAt, QVariantList *values) const
{
    if (pg())
        return QStringLiteral("clock_timestamp()");
    values->append(committedAt);
    return QStringLiteral("?");
}

QString SqitchRegistryWriter::plannedAt(const QDateTime &utc) const
{
    // Sqitch's _char2ts: "YYYY-MM-DD HH:MM:SS" in UTC on SQLite, an ISO time with its zone on
    // PostgreSQL (a timestamptz: the same instant whatever the session's zone).
    const QString text = utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return pg() ? text + QStringLiteral(" +0000") : text;
}

bool SqitchRegistryWriter::exists(ErrorInfo *error) const
{
    const QVariant found = pg()
        ? m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = ? AND tablename = 'changes'"),
                      error, {m_schema})
        : m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'changes'"), error);
    return found.isValid() && found.toLongLong() > 0;
}

bool SqitchRegistryWriter::ensure(const QString &name, const QString &email, ErrorInfo *error) const
{
    ErrorInfo probe;
    if (exists(&probe)) {
        const QVariant version = m_db.scalar(
            pg() ? QStringLiteral("SELECT MAX(version)::TEXT FROM %1").arg(table(QStringLiteral("releases")))
                 : QStringLiteral("SELECT CAST(ROUND(MAX(version), 1) AS TEXT) FROM releases"),
            error);
        if (!version.isValid())
            return false;
        if (version.toString() != registryRelease())
            return fail(error, tr("Sqitch's registry is of release %1; this assistant writes release %2. Run `sqitch "
                                  "upgrade` (or a Sqitch of that release) on the database first.")
                                   .arg(version.toString(), registryRelease()));
        return true;
    }
    if (probe.isError())
        return fail(error, probe.message, probe.details);
    QFile file(pg() ? QStringLiteral(":/sqitch/pg-registry.sql") : QStringLiteral(":/sqitch/sqlite-registry.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("The Sqitch registry's definition is missing from this build."), file.fileName());
    QString ddl = QString::fromUtf8(file.readAll());
    // psql's variables, as Sqitch sets them: the schema, and no table options (Postgres-XC only).
    ddl.replace(QLatin1String(":\"registry\""), DatabaseConnection::quoteIdentifier(m_schema));
    ddl.replace(QLatin1String(":tableopts"), QString());
    const auto dialect = pg() ? StatementSplitter::Dialect::Postgresql : StatementSplitter::Dialect::Sqlite;
    for (QString statement : StatementSplitter::split(ddl, dialect)) {
        statement = statement.trimmed();
        while (statement.startsWith(QLatin1String("--")))
            statement = statement.section(QLatin1Char('\n'), 1).trimmed();
        const QString head = statement.section(QLatin1Char(';'), 0, 0).trimmed().toUpper();
        // The file's own BEGIN/COMMIT: here the caller's transaction holds it.
        if (head == QLatin1String("BEGIN") || head == QLatin1String("COMMIT") || statement.isEmpty())
            continue;
        if (head.startsWith(QLatin1String("SET ")))
            statement.insert(4, QStringLiteral("LOCAL ")); // for this transaction only, not the session
        if (!m_db.exec(statement, error, tr("creating Sqitch's registry")))
            return false;
    }
    QSqlQuery q = m_db.query();
    QVariantList values{registryRelease().toDouble()};
    const QString at = pg() ? QStringLiteral("clock_timestamp()") : QStringLiteral("strftime('%Y-%m-%d %H:%M:%f')");
    values << text(name) << text(email);
    return m_db.exec(q, QStringLiteral("INSERT INTO %1 (version, installed_at, installer_name, installer_email) VALUES (?, %2, ?, ?)")
                            .arg(table(QStringLiteral("releases")), at),
                     values, error, tr("recording Sqitch's registry release"));
}

bool SqitchRegistryWriter::registerProject(const QString &name, const QString &email, ErrorInfo *error) const
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT uri FROM %1 WHERE project = ?").arg(table(QStringLiteral("projects"))),
                   {m_plan.project}, error, tr("reading Sqitch's projects")))
        return false;
    const QVariant uri = m_plan.uri.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m_plan.uri);
    if (q.next()) {
        const QString registeredUri = q.value(0).toString();
        if (q.value(0).isNull() != m_plan.uri.isEmpty() || (!m_plan.uri.isEmpty() && registeredUri != m_plan.uri))
            return fail(error, tr("Sqitch's registry holds the project \"%1\" with the URI \"%2\", but sqitch.plan says "
                                  "\"%3\": this is another project of the same name. Deploy it to another database.")
                                   .arg(m_plan.project, registeredUri, m_plan.uri));
        return true;
    }
    if (!m_plan.uri.isEmpty()) {
        if (!m_db.exec(q, QStringLiteral("SELECT project FROM %1 WHERE uri = ?").arg(table(QStringLiteral("projects"))),
                       {m_plan.uri}, error, tr("reading Sqitch's projects")))
            return false;
        if (q.next())
            return fail(error, tr("Sqitch's registry already holds the project \"%1\" with the URI %2 of this project (\"%3\"): "
                                  "deploy it to another database.")
                                   .arg(q.value(0).toString(), m_plan.uri, m_plan.project));
    }
    const QString at = pg() ? QStringLiteral("clock_timestamp()") : QStringLiteral("strftime('%Y-%m-%d %H:%M:%f')");
    return m_db.exec(q, QStringLiteral("INSERT INTO %1 (project, uri, creator_name, creator_email, created_at) VALUES (?, ?, ?, ?, %2)")
                            .arg(table(QStringLiteral("projects")), at),
                     {m_plan.project, uri, text(name), text(email)}, error, tr("registering the project in Sqitch's registry"));
}

QString SqitchRegistryWriter::registered(const SqitchDependency &d, ErrorInfo *error) const
{
    const QString project = d.project.isEmpty() ? m_plan.project : d.project;
    QVariant id;
    if (!d.id.isEmpty()) {
        id = m_db.scalar(QStringLiteral("SELECT change_id FROM %1 WHERE change_id = ?").arg(table(QStringLiteral("changes"))),
                         error, {d.id});
    } else if (!d.tag.isEmpty()) {
        const QVariant tagged = m_db.scalar(
            QStringLiteral("SELECT change_id FROM %1 WHERE project = ? AND tag = ?").arg(table(QStringLiteral("tags"))), error,
            {project, QString(QLatin1Char('@') + d.tag)});
        if (!tagged.isValid() || tagged.isNull())
            return {};
        if (d.change.isEmpty())
            return tagged.toString();
        id = m_db.scalar(QStringLiteral("SELECT change_id FROM %1 WHERE project = ? AND change = ? AND committed_at <= "
                                        "(SELECT committed_at FROM %1 WHERE change_id = ?) ORDER BY committed_at DESC LIMIT 1")
                             .arg(table(QStringLiteral("changes"))),
                         error, {project, d.change, tagged});
    } else {
        id = m_db.scalar(QStringLiteral("SELECT change_id FROM %1 WHERE project = ? AND change = ? ORDER BY committed_at DESC LIMIT 1")
                             .arg(table(QStringLiteral("changes"))),
                         error, {project, d.change});
    }
    return id.isValid() && !id.isNull() ? id.toString() : QString(); // no row reads as NULL
}

bool SqitchRegistryWriter::checkDeploy(int index, int earlier, ErrorInfo *error) const
{
    const SqitchChange &c = m_plan.changes.at(index);
    ErrorInfo quiet; // scalar() reports "no row" as an error: here it means "not registered"
    if (!registered(SqitchDependency{false, {}, {}, {}, c.id}, &quiet).isEmpty())
        return fail(error, tr("Sqitch's registry already lists the change \"%1\" as deployed (%2).").arg(c.name, c.id));
    for (const SqitchDependency &d : c.required)
        if (d.isExternal(m_plan.project) && registered(d, &quiet).isEmpty())
            return fail(error, tr("The change \"%1\" requires %2, which Sqitch's registry does not list as deployed: "
                                  "deploy the project \"%3\" first.")
                                   .arg(c.name, d.asString(m_plan.project), d.project));
    for (const SqitchDependency &d : c.conflicts) {
        const int inPlan = d.isExternal(m_plan.project) ? -1 : m_plan.resolve(d, index);
        const bool deployedEarlier = inPlan >= 0 && inPlan >= index - earlier;
        if (deployedEarlier || !registered(d, &quiet).isEmpty())
            return fail(error, tr("The change \"%1\" conflicts with %2, which is deployed: revert %2 first, as Sqitch "
                                  "requires.").arg(c.name, d.asString(m_plan.project)));
    }
    return true;
}

bool SqitchRegistryWriter::deploy(int index, const QString &name, const QString &email, const QString &committedAt,
                                  ErrorInfo *error) const
{
    const SqitchChange &c = m_plan.changes.at(index);
    const QString what = tr("recording %1 in Sqitch's registry").arg(c.name);
    QSqlQuery q = m_db.query();
    const QVariant hash = m_scriptHashes.value(index).isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                : QVariant(m_scriptHashes.value(index));
    QVariantList values{c.id, hash, c.name, m_plan.project, text(c.note), text(name), text(email), plannedAt(c.plannedAt),
                        text(c.plannerName), text(c.plannerEmail)};
    QString at = ts(committedAt, &values);
    if (!m_db.exec(q, QStringLiteral("INSERT INTO %1 (change_id, script_hash, change, project, note, committer_name, "
                                     "committer_email, planned_at, planner_name, planner_email, committed_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)").arg(table(QStringLiteral("changes")), at),
                   values, error, what))
        return false;
    QStringList required, conflicts, tags;
    for (const SqitchDependency &d : c.required + c.conflicts) {
        QVariant resolved{QMetaType(QMetaType::QString)}; // NULL text until resolved
        if (!d.conflict) {
            const int inPlan = m_plan.resolve(d, index);
            ErrorInfo quiet;
            resolved = inPlan >= 0 ? m_plan.changes.at(inPlan).id : registered(d, &quiet);
        }
        (d.conflict ? conflicts : required) << d.asString(m_plan.project);
        if (!m_db.exec(q, QStringLiteral("INSERT INTO %1 (change_id, type, dependency, dependency_id) VALUES (?, ?, ?, ?)")
                              .arg(table(QStringLiteral("dependencies"))),
                       {c.id, d.conflict ? QStringLiteral("conflict") : QStringLiteral("require"), d.asString(m_plan.project),
                        resolved},
                       error, what))
            return false;
    }
    for (const SqitchTag &t : c.tags) {
        tags << t.formatName();
        QVariantList tv{t.id, t.formatName(), m_plan.project, c.id, text(t.note), text(name), text(email), plannedAt(t.plannedAt),
                        text(t.plannerName), text(t.plannerEmail)};
        at = ts(committedAt, &tv);
        if (!m_db.exec(q, QStringLiteral("INSERT INTO %1 (tag_id, tag, project, change_id, note, committer_name, "
                                         "committer_email, planned_at, planner_name, planner_email, committed_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)").arg(table(QStringLiteral("tags")), at),
                       tv, error, what))
            return false;
    }
    // The event's lists: arrays on PostgreSQL, and on SQLite tags joined by blanks, the
    // dependencies by commas (DBIEngine's _log_*_param). Names hold no blanks: a blank
    // splits them back into the array.
    QVariantList ev{QStringLiteral("deploy"), c.id, c.name, m_plan.project, text(c.note)};
    QString lists;
    if (pg()) {
        ev << text(tags.join(QLatin1Char(' '))) << text(required.join(QLatin1Char(' '))) << text(conflicts.join(QLatin1Char(' ')));
        lists = QStringLiteral("string_to_array(?, ' '), string_to_array(?, ' '), string_to_array(?, ' ')");
    } else {
        ev << text(tags.join(QLatin1Char(' '))) << text(required.join(QLatin1Char(','))) << text(conflicts.join(QLatin1Char(',')));
        lists = QStringLiteral("?, ?, ?");
    }
    ev << text(name) << text(email) << plannedAt(c.plannedAt) << text(c.plannerName) << text(c.plannerEmail);
    at = ts(committedAt, &ev);
    return m_db.exec(q, QStringLiteral("INSERT INTO %1 (event, change_id, change, project, note, tags, requires, conflicts, "
                                       "committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) "
                                       "VALUES (?, ?, ?, ?, ?, %2, ?, ?, ?, ?, ?, %3)").arg(table(QStringLiteral("events")), lists, at),
                     ev, error, what);
}

bool SqitchRegistryWriter::revert(int index, const QString &name, const QString &email, const QString &committedAt,
                                  ErrorInfo *error) const
{
    const SqitchChange &c = m_plan.changes.at(index);
    const QString what = tr("recording the revert of %1 in Sqitch's registry").arg(c.name);
    QSqlQuery q = m_db.query();
    ErrorInfo quiet;
    if (registered(SqitchDependency{false, {}, {}, {}, c.id}, &quiet).isEmpty())
        return fail(error, tr("Sqitch's registry does not list the change \"%1\" (%2) as deployed; nothing was reverted.")
                               .arg(c.name, c.id));
    // What DBIEngine's log_revert_change reads before it deletes, in its order: tags, then the
    // requirements and conflicts.
    auto column = [&](const QString &sql, const QVariantList &values, QStringList *out) {
        if (!m_db.exec(q, sql, values, error, what))
            return false;
        while (q.next())
            out->append(q.value(0).toString());
        return true;
    };
    QStringList tags, required, conflicts;
    if (!column(QStringLiteral("SELECT tag FROM %1 WHERE change_id = ?").arg(table(QStringLiteral("tags"))), {c.id}, &tags)
        || !column(QStringLiteral("SELECT dependency FROM %1 WHERE change_id = ? AND type = 'require'").arg(table(QStringLiteral("dependencies"))),
                   {c.id}, &required)
        || !column(QStringLiteral("SELECT dependency FROM %1 WHERE change_id = ? AND type = 'conflict'").arg(table(QStringLiteral("dependencies"))),
                   {c.id}, &conflicts))
        return false;
    for (const QString &t : {QStringLiteral("tags"), QStringLiteral("dependencies"), QStringLiteral("changes")})
        if (!m_db.exec(q, QStringLiteral("DELETE FROM %1 WHERE change_id = ?").arg(table(t)), {c.id}, error, what))
            return false;
    QVariantList ev{QStringLiteral("revert"), c.id, c.name, m_plan.project, text(c.note)};
    QString lists;
    if (pg()) {
        ev << text(tags.join(QLatin1Char(' '))) << text(required.join(QLatin1Char(' '))) << text(conflicts.join(QLatin1Char(' ')));
        lists = QStringLiteral("string_to_array(?, ' '), string_to_array(?, ' '), string_to_array(?, ' ')");
    } else {
        // On SQLite the revert event joins all three by commas (log_revert_change's join ',').
        ev << text(tags.join(QLatin1Char(','))) << text(required.join(QLatin1Char(','))) << text(conflicts.join(QLatin1Char(',')));
        lists = QStringLiteral("?, ?, ?");
    }
    ev << text(name) << text(email) << plannedAt(c.plannedAt) << text(c.plannerName) << text(c.plannerEmail);
    const QString at = ts(committedAt, &ev);
    return m_db.exec(q, QStringLiteral("INSERT INTO %1 (event, change_id, change, project, note, tags, requires, conflicts, "
                                       "committer_name, committer_email, planned_at, planner_name, planner_email, committed_at) "
                                       "VALUES (?, ?, ?, ?, ?, %2, ?, ?, ?, ?, ?, %3)").arg(table(QStringLiteral("events")), lists, at),
                     ev, error, what);
}
