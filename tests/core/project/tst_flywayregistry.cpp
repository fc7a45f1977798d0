// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// flyway_schema_history on a real SQLite file and a real PostgreSQL 15 (PgTestServer): the
// layout Flyway creates, what read() makes of the rows (versions, undo rows, failed rows,
// repeatables), and what record() writes for an apply and a rollback.
#include "db/DatabaseConnection.h"
#include "project/FlywayChecksum.h"
#include "project/ProjectLoader.h"

#include "PgTestServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSchema = QStringLiteral("shop data");
}

class TestFlywayRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    PgTestServer m_server;
    int m_dbs = 0;

    QString project(const QByteArray &repeatable = "CREATE VIEW v AS SELECT 1 AS one;\n")
    {
        const QString dir = m_tmp.filePath(QStringLiteral("flyway%1").arg(++m_dbs));
        const QMap<QString, QByteArray> files{{QStringLiteral("V1__create_users.sql"), "CREATE TABLE users (id INT);\n"},
                                              {QStringLiteral("V1_1__add_name.sql"), "ALTER TABLE users ADD name TEXT;\r\n"},
                                              {QStringLiteral("U1.1__drop_name.sql"), "ALTER TABLE users DROP COLUMN name;\n"},
                                              {QStringLiteral("V2__orders.sql"), "CREATE TABLE orders (id INT);\n"},
                                              {QStringLiteral("R__views.sql"), repeatable}};
        return TestSupport::writeFiles(dir, files) ? dir : QString();
    }

    static MigrationProject load(const QString &dir)
    {
        ErrorInfo error;
        auto p = ProjectLoader::load(dir, QString(), &error);
        if (!p)
            qFatal("%s", qPrintable(error.message));
        return *p;
    }

    static RegistryChange change(const QString &planId, RunAction action)
    {
        RegistryChange c;
        c.planId = planId;
        c.action = action;
        c.startedAt = QDateTime::currentDateTimeUtc();
        c.finishedAt = c.startedAt.addMSecs(42);
        c.operatorName = QStringLiteral("Ada");
        return c;
    }

    static QStringList rows(DatabaseConnection &db)
    {
        QStringList out;
        QSqlQuery q = db.query();
        ErrorInfo e;
        if (!db.exec(q, QStringLiteral("SELECT installed_rank, version, description, type, script, checksum, installed_by, "
                                       "execution_time, success FROM %1 ORDER BY installed_rank")
                            .arg(db.qualified(QStringLiteral("flyway_schema_history"))), {}, &e))
            return {e.message};
        while (q.next())
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                       .arg(q.value(0).toString(), q.value(1).isNull() ? QStringLiteral("NULL") : q.value(1).toString(),
                            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString(), q.value(7).toString(), q.value(8).toBool() ? QStringLiteral("t") : QStringLiteral("f"));
        return out;
    }

    // The same story on either driver; `by` is what installed_by holds.
    void exercise(DatabaseConnection &db, const QString &by)
    {
        const QString dir = project();
        const MigrationProject p = load(dir);
        const ForeignRegistry &registry = *p.registry;
        QCOMPARE(registry.toolName(), QStringLiteral("Flyway"));
        ErrorInfo e;
        auto state = registry.read(db, &e);
        QVERIFY2(state, qPrintable(e.message));
        QVERIFY(!state->present);

        QVERIFY(db.exec(QStringLiteral("BEGIN"), &e));
        for (const QString &id : {QStringLiteral("V1__create_users"), QStringLiteral("V1_1__add_name")})
            QVERIFY2(registry.record(db, change(id, RunAction::Apply), &e), qPrintable(e.message));
        QVERIFY2(db.exec(QStringLiteral("COMMIT"), &e), qPrintable(e.message));
        const qint32 v1 = FlywayChecksum::of("CREATE TABLE users (id INT);\n");
        const qint32 v11 = FlywayChecksum::of("ALTER TABLE users ADD name TEXT;\r\n");
        QCOMPARE(rows(db), (QStringList{QStringLiteral("1|1|create users|SQL|V1__create_users.sql|%1|%2|42|t").arg(v1).arg(by),
                                        QStringLiteral("2|1.1|add name|SQL|V1_1__add_name.sql|%1|%2|42|t").arg(v11).arg(by)}));
        state = registry.read(db, &e);
        QVERIFY2(state, qPrintable(e.message));
        QVERIFY(state->present);
        QCOMPARE(state->version, QStringLiteral("1.1"));
        QCOMPARE(state->applied, (QStringList{QStringLiteral("V1__create_users"), QStringLiteral("V1_1__add_name")}));
        QVERIFY(!state->dirty);

        // A rollback writes Flyway Teams' UNDO_SQL row; the version goes back.
        QVERIFY2(registry.record(db, change(QStringLiteral("V1_1__add_name"), RunAction::Rollback), &e), qPrintable(e.message));
        QCOMPARE(rows(db).last(), QStringLiteral("3|1.1|drop name|UNDO_SQL|U1.1__drop_name.sql|%1|%2|42|t")
                                      .arg(FlywayChecksum::of("ALTER TABLE users DROP COLUMN name;\n")).arg(by));
        state = registry.read(db, &e);
        QCOMPARE(state->version, QStringLiteral("1"));
        QCOMPARE(state->applied, QStringList{QStringLiteral("V1__create_users")});

        // Up to 2 and the repeatables: the database reads at "2+repeatable" …
        const QString repeatable = p.plans.last().id; // "repeatable-<8 hex digits of the scripts' checksum>"
        QVERIFY2(repeatable.startsWith(QStringLiteral("repeatable-")) && repeatable.size() == 19, qPrintable(repeatable));
        for (const QString &id : {QStringLiteral("V1_1__add_name"), QStringLiteral("V2__orders"), repeatable})
            QVERIFY2(registry.record(db, change(id, RunAction::Apply), &e), qPrintable(e.message));
        QCOMPARE(rows(db).last().section(QLatin1Char('|'), 1, 4), QStringLiteral("NULL|views|SQL|R__views.sql"));
        state = registry.read(db, &e);
        QCOMPARE(state->version, QStringLiteral("2+repeatable"));
        QVERIFY(state->applied.contains(repeatable));
        // … until the repeatable changes: then it is pending again, on top of 2.
        const MigrationProject changed = load(project("CREATE VIEW v AS SELECT 2 AS two;\n"));
        state = changed.registry->read(db, &e);
        QCOMPARE(state->version, QStringLiteral("2"));
        // Rolling the repeatables back forgets their rows (Flyway has no undo for them).
        QVERIFY2(registry.record(db, change(repeatable, RunAction::Rollback), &e), qPrintable(e.message));
        QCOMPARE(registry.read(db, &e)->version, QStringLiteral("2"));

        // A failed row (Flyway on a database without transactional DDL, or a crash) is dirty.
        QSqlQuery q = db.query();
        QVERIFY2(db.exec(q, QStringLiteral("INSERT INTO %1 (installed_rank, version, description, type, script, checksum, "
                                           "installed_by, execution_time, success) VALUES (99, '3', 'broken', 'SQL', "
                                           "'V3__broken.sql', 1, 'x', 5, ?)").arg(db.qualified(QStringLiteral("flyway_schema_history"))),
                         {false}, &e), qPrintable(e.message));
        state = registry.read(db, &e);
        QVERIFY(state->dirty);
        QVERIFY2(state->dirtyDetail.contains(QStringLiteral("V3")) && state->dirtyDetail.contains(QStringLiteral("flyway repair")),
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

    void sqliteLayoutIsFlyways()
    {
        DatabaseConnection db(ConnectionSpec::sqlite(emptyFile(m_tmp.filePath(QStringLiteral("layout.db")))));
        ErrorInfo e;
        QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &e), qPrintable(e.message));
        const MigrationProject p = load(project());
        QVERIFY2(p.registry->record(db, change(QStringLiteral("V1__create_users"), RunAction::Apply), &e), qPrintable(e.message));
        QSqlQuery q = db.query();
        QVERIFY(db.exec(q, QStringLiteral("SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info('flyway_schema_history')"), {}, &e));
        QStringList columns;
        while (q.next())
            columns << QStringLiteral("%1 %2%3%4%5").arg(q.value(0).toString(), q.value(1).toString(),
                                                       q.value(2).toBool() ? QStringLiteral(" NOT NULL") : QString(),
                                                       q.value(3).toBool() ? QStringLiteral(" PK") : QString(),
                                                       q.value(4).isNull() ? QString() : QStringLiteral(" = ") + q.value(4).toString());
        QCOMPARE(columns, (QStringList{QStringLiteral("installed_rank INT NOT NULL PK"), QStringLiteral("version VARCHAR(50)"),
                                       QStringLiteral("description VARCHAR(200) NOT NULL"), QStringLiteral("type VARCHAR(20) NOT NULL"),
                                       QStringLiteral("script VARCHAR(1000) NOT NULL"), QStringLiteral("checksum INT"),
                                       QStringLiteral("installed_by VARCHAR(100) NOT NULL"),
                                       QStringLiteral("installed_on TEXT NOT NULL = strftime('%Y-%m-%d %H:%M:%f','now')"),
                                       QStringLiteral("execution_time INT NOT NULL"), QStringLiteral("success BOOLEAN NOT NULL")}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'flyway_schema_history_s_idx'"), &e).toString(),
                 QStringLiteral("CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")"));
    }

    void sqliteStory()
    {
        DatabaseConnection db(ConnectionSpec::sqlite(emptyFile(m_tmp.filePath(QStringLiteral("story.db")))));
        ErrorInfo e;
        QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &e), qPrintable(e.message));
        exercise(db, QStringLiteral("Ada"));
    }

    void postgresqlLayoutIsFlyways()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("layout")));
        QVERIFY(m_server.psql(QStringLiteral("layout"), QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2;")
                                                            .arg(PgTestServer::quoteIdent(kSchema), PgTestServer::quoteIdent(m_server.user()))));
        DatabaseConnection db(m_server.spec(QStringLiteral("layout"), kSchema));
        ErrorInfo e;
        QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &e), qPrintable(e.message));
        const MigrationProject p = load(project());
        QVERIFY2(p.registry->record(db, change(QStringLiteral("V1__create_users"), RunAction::Apply), &e), qPrintable(e.message));
        QSqlQuery q = db.query();
        QVERIFY(db.exec(q, QStringLiteral("SELECT column_name, data_type, character_maximum_length, is_nullable, column_default "
                                          "FROM information_schema.columns WHERE table_schema = ? AND table_name = "
                                          "'flyway_schema_history' ORDER BY ordinal_position"), {kSchema}, &e));
        QStringList columns;
        while (q.next())
            columns << QStringLiteral("%1 %2%3%4%5").arg(q.value(0).toString(), q.value(1).toString(),
                                                       q.value(2).isNull() ? QString() : QStringLiteral("(%1)").arg(q.value(2).toInt()),
                                                       q.value(3).toString() == QLatin1String("NO") ? QStringLiteral(" NOT NULL") : QString(),
                                                       q.value(4).isNull() ? QString() : QStringLiteral(" = ") + q.value(4).toString());
        QCOMPARE(columns, (QStringList{QStringLiteral("installed_rank integer NOT NULL"), QStringLiteral("version character varying(50)"),
                                       QStringLiteral("description character varying(200) NOT NULL"),
                                       QStringLiteral("type character varying(20) NOT NULL"),
                                       QStringLiteral("script character varying(1000) NOT NULL"), QStringLiteral("checksum integer"),
                                       QStringLiteral("installed_by character varying(100) NOT NULL"),
                                       QStringLiteral("installed_on timestamp without time zone NOT NULL = now()"),
                                       QStringLiteral("execution_time integer NOT NULL"), QStringLiteral("success boolean NOT NULL")}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON "
                                          "n.oid = c.connamespace WHERE n.nspname = ? AND c.conname = 'flyway_schema_history_pk'"),
                           &e, {kSchema}).toString(),
                 QStringLiteral("PRIMARY KEY (installed_rank)"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = "
                                          "'flyway_schema_history_s_idx'"), &e, {kSchema}).toString(),
                 QStringLiteral("CREATE INDEX flyway_schema_history_s_idx ON \"shop data\".flyway_schema_history USING btree (success)"));
    }

    void postgresqlStory()
    {
        QVERIFY(m_server.createDatabase(QStringLiteral("story")));
        QVERIFY(m_server.psql(QStringLiteral("story"), QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2;")
                                                           .arg(PgTestServer::quoteIdent(kSchema), PgTestServer::quoteIdent(m_server.user()))));
        DatabaseConnection db(m_server.spec(QStringLiteral("story"), kSchema));
        ErrorInfo e;
        QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &e), qPrintable(e.message));
        exercise(db, m_server.user()); // the database user, as Flyway writes it
    }
};

QTEST_GUILESS_MAIN(TestFlywayRegistry)
#include "tst_flywayregistry.moc"
