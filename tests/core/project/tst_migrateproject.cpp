// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A golang-migrate folder read as plans (MigrateProjectReader), its --lint, and schema_migrations
// (MigrateRegistry) on a real SQLite file and a real PostgreSQL 15 (PgTestServer): the layout
// golang-migrate's drivers create, one row written as its SetVersion writes it, dirty refused.
#include "db/DatabaseConnection.h"
#include "plan/PlanLint.h"
#include "project/ProjectLoader.h"

#include "PgTestServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestMigrateProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    PgTestServer m_server;
    int m_folders = 0;

    QString folder(const QMap<QString, QByteArray> &files)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("m%1").arg(++m_folders));
        return TestSupport::writeFiles(dir, files) ? dir : QString();
    }

    QString gaps()
    {
        return folder({{QStringLiteral("10_orders.up.sql"), "CREATE TABLE orders (id INT);\n"},
                       {QStringLiteral("10_orders.down.sql"), "DROP TABLE orders;\n"},
                       {QStringLiteral("0001_users.up.sql"), "CREATE TABLE users (id INT);\n"},
                       {QStringLiteral("0001_users.down.sql"), "DROP TABLE users;\n"},
                       {QStringLiteral("3_name.up.sql"), "ALTER TABLE users ADD name TEXT;\n"},
                       {QStringLiteral("3_name.down.sql"), "ALTER TABLE users DROP COLUMN name;\n"}});
    }

    static RegistryChange change(const QString &planId, RunAction action)
    {
        RegistryChange c;
        c.planId = planId;
        c.action = action;
        return c;
    }

    static QString row(DatabaseConnection &db)
    {
        QSqlQuery q = db.query();
        ErrorInfo e;
        if (!db.exec(q, QStringLiteral("SELECT version, dirty FROM %1").arg(db.qualified(QStringLiteral("schema_migrations"))), {}, &e))
            return e.message;
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1/%2").arg(q.value(0).toString(), q.value(1).toBool() ? QStringLiteral("dirty") : QStringLiteral("clean"));
        return out.isEmpty() ? QStringLiteral("empty") : out.join(QLatin1Char(','));
    }

    void exercise(DatabaseConnection &db)
    {
        ErrorInfo e;
        const auto p = ProjectLoader::load(gaps(), QString(), &e);
        QVERIFY2(p, qPrintable(e.message));
        const ForeignRegistry &registry = *p->registry;
        auto state = registry.read(db, &e);
        QVERIFY2(state, qPrintable(e.message));
        QVERIFY(!state->present);
        QVERIFY(db.exec(QStringLiteral("BEGIN"), &e));
        QVERIFY2(registry.record(db, change(QStringLiteral("0001_users"), RunAction::Apply), &e), qPrintable(e.message));
        QVERIFY2(registry.record(db, change(QStringLiteral("3_name"), RunAction::Apply), &e), qPrintable(e.message));
        QVERIFY(db.exec(QStringLiteral("COMMIT"), &e));
        QCOMPARE(row(db), QStringLiteral("3/clean"));
        state = registry.read(db, &e);
        QCOMPARE(state->version, QStringLiteral("3"));
        QCOMPARE(state->applied, (QStringList{QStringLiteral("0001_users"), QStringLiteral("3_name")}));
        QVERIFY2(registry.record(db, change(QStringLiteral("3_name"), RunAction::Rollback), &e), qPrintable(e.message));
        QCOMPARE(row(db), QStringLiteral("1/clean"));
        // Rolling back the first migration leaves the table empty: golang-migrate's nil version.
        QVERIFY2(registry.record(db, change(QStringLiteral("0001_users"), RunAction::Rollback), &e), qPrintable(e.message));
        QCOMPARE(row(db), QStringLiteral("empty"));
        state = registry.read(db, &e);
        QVERIFY(state->present);
        QVERIFY(state->version.isEmpty());
        // A run golang-migrate left failing is dirty, with what to do.
        QSqlQuery q = db.query();
        QVERIFY(db.exec(q, QStringLiteral("INSERT INTO %1 (version, dirty) VALUES (?, ?)").arg(db.qualified(QStringLiteral("schema_migrations"))),
                        {10, true}, &e));
        state = registry.read(db, &e);
        QVERIFY(state->dirty);
        QVERIFY2(state->dirtyDetail.contains(QStringLiteral("migration 10 was left dirty"))
                     && state->dirtyDetail.contains(QStringLiteral("migrate force 3")),
                 qPrintable(state->dirtyDetail));
    }

    static QString emptyFile(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void numbersOrderTheChainWithGaps()
    {
        const QString dir = gaps();
        QCOMPARE(ProjectLoader::kindOf(dir), ProjectKind::GolangMigrate);
        ErrorInfo e;
        const auto p = ProjectLoader::load(dir, QString(), &e);
        QVERIFY2(p, qPrintable(e.message));
        QStringList chain;
        for (const Plan &plan : p->plans)
            chain << plan.id + QLatin1Char(' ') + plan.fromVersion + QStringLiteral("→") + plan.toVersion;
        QCOMPARE(chain, (QStringList{QStringLiteral("0001_users none→1"), QStringLiteral("3_name 1→3"),
                                     QStringLiteral("10_orders 3→10")}));
        QCOMPARE(p->plans.first().toVersionAliases, QStringList{QStringLiteral("0001")});
        QCOMPARE(p->plans.at(2).rollbackSteps.first().sql.value(QStringLiteral("postgresql")), QStringLiteral("DROP TABLE orders;\n"));
        QCOMPARE(p->plans.at(2).projectKind, ProjectKind::GolangMigrate);
        QVERIFY(p->notes.isEmpty());
    }

    void duplicatesAreRefusedNamingBoth()
    {
        const QString dir = folder({{QStringLiteral("1_a.up.sql"), "SELECT 1;"}, {QStringLiteral("01_b.up.sql"), "SELECT 2;"}});
        ErrorInfo e;
        QVERIFY(!ProjectLoader::load(dir, QString(), &e));
        QVERIFY2(e.message.contains(QStringLiteral("1_a.up.sql")) && e.message.contains(QStringLiteral("01_b.up.sql")),
                 qPrintable(e.message));
    }

    void missingDownIsANote()
    {
        const QString dir = folder({{QStringLiteral("1_x.up.sql"), "SELECT 1;"}});
        ErrorInfo e;
        const auto p = ProjectLoader::load(dir, QString(), &e);
        QVERIFY2(p, qPrintable(e.message));
        QVERIFY(p->plans.first().rollbackSteps.isEmpty());
        QVERIFY2(p->notes.join(QLatin1Char('\n')).contains(QStringLiteral("1_x.up.sql: no 1_x.down.sql")),
                 qPrintable(p->notes.join(QLatin1Char('\n'))));
    }

    void lintNamesEveryMalformedCase()
    {
        const QString dir = folder({{QStringLiteral("1_x.up.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("2_y.up.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("6_vacuum.up.sql"), "SELECT 1;\n\nVACUUM;\n"},
                                    {QStringLiteral("6_vacuum.down.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("2_y.down.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("02_z.up.sql"), "SELECT 2;\n"},
                                    {QStringLiteral("4_orphan.down.sql"), "SELECT 4;\n"},
                                    {QStringLiteral("5-dash.up.sql"), "SELECT 5;\n"}});
        QStringList lines;
        for (const LintFinding &f : PlanLint::lint(dir))
            lines << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.message);
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("1_x.up.sql:1: no 1_x.down.sql")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("6_vacuum.up.sql:3: VACUUM cannot run inside a transaction")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("version 2 is also the version of")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("4_orphan.down.sql:1: a down migration without 4_")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("5-dash.up.sql:1: not a golang-migrate migration name")), qPrintable(all));
    }

    void sqliteLayoutAndStory()
    {
        DatabaseConnection db(ConnectionSpec::sqlite(emptyFile(m_tmp.filePath(QStringLiteral("story.db")))));
        ErrorInfo e;
        QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &e), qPrintable(e.message));
        exercise(db);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'schema_migrations'"), &e).toString(),
                 QStringLiteral("CREATE TABLE \"schema_migrations\" (version uint64,dirty bool)"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'version_unique'"), &e).toString(),
                 QStringLiteral("CREATE UNIQUE INDEX version_unique ON \"schema_migrations\" (version)"));
    }

    void postgresqlLayoutAndStory()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("story")));
        QVERIFY(m_server.psql(QStringLiteral("story"), QStringLiteral("CREATE SCHEMA app AUTHORIZATION %1;")
                                                           .arg(PgTestServer::quoteIdent(m_server.user()))));
        DatabaseConnection db(m_server.spec(QStringLiteral("story"), QStringLiteral("app")));
        ErrorInfo e;
        QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &e), qPrintable(e.message));
        exercise(db);
        QSqlQuery q = db.query();
        QVERIFY(db.exec(q, QStringLiteral("SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE "
                                          "table_schema = 'app' AND table_name = 'schema_migrations' ORDER BY ordinal_position"), {}, &e));
        QStringList columns;
        while (q.next())
            columns << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(columns, (QStringList{QStringLiteral("version bigint NO"), QStringLiteral("dirty boolean NO")}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON "
                                          "n.oid = c.connamespace WHERE n.nspname = 'app' AND c.contype = 'p'"), &e).toString(),
                 QStringLiteral("PRIMARY KEY (version)"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateProject)
#include "tst_migrateproject.moc"
