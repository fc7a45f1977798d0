// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanSkeleton.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// The files are templates for the plan's author, in English like the built-in plans' data;
// %FROM%, %TO%, %ID%, %OLD% (the from version's stand-in table) and %NEW% are filled in.
const char *const kManifest = R"({
 "format": 1,
 "id": "%ID%",
 "title": "Move the schema from %FROM% to %TO%",
 "description": "Written by --new-plan as a starting point: it creates the example table %NEW%. Replace the example with the real change (README.md says what to fill in).",
 "from_version": "%FROM%",
 "to_version": "%TO%",
 "tables": {
  "before": ["%OLD%"],
  "after": ["%OLD%", "%NEW%"],
  "lock": ["%OLD%"]
 },
 "minimum_server_version": {
  "sqlite": 3031000,
  "postgresql": 130000
 },
 "detect": {
  "source": {
   "sqlite": "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%OLD%') = 1 AND (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%NEW%') = 0",
   "postgresql": "SELECT (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = {{schema_literal}} AND tablename = '%OLD%') = 1 AND (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = {{schema_literal}} AND tablename = '%NEW%') = 0"
  },
  "target": {
   "sqlite": "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('%OLD%', '%NEW%')) = 2",
   "postgresql": "SELECT (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = {{schema_literal}} AND tablename IN ('%OLD%', '%NEW%')) = 2"
  }
 },
 "checks": [
  {
   "id": "schema-version",
   "title": "Database is at schema %FROM%",
   "severity": "blocker",
   "builtin": "schema-version",
   "message": "{detail}",
   "explanation": "The plan moves a database from %FROM% to %TO%. A database at another version is refused."
  },
  {
   "id": "example-rows",
   "title": "Rows of %OLD%",
   "severity": "info",
   "sql": {
    "sqlite": "SELECT count(*) FROM %OLD%",
    "postgresql": "SELECT count(*) FROM %OLD%"
   },
   "message": "{value} rows in %OLD%",
   "explanation": "An example of a check that counts what the migration will touch; validations can compare with it (equals_check)."
  }
 ],
 "steps": [
  {
   "id": "create-example",
   "title": "Create %NEW%",
   "file": {
    "sqlite": "sqlite/01_create_example.sql",
    "postgresql": "postgresql/01_create_example.sql"
   }
  }
 ],
 "validations": [
  {
   "id": "example-created",
   "title": "%NEW% exists",
   "sql": {
    "sqlite": "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%NEW%'",
    "postgresql": "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = {{schema_literal}} AND tablename = '%NEW%'"
   },
   "expect": {
    "equals": 1
   }
  },
  {
   "id": "example-rows-kept",
   "title": "Every row of %OLD% is still there",
   "sql": {
    "sqlite": "SELECT count(*) FROM %OLD%",
    "postgresql": "SELECT count(*) FROM %OLD%"
   },
   "expect": {
    "equals_check": "example-rows"
   }
  }
 ],
 "rollback": {
  "steps": [
   {
    "id": "drop-example",
    "title": "Drop %NEW%",
    "file": {
     "sqlite": "sqlite/rollback_01_drop_example.sql",
     "postgresql": "postgresql/rollback_01_drop_example.sql"
    }
   }
  ],
  "validations": [
   {
    "id": "example-dropped",
    "title": "%NEW% is gone",
    "sql": {
     "sqlite": "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%NEW%'",
     "postgresql": "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = {{schema_literal}} AND tablename = '%NEW%'"
    },
    "expect": {
     "equals": 0
    }
   }
  ]
 }
}
)";

const char *const kStep = R"(-- Step create-example of the plan %ID% (%FROM% -> %TO%), written by --new-plan.
-- stand-in table: %OLD%
-- The skeleton stands your product's %FROM% schema in with the table %OLD%: its detect
-- queries, "tables" and checks in plan.json name it. Replace it with your real tables, and this
-- example with the real change. Every statement runs inside the assistant's one transaction:
-- no BEGIN or COMMIT, nothing that cannot run in a transaction (migration-assistant --lint says).
CREATE TABLE %NEW% (
    id INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
)";

const char *const kRollback = R"(-- Rollback step drop-example of the plan %ID% (%TO% -> %FROM%): undoes 01_create_example.sql.
-- After the rollback, the tables of "tables.before" must be exactly as they were (rows, content
-- and shape): the assistant compares them with the snapshot it took before the apply.
DROP TABLE %NEW%;
)";

const char *const kReadme = R"(# Plan %ID%: %FROM% -> %TO%

Written by `migration-assistant --new-plan`. It lints clean and runs as it is, on a database that
has the stand-in table `%OLD%` and not `%NEW%`. Before it is a plan of your product, replace:

1. **The stand-in schema.** `%OLD%` stands for your product's %FROM% schema. In `plan.json`:
   `tables.before` (the tables %FROM% has; snapshot before, verified after a rollback),
   `tables.after` (the tables %TO% has), `tables.lock` (locked against writers on PostgreSQL).
2. **The detect queries** (`detect.source`, `detect.target`, both drivers): each yields 1 exactly
   when the database is at that version and 0 at every other version — test for the tables and
   columns that tell the versions apart, as the built-in plans do.
3. **The steps** in `sqlite/` and `postgresql/` (the example creates `%NEW%`), and the
   **rollback** steps that undo them.
4. **The checks** (`example-rows` counts rows) and the **validations** (the apply's and the
   rollback's), so that a wrong result rolls back instead of committing.

Then `migration-assistant --lint DIR`, and `--headless --db URL --plan DIR --rehearse` on a copy
of a real database. The format is described in docs/plans.md.
)";

QString filled(const char *text, const QString &id, const QString &from, const QString &to)
{
    return QString::fromUtf8(text)
        .replace(QLatin1String("%ID%"), id)
        .replace(QLatin1String("%FROM%"), from)
        .replace(QLatin1String("%TO%"), to)
        .replace(QLatin1String("%OLD%"), PlanSkeleton::standInTable(from))
        .replace(QLatin1String("%NEW%"), PlanSkeleton::standInTable(to));
}

QStringList refused(ErrorInfo *error, const QString &message)
{
    if (error)
        *error = ErrorInfo{message, {}};
    return {};
}

} // namespace

QString PlanSkeleton::standInTable(const QString &version)
{
    QString name = version;
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_]"));
    return QStringLiteral("example_") + name.replace(other, QStringLiteral("_"));
}

QStringList PlanSkeleton::write(const QString &folder, const QString &fromVersion, const QString &toVersion,
                                ErrorInfo *error)
{
    static const QRegularExpression versionName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    for (const QString &v : {fromVersion, toVersion})
        if (!versionName.match(v).hasMatch())
            return refused(error, tr("\"%1\" is not a version name: letters, digits, '.', '_' and '-', starting with a "
                                  "letter or digit (e.g. v7)").arg(v));
    if (standInTable(fromVersion) == standInTable(toVersion))
        return refused(error, tr("--from and --to must name two different versions"));
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return refused(error, tr("%1 exists and is not empty: --new-plan writes only into a new or empty folder").arg(folder));
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return refused(error, tr("%1 exists and is not a folder").arg(folder));
    static const QRegularExpression notId(QStringLiteral("[^a-z0-9]+"));
    QString id = QFileInfo(QDir::cleanPath(dir.absolutePath())).fileName().toLower().replace(notId, QStringLiteral("-"));
    id = id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (id.isEmpty())
        id = QStringLiteral("new-plan");

    const QList<QPair<QString, const char *>> files{
        {QStringLiteral("plan.json"), kManifest},
        {QStringLiteral("README.md"), kReadme},
        {QStringLiteral("sqlite/01_create_example.sql"), kStep},
        {QStringLiteral("sqlite/rollback_01_drop_example.sql"), kRollback},
        {QStringLiteral("postgresql/01_create_example.sql"), kStep},
        {QStringLiteral("postgresql/rollback_01_drop_example.sql"), kRollback},
    };
    QStringList written;
    for (const auto &[name, text] : files) {
        const QString path = dir.absoluteFilePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return refused(error, tr("Cannot make the folder %1").arg(QFileInfo(path).absolutePath()));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(filled(text, id, fromVersion, toVersion).toUtf8()) < 0
            || !file.commit())
            return refused(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        written << name;
    }
    return written;
}
