// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a plan without authored checks or rollback steps gets, through the REAL binary, with
// tests/data/impact/drop-archive on the notes database (tests/data/impact/README.md):
//   - --check shows the impact preview's counts and exits 3 until --accept-risk drops-data;
//   - SQLite: apply, then --rollback restores the backup: the file's content exactly as before;
//     a --rollback after a change to the database is refused, nothing changed;
//   - PostgreSQL: the warning no-rollback before the apply, and --rollback refused, unchanged.
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

const QString kSchema = QStringLiteral("impact");
const QString kHistory = QStringLiteral("migration_assistant_history");

const QString kSetup = QStringLiteral(
    "CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners (id), body TEXT, "
    "legacy TEXT);\n"
    "CREATE TABLE archive (id INTEGER PRIMARY KEY, payload TEXT);\n"
    "INSERT INTO owners VALUES (1, 'ann'), (2, 'bo'), (3, 'cy');\n"
    "INSERT INTO notes VALUES (1, 1, 'a', 'x'), (2, 1, 'b', 'y'), (3, 2, NULL, 'z'), (4, 2, 'd', NULL), "
    "(5, 3, 'e', NULL);\n"
    "INSERT INTO archive VALUES (1, 'p'), (2, 'q'), (3, 'r'), (4, 's');\n");

const QString kDrops = QStringLiteral("The steps drop the table archive with 4 row(s), the column notes.legacy with 3 value(s)");

QStringList plan(const QStringList &action)
{
    return action + QStringList{QStringLiteral("--plan"), QStringLiteral(MA_SOURCE_DIR "/tests/data/impact/drop-archive")};
}

QJsonObject checkById(const QJsonObject &doc, const QString &id)
{
    for (const QJsonValue &v : doc.value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

QString all(const Result &r)
{
    return QString::fromUtf8(r.out) + QString::fromUtf8(r.err);
}

} // namespace

class TestImpactPreviewApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    PgTestServer m_pg;
    QString m_passwordFile;
    int m_n = 0;

    Result run(const QStringList &db, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless")} + db + arguments, 120000, m_env);
    }
    static QStringList sqlite(const QString &path) { return {QStringLiteral("--db"), QStringLiteral("sqlite:") + path}; }
    QStringList pg(const QString &database) const
    {
        return {QStringLiteral("--db"), m_pg.url(database, kSchema), QStringLiteral("--password-file"), m_passwordFile};
    }
    QString notesDatabase()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("run%1").arg(++m_n));
        QDir().mkpath(dir);
        const QString path = dir + QStringLiteral("/notes.db");
        QString error;
        if (!TestSupport::execSql(path, kSetup, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    static QString state(const QString &path)
    {
        return TestSupport::dumpDatabase(path, {kHistory}) + QLatin1Char('\n')
               + TestSupport::scalar(path, QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), "
                                                          "char(10)) FROM (SELECT * FROM sqlite_master WHERE type <> 'table' "
                                                          "ORDER BY name)"))
                     .toString();
    }
    // The checks of a --check --json, with the exit code expected.
    QJsonObject checkJson(const QStringList &db, const QStringList &extra, int code)
    {
        const Result r = run(db, plan(QStringList{QStringLiteral("--check"), QStringLiteral("--json")} + extra));
        if (r.crashed || r.exitCode != code)
            qWarning("%s", qPrintable(TestSupport::describe(r)));
        QString problem;
        const QJsonObject doc = TestSupport::jsonOf(r.out, &problem);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return r.exitCode == code ? doc : QJsonObject{};
    }
    static void verifyPreview(const QJsonObject &doc)
    {
        const QJsonObject drops = checkById(doc, QStringLiteral("drops-data"));
        QCOMPARE(drops.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(drops.value(QLatin1String("passed")).toBool(true), false);
        QCOMPARE(drops.value(QLatin1String("value")).toInteger(), 7);
        QCOMPARE(drops.value(QLatin1String("message")).toString(), kDrops);
        QCOMPARE(checkById(doc, QStringLiteral("impact-rows")).value(QLatin1String("message")).toString(),
                 QStringLiteral("Rows before → after: notes: 5 → 4 row(s)"));
        const QJsonObject schema = checkById(doc, QStringLiteral("impact-schema"));
        QCOMPARE(schema.value(QLatin1String("value")).toInteger(), 5);
        QCOMPARE(schema.value(QLatin1String("message")).toString(),
                 QStringLiteral("tables added: note_tags (4 row(s)); tables dropped: archive (4 row(s)); columns dropped: "
                                "notes.legacy (3 value(s)); indexes added: notes_owner (owner_id) on notes; foreign keys "
                                "added: (note_id) REFERENCES notes(id) on note_tags"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(m_pg.password().toUtf8() + '\n');
    }

    void checkShowsTheCountsSqlite()
    {
        const QString db = notesDatabase();
        const QString before = state(db);
        const QJsonObject doc = checkJson(sqlite(db), {}, 3);
        QVERIFY(!doc.isEmpty());
        verifyPreview(doc);
        QCOMPARE(checkById(doc, QStringLiteral("rollback-by-restore")).value(QLatin1String("passed")).toBool(), true);
        QVERIFY(checkById(doc, QStringLiteral("no-rollback")).isEmpty());
        // The text output says the same, with the advice.
        const Result text = run(sqlite(db), plan({QStringLiteral("--check")}));
        EXPECT_EXIT(text, 3);
        QVERIFY2(all(text).contains(kDrops) && all(text).contains(QLatin1String("drops-data")),
                 qPrintable(TestSupport::describe(text)));
        // Accepted by name, the check passes; the rehearsal left nothing.
        QVERIFY(!checkJson(sqlite(db), {QStringLiteral("--accept-risk"), QStringLiteral("drops-data")}, 0).isEmpty());
        QCOMPARE(state(db), before);
        QVERIFY(TestSupport::backups(QFileInfo(db).absolutePath()).isEmpty());
    }

    void applyThenRollbackRestoresSqlite()
    {
        const QString db = notesDatabase();
        const QString before = state(db);
        Result r = run(sqlite(db), plan({QStringLiteral("--apply")}));
        EXPECT_EXIT(r, 3);
        QCOMPARE(state(db), before);
        r = run(sqlite(db), plan({QStringLiteral("--apply"), QStringLiteral("--accept-risk"), QStringLiteral("drops-data")}));
        EXPECT_EXIT(r, 0);
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("archive")));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM note_tags")).toInt(), 4);
        const QString migrated = state(db);
        QCOMPARE(TestSupport::backups(QFileInfo(db).absolutePath()).size(), 1);

        r = run(sqlite(db), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 0);
        QCOMPARE(state(db), before);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The history says both: the apply (put back, the backup predates it) and the rollback.
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM "
                                                        "migration_assistant_history ORDER BY id)"))
                     .toString(),
                 QStringLiteral("apply rollback"));
        // The migrated file is kept beside it, as it was.
        const QStringList backups = TestSupport::backups(QFileInfo(db).absolutePath());
        QCOMPARE(backups.size(), 2);
        QString kept;
        for (const QString &b : backups)
            if (b.contains(QLatin1String("rollback-drop-archive")))
                kept = QFileInfo(db).absolutePath() + QLatin1Char('/') + b;
        QVERIFY2(!kept.isEmpty(), qPrintable(backups.join(QLatin1Char(' '))));
        QCOMPARE(state(kept), migrated);
        // Rolled back: a second rollback has nothing to do, the plan applies again.
        r = run(sqlite(db), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 0);
        QCOMPARE(state(db), before);
    }

    void rollbackRefusedAfterAChangeSqlite()
    {
        const QString db = notesDatabase();
        Result r = run(sqlite(db), plan({QStringLiteral("--apply"), QStringLiteral("--accept-risk"), QStringLiteral("drops-data")}));
        EXPECT_EXIT(r, 0);
        QVERIFY(TestSupport::execSql(db, QStringLiteral("INSERT INTO owners VALUES (4, 'di')")));
        const QString changed = state(db);
        const QByteArray bytes = TestSupport::fileSha256(db);
        r = run(sqlite(db), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(all(r).contains(QLatin1String("owners: 3 rows expected, 4 found")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(state(db), changed);
        QCOMPARE(TestSupport::fileSha256(db), bytes);
        QCOMPARE(TestSupport::backups(QFileInfo(db).absolutePath()).size(), 1);
    }

    void rollbackRefusedWhileInUseSqlite()
    {
        const QString db = notesDatabase();
        QVERIFY(TestSupport::execSql(db, QStringLiteral("PRAGMA journal_mode = WAL")));
        const QString before = state(db);
        Result r = run(sqlite(db), plan({QStringLiteral("--apply"), QStringLiteral("--accept-risk"), QStringLiteral("drops-data")}));
        EXPECT_EXIT(r, 0);
        {
            // Another program with the database open: its write (the same values) sits in the -wal.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(db);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("UPDATE owners SET name = name")));
            r = run(sqlite(db), plan({QStringLiteral("--rollback")}));
            EXPECT_EXIT(r, 4);
            QVERIFY2(all(r).contains(QLatin1String("Another program has the database open")),
                     qPrintable(TestSupport::describe(r)));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        // A table the plan does not name, added since: the restore would drop it.
        QVERIFY(TestSupport::execSql(db, QStringLiteral("CREATE TABLE app_cache (x INTEGER)")));
        r = run(sqlite(db), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(all(r).contains(QLatin1String("app_cache: a table added since the migration")),
                 qPrintable(TestSupport::describe(r)));
        QVERIFY(TestSupport::hasTable(db, QStringLiteral("app_cache")));
        QVERIFY(TestSupport::execSql(db, QStringLiteral("DROP TABLE app_cache")));
        r = run(sqlite(db), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 0);
        QCOMPARE(state(db), before);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void noRollbackOnPostgresql()
    {
        const QString name = QStringLiteral("impact_app");
        QString error;
        QVERIFY2(m_pg.createDatabase(name, &error), qPrintable(error));
        QVERIFY2(m_pg.psql(name, QStringLiteral("SET ROLE %1; CREATE SCHEMA %2; SET search_path TO %2;\n")
                                         .arg(PgTestServer::quoteIdent(m_pg.user()), kSchema)
                                     + kSetup,
                           nullptr, &error),
                 qPrintable(error));
        const QString before = m_pg.dump(name, kSchema);
        const QJsonObject doc = checkJson(pg(name), {}, 3);
        QVERIFY(!doc.isEmpty());
        verifyPreview(doc);
        const QJsonObject noRollback = checkById(doc, QStringLiteral("no-rollback"));
        QCOMPARE(noRollback.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(noRollback.value(QLatin1String("passed")).toBool(true), false);
        // drops-data alone is not enough: no-rollback needs its own agreement.
        QVERIFY(!checkJson(pg(name), {QStringLiteral("--accept-risk"), QStringLiteral("drops-data")}, 3).isEmpty());
        QCOMPARE(m_pg.dump(name, kSchema), before);
        Result r = run(pg(name), plan({QStringLiteral("--apply"), QStringLiteral("--accept-risk"),
                                       QStringLiteral("drops-data,no-rollback")}));
        EXPECT_EXIT(r, 0);
        const QString migrated = m_pg.dump(name, kSchema);
        QVERIFY(migrated != before);
        r = run(pg(name), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(all(r).contains(QLatin1String("cannot be rolled back")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(m_pg.dump(name, kSchema), migrated);
    }
};

QTEST_GUILESS_MAIN(TestImpactPreviewApp)
#include "tst_impactpreview.moc"
