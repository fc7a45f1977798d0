// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Flyway folder given with --plan DIR, run by the REAL binary on SQLite and PostgreSQL: numeric
// versions (V1, V1.1, V1.10, V2: 1.1 < 1.10), DO $$ … $$ bodies, a trigger function with
// comments in its body, repeatable migrations; apply to the latest and --to a middle version,
// rollback through the undo scripts; a failure in a middle migration leaves the database exactly
// as it was (its dump) and flyway_schema_history unchanged; a failed Flyway row (dirty) is
// refused with exit 3 and nothing changed.
#include "PgTestServer.h"
#include "ProjectFolderRunner.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;
const QString kSchema = ProjectFolderRunner::schema();
const QString kHistory = QStringLiteral("flyway_schema_history");

// SQLite: the same chain in SQLite's words (no DO blocks there; a trigger with comments inside).
QMap<QString, QByteArray> sqliteProject()
{
    return {{QStringLiteral("V1__users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
                                              "INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com');\n"},
            {QStringLiteral("U1__users.sql"), "DROP TABLE users;\n"},
            {QStringLiteral("V1.1__audit.sql"), "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);\n"},
            {QStringLiteral("U1.1__audit.sql"), "DROP TABLE audit;\n"},
            {QStringLiteral("V1.10__trigger.sql"), "CREATE TRIGGER users_audit AFTER INSERT ON users\n"
                                                   "BEGIN\n"
                                                   "    -- one row a user; the ; here is no statement's end\n"
                                                   "    INSERT INTO audit (what) VALUES ('user ' || NEW.id); /* ; */\n"
                                                   "END;\n"},
            {QStringLiteral("U1.10__trigger.sql"), "DROP TRIGGER users_audit;\n"},
            {QStringLiteral("V2__name.sql"), "ALTER TABLE users ADD COLUMN name TEXT;\n"
                                             "UPDATE users SET name = '${default_name}';\n"},
            {QStringLiteral("U2__name.sql"), "ALTER TABLE users DROP COLUMN name;\n"},
            {QStringLiteral("flyway.conf"), "flyway.placeholders.default_name=nobody\n"}};
}

QMap<QString, QByteArray> postgresqlProject()
{
    return {{QStringLiteral("V1__users.sql"), "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n"
                                              "INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com');\n"},
            // CASCADE: the repeatable view on users stays (Flyway has no undo for repeatables).
            {QStringLiteral("U1__users.sql"), "DROP TABLE users CASCADE;\n"},
            {QStringLiteral("V1_1__audit.sql"), "CREATE TABLE audit (id serial PRIMARY KEY, what text);\n"
                                                "DO $$\nBEGIN\n    -- a comment; inside the body\n"
                                                "    INSERT INTO audit (what) VALUES ('created; ok');\nEND\n$$;\n"},
            {QStringLiteral("U1.1__audit.sql"), "DROP TABLE audit;\n"},
            {QStringLiteral("V1.10__trigger.sql"), "CREATE FUNCTION users_audit() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                                                   "BEGIN\n    /* a block comment; with a semicolon */\n"
                                                   "    INSERT INTO audit (what) VALUES ('user ' || NEW.id); -- ;\n"
                                                   "    RETURN NEW;\nEND;\n$body$;\n"
                                                   "CREATE TRIGGER users_audit AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION users_audit();\n"},
            {QStringLiteral("U1.10__trigger.sql"), "DROP TRIGGER users_audit ON users;\nDROP FUNCTION users_audit();\n"},
            {QStringLiteral("V2__name.sql"), "ALTER TABLE ${flyway:defaultSchema}.users ADD COLUMN name text;\n"
                                             "UPDATE users SET name = '${default_name}';\n"},
            {QStringLiteral("U2__name.sql"), "ALTER TABLE users DROP COLUMN name;\n"},
            {QStringLiteral("R__views.sql"), "CREATE OR REPLACE VIEW user_emails AS SELECT email FROM users;\n"},
            {QStringLiteral("flyway.conf"), "flyway.placeholders.default_name=nobody\n"}};
}

} // namespace

class TestFlyway : public QObject
{
    Q_OBJECT

    ProjectFolderRunner m_run{QStringLiteral("flyway"), QStringLiteral("fw")};
    const PgTestServer &m_pg = m_run.pg();

    static QString rows(const QString &db)
    {
        return TestSupport::scalar(db, QStringLiteral("SELECT group_concat(coalesce(version, 'R') || ':' || type, ' ') FROM "
                                                      "(SELECT * FROM flyway_schema_history ORDER BY installed_rank)")).toString();
    }
    QString pgRows(const QString &database) const
    {
        return m_run.pgValue(database, QStringLiteral("SELECT string_agg(coalesce(version, 'R') || ':' || type, ' ' "
                                                      "ORDER BY installed_rank) FROM app.flyway_schema_history;"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_run.start(&error), qPrintable(error));
    }

    void sqliteToAMiddleVersionThenLatestThenBack()
    {
        const QString plan = m_run.project(sqliteProject());
        const QString db = m_run.emptyDatabase();
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1.1")}), 0);
        QCOMPARE(rows(db), QStringLiteral("1:SQL 1.1:SQL"));
        QVERIFY(TestSupport::hasTable(db, QStringLiteral("audit")));
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QCOMPARE(rows(db), QStringLiteral("1:SQL 1.1:SQL 1.10:SQL 2:SQL"));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(name) FROM users")).toString(),
                 QStringLiteral("nobody,nobody"));
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0); // nothing to do
        QCOMPARE(rows(db), QStringLiteral("1:SQL 1.1:SQL 1.10:SQL 2:SQL"));
        // The trigger runs: its body's comments and semicolons were no statement ends.
        QVERIFY(TestSupport::execSql(db, QStringLiteral("INSERT INTO users (email) VALUES ('c@example.com');")));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM audit")).toInt(), 1);

        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--rollback"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        QCOMPARE(rows(db), QStringLiteral("1:SQL 1.1:SQL 1.10:SQL 2:SQL 2:UNDO_SQL 1.10:UNDO_SQL 1.1:UNDO_SQL"));
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("audit")));
        QVERIFY(TestSupport::hasTable(db, QStringLiteral("users")));
    }

    void sqliteFailureInAMiddleMigrationChangesNothing()
    {
        QMap<QString, QByteArray> files = sqliteProject();
        files.insert(QStringLiteral("V1.10__trigger.sql"), "CREATE TABLE half (id INT);\nINSERT INTO no_such_table VALUES (1);\n");
        const QString plan = m_run.project(files);
        const QString db = m_run.emptyDatabase();
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        const QString before = TestSupport::dumpDatabase(db);
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 5);
        QCOMPARE(TestSupport::dumpDatabase(db), before);
        QCOMPARE(rows(db), QStringLiteral("1:SQL"));
    }

    void sqliteFailedFlywayRowIsRefused()
    {
        const QString plan = m_run.project(sqliteProject());
        const QString db = m_run.emptyDatabase();
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        QVERIFY(TestSupport::execSql(db, QStringLiteral("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                                                        "type, script, checksum, installed_by, execution_time, success) VALUES "
                                                        "(2, '1.1', 'audit', 'SQL', 'V1.1__audit.sql', 0, 'x', 1, 0);")));
        const QString before = TestSupport::dumpDatabase(db);
        const Result r = m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(QString::fromUtf8(r.out + r.err).contains(QStringLiteral("flyway repair")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(TestSupport::dumpDatabase(db), before);
    }

    void postgresqlLatestWithRepeatablesThenBackToNothing()
    {
        const QString plan = m_run.project(postgresqlProject());
        const QString database = m_run.pgDatabase();
        QVERIFY(!database.isEmpty());
        const QString empty = m_pg.dump(database, kSchema);
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1_1")}), 0);
        QCOMPARE(pgRows(database), QStringLiteral("1:SQL 1.1:SQL"));
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QCOMPARE(pgRows(database), QStringLiteral("1:SQL 1.1:SQL 1.10:SQL 2:SQL R:SQL"));
        QString out;
        QVERIFY(m_pg.psql(database, QStringLiteral("SET search_path TO app;\nINSERT INTO app.users (email) VALUES ('c@example.com');\n\\pset tuples_only on\n"
                                                   "SELECT count(*) FROM app.audit; SELECT count(*) FROM app.user_emails;"), &out));
        QCOMPARE(out.simplified(), QStringLiteral("2 3"));
        // Nothing to do until a repeatable changes; then it runs again, and only it.
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QCOMPARE(pgRows(database), QStringLiteral("1:SQL 1.1:SQL 1.10:SQL 2:SQL R:SQL"));
        QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/R__views.sql"), "FROM users;", "FROM users WHERE email <> '';"));
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QCOMPARE(pgRows(database), QStringLiteral("1:SQL 1.1:SQL 1.10:SQL 2:SQL R:SQL R:SQL"));
        QVERIFY(m_pg.psql(database, QStringLiteral("\\pset tuples_only on\nSELECT pg_get_viewdef('app.user_emails'::regclass);"), &out));
        QVERIFY2(out.contains(QStringLiteral("<> ''")), qPrintable(out));
        // Flyway has no undo for repeatable migrations, and a PostgreSQL server keeps no backup:
        // going back past them is refused whole, before anything changes.
        const QString applied = m_pg.dump(database, kSchema);
        const Result refused = m_run.onPg(database, plan, {QStringLiteral("--rollback"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("none")});
        EXPECT_EXIT(refused, 3);
        QVERIFY2(QString::fromUtf8(refused.out).contains(QStringLiteral("has no rollback steps")), qPrintable(TestSupport::describe(refused)));
        QCOMPARE(m_pg.dump(database, kSchema), applied);
        Q_UNUSED(empty);
    }

    void postgresqlFailureInAMiddleMigrationChangesNothing()
    {
        QMap<QString, QByteArray> files = postgresqlProject();
        files.insert(QStringLiteral("V1.10__trigger.sql"), "CREATE TABLE half (id int);\nDO $$ BEGIN RAISE EXCEPTION 'no; never'; END $$;\n");
        const QString plan = m_run.project(files);
        const QString database = m_run.pgDatabase();
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        const QString before = m_pg.dump(database, kSchema);
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 5);
        QCOMPARE(m_pg.dump(database, kSchema), before);
        QCOMPARE(pgRows(database), QStringLiteral("1:SQL"));
    }
};

QTEST_GUILESS_MAIN(TestFlyway)
#include "tst_flyway.moc"
