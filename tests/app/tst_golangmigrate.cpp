// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A golang-migrate folder given with --plan DIR, run by the REAL binary on SQLite and PostgreSQL:
// numbers with gaps (1_, 3_, 10_), DO $$ … $$ and a trigger function with comments in its body;
// apply to the latest and --to a middle version, rollback through the down scripts to nothing
// (schema_migrations empty); a failure in a middle migration leaves the database exactly as it
// was (its dump) and schema_migrations unchanged; a dirty schema_migrations is refused with
// exit 3 and nothing changed.
#include "PgTestServer.h"
#include "ProjectFolderRunner.h"
#include "TestSupport.h"

#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;
const QString kSchema = ProjectFolderRunner::schema();

QMap<QString, QByteArray> sqliteProject()
{
    return {{QStringLiteral("1_users.up.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
                                               "INSERT INTO users (email) VALUES ('a@example.com');\n"},
            {QStringLiteral("1_users.down.sql"), "DROP TABLE users;\n"},
            {QStringLiteral("3_audit.up.sql"), "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);\n"
                                               "CREATE TRIGGER users_audit AFTER INSERT ON users\nBEGIN\n"
                                               "    -- a comment; inside the body\n"
                                               "    INSERT INTO audit (what) VALUES ('user ' || NEW.id);\nEND;\n"},
            {QStringLiteral("3_audit.down.sql"), "DROP TRIGGER users_audit;\nDROP TABLE audit;\n"},
            {QStringLiteral("10_name.up.sql"), "BEGIN TRANSACTION;\nALTER TABLE users ADD COLUMN name TEXT;\nCOMMIT;\n"},
            {QStringLiteral("10_name.down.sql"), "ALTER TABLE users DROP COLUMN name;\n"}};
}

QMap<QString, QByteArray> postgresqlProject()
{
    return {{QStringLiteral("1_users.up.sql"), "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n"
                                               "INSERT INTO users (email) VALUES ('a@example.com');\n"},
            {QStringLiteral("1_users.down.sql"), "DROP TABLE users;\n"},
            {QStringLiteral("3_audit.up.sql"), "CREATE TABLE audit (id serial PRIMARY KEY, what text);\n"
                                               "CREATE FUNCTION users_audit() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                               "BEGIN\n    -- a comment; inside the body\n"
                                               "    INSERT INTO audit (what) VALUES ('user ' || NEW.id); /* ; */\n"
                                               "    RETURN NEW;\nEND;\n$$;\n"
                                               "CREATE TRIGGER users_audit AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION users_audit();\n"
                                               "DO $$ BEGIN INSERT INTO audit (what) VALUES ('made; here'); END $$;\n"},
            {QStringLiteral("3_audit.down.sql"), "DROP TRIGGER users_audit ON users;\nDROP FUNCTION users_audit();\nDROP TABLE audit;\n"},
            // golang-migrate runs each file in no transaction of its own: scripts often bring theirs.
            {QStringLiteral("10_name.up.sql"), "BEGIN;\nALTER TABLE users ADD COLUMN name text;\nCOMMIT;\n"},
            {QStringLiteral("10_name.down.sql"), "BEGIN;\nALTER TABLE users DROP COLUMN name;\nCOMMIT;\n"}};
}

} // namespace

class TestGolangMigrate : public QObject
{
    Q_OBJECT

    ProjectFolderRunner m_run{QStringLiteral("migrate"), QStringLiteral("gm")};
    const PgTestServer &m_pg = m_run.pg();

    static QString row(const QString &db)
    {
        if (!TestSupport::hasTable(db, QStringLiteral("schema_migrations")))
            return QStringLiteral("no table");
        const QVariant v = TestSupport::scalar(db, QStringLiteral("SELECT version || '/' || dirty FROM schema_migrations"));
        return v.isNull() ? QStringLiteral("empty") : v.toString();
    }
    QString pgRow(const QString &database) const
    {
        return m_run.pgValue(database, QStringLiteral("SELECT coalesce((SELECT version || '/' || dirty::int FROM "
                                                      "app.schema_migrations), 'empty');"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_run.start(&error), qPrintable(error));
    }

    void sqliteGapsToAMiddleVersionThenLatestThenBackToNothing()
    {
        const QString plan = m_run.project(sqliteProject());
        const QString db = m_run.emptyDatabase();
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("3")}), 0);
        QCOMPARE(row(db), QStringLiteral("3/0"));
        QVERIFY(TestSupport::execSql(db, QStringLiteral("INSERT INTO users (email) VALUES ('b@example.com');")));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM audit")).toInt(), 1);
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QCOMPARE(row(db), QStringLiteral("10/0"));
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--rollback"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        QCOMPARE(row(db), QStringLiteral("1/0"));
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("audit")));
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--rollback"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("none")}), 0);
        QCOMPARE(row(db), QStringLiteral("empty"));
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("users")));
    }

    void sqliteFailureInAMiddleMigrationChangesNothing()
    {
        QMap<QString, QByteArray> files = sqliteProject();
        files.insert(QStringLiteral("3_audit.up.sql"), "CREATE TABLE half (id INT);\nINSERT INTO no_such_table VALUES (1);\n");
        const QString plan = m_run.project(files);
        const QString db = m_run.emptyDatabase();
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        const QString before = TestSupport::dumpDatabase(db);
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 5);
        QCOMPARE(TestSupport::dumpDatabase(db), before);
        QCOMPARE(row(db), QStringLiteral("1/0"));
    }

    void sqliteDirtyIsRefused()
    {
        const QString plan = m_run.project(sqliteProject());
        const QString db = m_run.emptyDatabase();
        EXPECT_EXIT(m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("3")}), 0);
        QVERIFY(TestSupport::execSql(db, QStringLiteral("UPDATE schema_migrations SET dirty = 1;")));
        const QString before = TestSupport::dumpDatabase(db);
        const Result r = m_run.onSqlite(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(QString::fromUtf8(r.out + r.err).contains(QStringLiteral("migrate force 1")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(TestSupport::dumpDatabase(db), before);
    }

    void postgresqlLatestThenBackToNothing()
    {
        const QString plan = m_run.project(postgresqlProject());
        const QString database = m_run.pgDatabase();
        QVERIFY(!database.isEmpty());
        const QString empty = m_pg.dump(database, kSchema);
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QCOMPARE(pgRow(database), QStringLiteral("10/0"));
        QString out;
        QVERIFY(m_pg.psql(database, QStringLiteral("SET search_path TO app;\nINSERT INTO app.users (email) VALUES ('b@example.com');\n\\pset tuples_only on\n"
                                                   "SELECT count(*) FROM app.audit;"), &out));
        QCOMPARE(out.trimmed(), QStringLiteral("2"));
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--rollback"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("none")}), 0);
        QCOMPARE(pgRow(database), QStringLiteral("empty"));
        QVERIFY(m_pg.psql(database, QStringLiteral("DROP TABLE app.schema_migrations;")));
        QCOMPARE(m_pg.dump(database, kSchema), empty);
    }

    // A statement that cannot run inside the run's transaction is a blocker before anything changes.
    void postgresqlConcurrentlyIsBlockedBeforeAnythingChanges()
    {
        QMap<QString, QByteArray> files = postgresqlProject();
        files.insert(QStringLiteral("10_name.up.sql"), "ALTER TABLE users ADD COLUMN name text;\n"
                                                       "CREATE INDEX CONCURRENTLY users_name ON users (name);\n");
        const QString plan = m_run.project(files);
        const QString database = m_run.pgDatabase();
        const QString before = m_pg.dump(database, kSchema);
        const Result r = m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(QString::fromUtf8(r.out + r.err).contains(QStringLiteral("10_name.up.sql:2")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(m_pg.dump(database, kSchema), before); // schema_migrations not even created
    }

    void postgresqlFailureAndDirty()
    {
        QMap<QString, QByteArray> files = postgresqlProject();
        files.insert(QStringLiteral("3_audit.up.sql"), "CREATE TABLE half (id int);\nDO $$ BEGIN RAISE EXCEPTION 'no; never'; END $$;\n");
        const QString plan = m_run.project(files);
        const QString database = m_run.pgDatabase();
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--to"), QStringLiteral("1")}), 0);
        const QString before = m_pg.dump(database, kSchema);
        EXPECT_EXIT(m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 5);
        QCOMPARE(m_pg.dump(database, kSchema), before);
        QCOMPARE(pgRow(database), QStringLiteral("1/0"));
        QVERIFY(m_pg.psql(database, QStringLiteral("UPDATE app.schema_migrations SET dirty = true;")));
        const QString dirty = m_pg.dump(database, kSchema);
        const Result r = m_run.onPg(database, plan, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(QString::fromUtf8(r.out + r.err).contains(QStringLiteral("was left dirty")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(m_pg.dump(database, kSchema), dirty);
    }
};

QTEST_GUILESS_MAIN(TestGolangMigrate)
#include "tst_golangmigrate.moc"
