// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless interface as installers use it (shared/spec/cli.md): the REAL binary, run
// without a display, on demo databases in temporary folders. Every case asserts the exit
// code, that the process did not crash, and for every non-zero exit that the database file
// is byte-identical to what it was before the run.
#include "PausedRun.h"
#include "SecretScan.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>

namespace {

using Result = TestSupport::ProcessResult;

constexpr int kRunTimeoutMs = 60000;
constexpr int kUsers = 300;

Result run(const QStringList &arguments, const QProcessEnvironment &env = TestSupport::headlessEnvironment())
{
    return TestSupport::runBinary(arguments, kRunTimeoutMs, env);
}

Result runOn(const QString &db, const QStringList &arguments,
             const QProcessEnvironment &env = TestSupport::headlessEnvironment())
{
    return run(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db}
                   + arguments,
               env);
}

QJsonObject checkById(const QJsonObject &doc, const QString &id)
{
    for (const QJsonValue &v : doc.value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

// Whether another program could take SQLite's write lock on the file right now (it takes it
// and gives it back at once, writing nothing).
bool writerGetsLock(const QString &path, QString *detail)
{
    const QString name = QStringLiteral("tst_headless-writer-probe");
    bool got = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=300"));
        if (c.open()) {
            QSqlQuery q(c);
            got = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            *detail = q.lastError().text();
            if (got)
                q.exec(QStringLiteral("ROLLBACK"));
        } else {
            *detail = c.lastError().text();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return got;
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printedSqlMatchesTheRun();
    void initTestCase();

    // 0
    void checkPassesWithAcceptedWarnings();
    void applyRerunStatusRollback();
    void rehearseChangesNothing();
    // 1
    void badInput_data();
    void badInput();
    // 2
    void cannotOpen_data();
    void cannotOpen();
    // 3
    void blocked_data();
    void blocked();
    // 4
    void lockHeldThenHolderKilled();
    void waitLockGetsLockAfterHolderIsTerminated();
    void writersLockedOutWhileRunning_data();
    void writersLockedOutWhileRunning();
    // 5
    void brokenGmailStepLeavesNoTrace();
    void failingValidationRollsBack();
    void brokenStep_data();
    void brokenStep();
    // 6
    void rollbackVerificationFailureNeedsPerson();
    // 130
    void interrupted_data();
    void interrupted();
    void killedRollbackKeepsMigratedDatabase();
    // --progress, secrets, no display
    void progressEvents();
    void secretsNeverPrinted();
    void verboseLogsOnStderrOnly();
    void verboseNeverLogsAPassword();
    void pdfReport();
    void headlessNeedsNoDisplay();
};

void TestHeadless::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY2(QFileInfo(TestSupport::binary()).isExecutable(), qPrintable(TestSupport::binary()));
    QVERIFY2(QFileInfo::exists(TestSupport::builtinPlanSource() + QStringLiteral("/plan.json")), qPrintable(TestSupport::builtinPlanSource()));
    QVERIFY(!TestSupport::headlessEnvironment().contains(QStringLiteral("DISPLAY")));
}

// ---------------------------------------------------------------------------------------- 0

void TestHeadless::checkPassesWithAcceptedWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QByteArray sha = TestSupport::fileSha256(db);

    const Result yes = runOn(db, {QStringLiteral("--check"), QStringLiteral("--yes")});
    EXPECT_EXIT(yes, 0);
    QCOMPARE(TestSupport::fileSha256(db), sha);

    const Result risk = runOn(db, {QStringLiteral("--check"), QStringLiteral("--accept-risk"),
                                   QStringLiteral("incomplete-oauth-gmail,incomplete-oauth-google_calendar"),
                                   QStringLiteral("--json")});
    EXPECT_EXIT(risk, 0);
    PARSE_JSON(doc, risk);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(doc.value(QLatin1String("plan")).toString(), QStringLiteral("user-integrations"));
    QCOMPARE(doc.value(QLatin1String("action")).toString(), QStringLiteral("check"));
    QCOMPARE(doc.value(QLatin1String("blockers")).toInt(), 0);
    QVERIFY(doc.value(QLatin1String("warnings")).toInt() >= 2);
    QCOMPARE(TestSupport::fileSha256(db), sha);
    QCOMPARE(TestSupport::listing(dir.path()), QStringList{QStringLiteral("demo.db")});
}

void TestHeadless::applyRerunStatusRollback()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString dumpBefore = TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")});
    QVERIFY(!dumpBefore.isEmpty());

    const Result apply = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")});
    EXPECT_EXIT(apply, 0);
    QVERIFY(TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    QVERIFY(TestSupport::hasTable(db, QStringLiteral("users_old")));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(\"table\") FROM "
                                                    "pragma_foreign_key_list('emails')"))
                 .toString(),
             QStringLiteral("users"));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(\"table\") FROM "
                                                    "pragma_foreign_key_list('digests')"))
                 .toString(),
             QStringLiteral("users"));
    QCOMPARE(TestSupport::backups(dir.path()).size(), 1);
    QVERIFY2(!QFileInfo::exists(db + QStringLiteral(".migration-lock")), "the run lock was not released");

    // Again: nothing to do, and not a byte changes.
    const QByteArray shaApplied = TestSupport::fileSha256(db);
    const Result again = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json")});
    EXPECT_EXIT(again, 0);
    PARSE_JSON(againDoc, again);
    QCOMPARE(againDoc.value(QLatin1String("result")).toString(), QStringLiteral("nothing-to-do"));
    QCOMPARE(againDoc.value(QLatin1String("exit_code")).toInt(), 0);
    QCOMPARE(TestSupport::fileSha256(db), shaApplied);
    QCOMPARE(TestSupport::backups(dir.path()).size(), 1);

    const Result status = runOn(db, {QStringLiteral("--status"), QStringLiteral("--json")});
    EXPECT_EXIT(status, 0);
    PARSE_JSON(statusDoc, status);
    const QJsonArray history = statusDoc.value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("apply"));
    QCOMPARE(history.at(0).toObject().value(QLatin1String("plan")).toString(), QStringLiteral("user-integrations"));
    QCOMPARE(TestSupport::fileSha256(db), shaApplied);

    const Result rollback = runOn(db, {QStringLiteral("--rollback")});
    EXPECT_EXIT(rollback, 0);
    QCOMPARE(TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")}), dumpBefore);
    QVERIFY(!TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    QVERIFY2(!QFileInfo::exists(db + QStringLiteral(".migration-lock")), "the run lock was not released");
}

void TestHeadless::rehearseChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QByteArray sha = TestSupport::fileSha256(db);

    const Result rehearse = runOn(db, {QStringLiteral("--rehearse"), QStringLiteral("--yes"), QStringLiteral("--json")});
    EXPECT_EXIT(rehearse, 0);
    QCOMPARE(TestSupport::fileSha256(db), sha);
    PARSE_JSON(doc, rehearse);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
    qint64 expected = 0;
    for (const QString &id : {QStringLiteral("migrate-gmail"), QStringLiteral("migrate-google_calendar"),
                              QStringLiteral("migrate-telegram"), QStringLiteral("migrate-signal")}) {
        const QJsonObject check = checkById(doc, id);
        QVERIFY2(!check.isEmpty(), qPrintable(QStringLiteral("no check %1 in the --json document").arg(id)));
        expected += check.value(QLatin1String("value")).toInteger();
    }
    QVERIFY(expected > 0);
    const QJsonObject counts = doc.value(QLatin1String("counts")).toObject();
    QVERIFY2(counts.contains(QLatin1String("user_integrations")), qPrintable(TestSupport::describe(rehearse)));
    QCOMPARE(counts.value(QLatin1String("user_integrations")).toInteger(), expected);
    QCOMPARE(counts.value(QLatin1String("users")).toInteger(), qint64(kUsers));
    QVERIFY(!TestSupport::hasTable(db, QStringLiteral("user_integrations")));
}

// ---------------------------------------------------------------------------------------- 1

void TestHeadless::badInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // @DB@ and @DIR@ are replaced
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("mentions"); // what the message must name (regular expressions)
    QTest::addColumn<QString>("forbidden");    // what must never be printed

    const QStringList on{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:@DB@")};
    QTest::newRow("unknown flag") << on + QStringList{QStringLiteral("--check"), QStringLiteral("--frobnicate")}
                                  << QString() << QStringList{QStringLiteral("frobnicate")} << QString();
    QTest::newRow("two actions") << on + QStringList{QStringLiteral("--check"), QStringLiteral("--apply"),
                                                     QStringLiteral("--yes")}
                                 << QString() << QStringList() << QString();
    QTest::newRow("no action") << on << QString() << QStringList() << QString();
    QTest::newRow("--db missing") << QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--check")} << QString()
                                  << QStringList{QStringLiteral("--db")} << QString();
    QTest::newRow("malformed URL") << QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                  QStringLiteral("mysql://x"), QStringLiteral("--check")}
                                   << QString() << QStringList() << QString();
    QTest::newRow("password in URL") << QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                    QStringLiteral("postgresql://u:secret@h/db"),
                                                    QStringLiteral("--check")}
                                     << QString() << QStringList{QStringLiteral("password")}
                                     << QStringLiteral("secret");
    QTest::newRow("mistyped URL with password") << QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                               QStringLiteral("postgresql:/u:secret@h/db"),
                                                               QStringLiteral("--check")}
                                                << QString() << QStringList() << QStringLiteral("secret");
    QTest::newRow("missing plan folder") << on + QStringList{QStringLiteral("--plan"),
                                                             QStringLiteral("@DIR@/no-such-plan"),
                                                             QStringLiteral("--check")}
                                         << QString() << QStringList{QStringLiteral("no-such-plan")} << QString();
    QTest::newRow("plan.json syntax error")
        << on + QStringList{QStringLiteral("--plan"), QStringLiteral("@DIR@/plan"), QStringLiteral("--check")}
        << QStringLiteral("broken-plan-json")
        << QStringList{QStringLiteral("plan\\.json"), QStringLiteral("line \\d+")} << QString();
    QTest::newRow("unknown --accept-risk") << on + QStringList{QStringLiteral("--apply"),
                                                               QStringLiteral("--accept-risk"),
                                                               QStringLiteral("no-such-check")}
                                           << QString() << QStringList{QStringLiteral("no-such-check")} << QString();
    QTest::newRow("--wait-lock abc") << on + QStringList{QStringLiteral("--apply"), QStringLiteral("--yes"),
                                                         QStringLiteral("--wait-lock"), QStringLiteral("abc")}
                                     << QString() << QStringList{QStringLiteral("wait-lock")} << QString();
    QTest::newRow("--users without --demo") << on + QStringList{QStringLiteral("--check"), QStringLiteral("--users"),
                                                                QStringLiteral("5")}
                                            << QString() << QStringList{QStringLiteral("--demo")} << QString();
    QTest::newRow("--demo onto an existing file")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("@DB@"), QStringLiteral("--users"),
                       QStringLiteral("10")}
        << QString() << QStringList() << QString();
}

void TestHeadless::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, setup);
    QFETCH(QStringList, mentions);
    QFETCH(QString, forbidden);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    if (setup == QLatin1String("broken-plan-json")) {
        const QString plan = TestSupport::copyBuiltinPlan(dir.path());
        QVERIFY(!plan.isEmpty());
        QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/plan.json"), "\"format\": 1,", "\"format\": 1,,"));
    }
    for (QString &a : arguments) {
        a.replace(QLatin1String("@DB@"), db);
        a.replace(QLatin1String("@DIR@"), dir.path());
    }
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList filesBefore = TestSupport::listing(dir.path());

    // Collect every broken promise of the row, so one report names them all.
    QStringList problems;
    auto expectOne = [&](const Result &r, const QString &label) {
        if (r.crashed)
            problems << label + QStringLiteral(": crashed or timed out");
        if (r.exitCode != 1)
            problems << label + QStringLiteral(": exit code %1, expected 1").arg(r.exitCode);
        if (TestSupport::fileSha256(db) != sha)
            problems << label + QStringLiteral(": the database file changed");
        if (TestSupport::listing(dir.path()) != filesBefore)
            problems << label + QStringLiteral(": files appeared or vanished: %1 -> %2")
                                    .arg(filesBefore.join(QLatin1Char(' ')), TestSupport::listing(dir.path()).join(QLatin1Char(' ')));
        if (!forbidden.isEmpty() && (r.out.contains(forbidden.toUtf8()) || r.err.contains(forbidden.toUtf8())))
            problems << label + QStringLiteral(": \"%1\" was printed").arg(forbidden);
    };

    const Result plain = run(arguments);
    expectOne(plain, QStringLiteral("without --json"));
    const QString plainText = QString::fromUtf8(plain.out + plain.err);
    for (const QString &m : std::as_const(mentions))
        if (!plainText.contains(QRegularExpression(m)))
            problems << QStringLiteral("without --json: the message does not name /%1/").arg(m);

    const Result json = run(arguments + QStringList{QStringLiteral("--json")});
    expectOne(json, QStringLiteral("with --json"));
    QString parseProblem;
    const QJsonObject doc = TestSupport::jsonOf(json.out, &parseProblem);
    if (!parseProblem.isEmpty()) {
        problems << QStringLiteral("with --json: ") + parseProblem.trimmed();
    } else {
        if (doc.value(QLatin1String("result")).toString() != QLatin1String("failed"))
            problems << QStringLiteral("with --json: result is \"%1\", expected \"failed\"")
                            .arg(doc.value(QLatin1String("result")).toString());
        if (doc.contains(QLatin1String("exit_code")) && doc.value(QLatin1String("exit_code")).toInt() != 1)
            problems << QStringLiteral("with --json: exit_code is %1").arg(doc.value(QLatin1String("exit_code")).toInt());
        const QString message = doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            problems << QStringLiteral("with --json: no error.message");
        for (const QString &m : std::as_const(mentions))
            if (!message.contains(QRegularExpression(m)))
                problems << QStringLiteral("with --json: error.message \"%1\" does not name /%2/").arg(message, m);
    }

    // The message goes to stderr, where installers log errors.
    if (plain.err.trimmed().isEmpty())
        problems << QStringLiteral("without --json: no message on stderr (stdout was: %1)")
                        .arg(QString::fromUtf8(plain.out.trimmed().right(400)));

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\n--- plain run: ")
                                            + TestSupport::describe(plain) + QStringLiteral("\n--- --json run: ") + TestSupport::describe(json)));
}

// ---------------------------------------------------------------------------------------- 2

void TestHeadless::cannotOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("action");
    const QStringList check{QStringLiteral("--check")};
    const QStringList apply{QStringLiteral("--apply"), QStringLiteral("--yes")};
    for (const QString &kind : {QStringLiteral("missing file"), QStringLiteral("random bytes"),
                                QStringLiteral("empty directory")}) {
        QTest::addRow("%s, --check", qPrintable(kind)) << kind << check;
        QTest::addRow("%s, --apply", qPrintable(kind)) << kind << apply;
    }
}

void TestHeadless::cannotOpen()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, action);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    QByteArray sha;
    if (kind == QLatin1String("missing file")) {
        path = dir.filePath(QStringLiteral("missing.db"));
    } else if (kind == QLatin1String("random bytes")) {
        path = dir.filePath(QStringLiteral("random.db"));
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(20240601);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        sha = TestSupport::fileSha256(path);
    } else {
        path = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(path));
    }
    const QStringList filesBefore = TestSupport::listing(dir.path());

    const Result r = runOn(path, action + QStringList{QStringLiteral("--json")});
    EXPECT_EXIT(r, 2);
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QVERIFY(!doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    const Result text = runOn(path, action);
    EXPECT_EXIT(text, 2);

    QCOMPARE(TestSupport::listing(dir.path()), filesBefore); // no database, journal, lock or backup was left behind
    if (kind == QLatin1String("missing file")) {
        QVERIFY(!QFileInfo::exists(path));
    } else if (kind == QLatin1String("random bytes")) {
        QCOMPARE(TestSupport::fileSha256(path), sha);
        QVERIFY2((r.out + r.err).contains("not a SQLite database"), qPrintable(TestSupport::describe(r)));
    } else {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(TestSupport::listing(path).isEmpty());
    }
}

// ---------------------------------------------------------------------------------------- 3

void TestHeadless::blocked_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("failingCheck");
    QTest::addColumn<bool>("blocker");

    QTest::newRow("warnings without --yes") << QStringLiteral("none") << QStringList()
                                            << QStringLiteral("incomplete-oauth-gmail") << false;
    QTest::newRow("duplicate email (case)") << QStringLiteral("duplicate-email") << QStringList{QStringLiteral("--yes")}
                                            << QStringLiteral("duplicate-emails") << true;
    QTest::newRow("orphan email row") << QStringLiteral("orphan") << QStringList{QStringLiteral("--yes")}
                                      << QStringLiteral("orphan-rows") << true;
    QTest::newRow("users_old by hand") << QStringLiteral("users-old") << QStringList{QStringLiteral("--yes")}
                                       << QStringLiteral("users-old-exists") << true;
    QTest::newRow("not a v1 database") << QStringLiteral("not-v1") << QStringList{QStringLiteral("--yes")}
                                       << QStringLiteral("schema-version") << true;
}

void TestHeadless::blocked()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, options);
    QFETCH(QString, failingCheck);
    QFETCH(bool, blocker);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString db;
    QString error;
    if (setup == QLatin1String("not-v1")) {
        db = dir.filePath(QStringLiteral("other.db"));
        QVERIFY2(TestSupport::execSql(db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
                                                         "INSERT INTO notes (body) VALUES ('hello'), ('world');\n"),
                                      &error),
                 qPrintable(error));
    } else {
        db = TestSupport::demoDatabase(dir.path(), kUsers);
        QVERIFY(!db.isEmpty());
    }
    if (setup == QLatin1String("duplicate-email")) {
        QVERIFY2(TestSupport::execSql(
                     db,
                     QStringLiteral("INSERT INTO users (id, email, created_at) SELECT 'dup-upper-case', upper(email), "
                                    "created_at FROM users WHERE email NOT GLOB '*[^ -~]*' AND email = lower(email) "
                                    "AND email <> upper(email) ORDER BY rowid LIMIT 1;"),
                     &error),
                 qPrintable(error));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE id = 'dup-upper-case'")).toInt(),
                 1);
    } else if (setup == QLatin1String("orphan")) {
        QVERIFY2(TestSupport::execSql(db,
                                      QStringLiteral("INSERT INTO emails (id, user_id, subject, received_at) VALUES "
                                                     "('orphan-email', 'nobody', 'Lost', '2024-01-01T00:00:00Z');"),
                                      &error),
                 qPrintable(error));
    } else if (setup == QLatin1String("users-old")) {
        QVERIFY2(TestSupport::execSql(db, QStringLiteral("CREATE TABLE users_old (id TEXT PRIMARY KEY, note TEXT);"),
                                      &error),
                 qPrintable(error));
    }
    const QByteArray sha = TestSupport::fileSha256(db);
    QVERIFY(!sha.isEmpty());
    const QStringList filesBefore = TestSupport::listing(dir.path());

    for (const QString &action : {QStringLiteral("--check"), QStringLiteral("--apply")}) {
        const Result r = runOn(db, QStringList{action, QStringLiteral("--json")} + options);
        EXPECT_EXIT(r, 3);
        QCOMPARE(TestSupport::fileSha256(db), sha);
        QCOMPARE(TestSupport::listing(dir.path()), filesBefore);
        PARSE_JSON(doc, r);
        QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("blocked"));
        QCOMPARE(doc.value(QLatin1String("exit_code")).toInt(), 3);
        const QJsonObject check = checkById(doc, failingCheck);
        QVERIFY2(!check.isEmpty(), qPrintable(QStringLiteral("no check %1: ").arg(failingCheck) + TestSupport::describe(r)));
        QCOMPARE(check.value(QLatin1String("passed")).toBool(true), false);
        QCOMPARE(check.value(QLatin1String("severity")).toString(),
                 blocker ? QStringLiteral("blocker") : QStringLiteral("warning"));
        if (blocker)
            QVERIFY(doc.value(QLatin1String("blockers")).toInt() >= 1);
        else
            QCOMPARE(doc.value(QLatin1String("blockers")).toInt(), 0);

        const Result text = runOn(db, QStringList{action} + options);
        EXPECT_EXIT(text, 3);
        QCOMPARE(TestSupport::fileSha256(db), sha);
        if (setup == QLatin1String("not-v1")) {
            // A foreign database is recognised as such, not tripped over.
            for (const QByteArray &sqlError : {QByteArray("no such table"), QByteArray("no such column"),
                                              QByteArray("syntax error"), QByteArray("Statement:"),
                                              QByteArray("could not run")}) {
                QVERIFY2(!(r.out + r.err).contains(sqlError), qPrintable(TestSupport::describe(r)));
                QVERIFY2(!(text.out + text.err).contains(sqlError), qPrintable(TestSupport::describe(text)));
            }
        }
    }
    QVERIFY(TestSupport::backups(dir.path()).isEmpty());
}

// ---------------------------------------------------------------------------------------- 4

void TestHeadless::lockHeldThenHolderKilled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString original = TestSupport::dumpDatabase(db);
    const QByteArray sha = TestSupport::fileSha256(db);
    const QString lockFile = db + QStringLiteral(".migration-lock");

    PausedRun first;
    QString why;
    QVERIFY2(first.start({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                          QStringLiteral("--apply"), QStringLiteral("--yes")},
                         QStringLiteral("copy-users"), &why),
             qPrintable(why));
    QVERIFY(QFileInfo::exists(lockFile));
    const QString pid = QString::number(first.pid());

    QElapsedTimer clock;
    clock.start();
    const Result second = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json")});
    EXPECT_EXIT(second, 4);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QStringLiteral("exit 4 took %1 ms").arg(clock.elapsed())));
    QCOMPARE(TestSupport::fileSha256(db), sha);
    PARSE_JSON(doc, second);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("locked"));
    QCOMPARE(doc.value(QLatin1String("lock_holder")).toObject().value(QLatin1String("pid")).toInteger(), first.pid());
    QVERIFY2(doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().contains(pid),
             qPrintable(TestSupport::describe(second)));

    const Result secondText = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")});
    EXPECT_EXIT(secondText, 4);
    QVERIFY2((secondText.out + secondText.err).contains(pid.toUtf8()), qPrintable(TestSupport::describe(secondText)));
    QCOMPARE(TestSupport::fileSha256(db), sha);

    // kill -9 in the middle of the transaction: the lock file stays behind, a hot journal too.
    first.signal(SIGKILL);
    const Result killed = first.finish(20000);
    QVERIFY(killed.crashed); // killed by the signal, as intended
    QVERIFY2(QFileInfo::exists(lockFile), "the killed run's lock file should still be there");

    // A normal open rolls the hot journal back: every table and row as before.
    QCOMPARE(TestSupport::dumpDatabase(db), original);
    QCOMPARE(TestSupport::fileSha256(db), sha);

    // The dead holder's lock is reclaimed; nobody deleted the lock file.
    QVERIFY(QFileInfo::exists(lockFile));
    const Result third = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")});
    EXPECT_EXIT(third, 0);
    QVERIFY(TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    QVERIFY(!QFileInfo::exists(lockFile));
}

void TestHeadless::waitLockGetsLockAfterHolderIsTerminated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QStringList applyArgs{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--apply"), QStringLiteral("--yes")};

    PausedRun first;
    QString why;
    QVERIFY2(first.start(applyArgs, QStringLiteral("copy-users"), &why), qPrintable(why));

    QProcess second;
    second.setProcessEnvironment(TestSupport::headlessEnvironment());
    second.start(TestSupport::binary(), applyArgs + QStringList{QStringLiteral("--wait-lock"), QStringLiteral("30")});
    QVERIFY(second.waitForStarted(10000));
    second.closeWriteChannel();
    QByteArray secondOut;
    const QDeadlineTimer announced(15000);
    while (!announced.hasExpired() && !secondOut.contains("Waiting") && second.state() == QProcess::Running) {
        second.waitForReadyRead(100);
        secondOut += second.readAllStandardOutput();
    }
    QTest::qWait(700);
    QVERIFY2(second.state() == QProcess::Running,
             qPrintable(QStringLiteral("the waiting run did not wait: exit %1\n%2%3")
                            .arg(second.exitCode())
                            .arg(QString::fromUtf8(secondOut + second.readAllStandardOutput()),
                                 QString::fromUtf8(second.readAllStandardError()))));

    first.signal(SIGTERM);
    const Result terminated = first.finish(30000);
    EXPECT_EXIT(terminated, 130);

    QVERIFY2(second.waitForFinished(45000), "the waiting run never finished");
    Result waited;
    waited.out = secondOut + second.readAllStandardOutput();
    waited.err = second.readAllStandardError();
    waited.crashed = second.exitStatus() == QProcess::CrashExit;
    waited.exitCode = second.exitCode();
    EXPECT_EXIT(waited, 0);
    QVERIFY(TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM migration_assistant_history")).toInt(), 1);
}

// The spec: "one transaction with the touched tables locked against writers". Another program
// (or a second run pointed at another --lock-file) must not get SQLite's write lock while a run
// is inside its transaction.
void TestHeadless::writersLockedOutWhileRunning_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("pauseAt");
    QTest::newRow("rehearse, at copy-users") << QStringLiteral("rehearse") << QStringLiteral("copy-users");
    QTest::newRow("apply, at copy-users") << QStringLiteral("apply") << QStringLiteral("copy-users");
    QTest::newRow("apply, at commit") << QStringLiteral("apply") << QStringLiteral("commit");
    QTest::newRow("rollback, at drop-integrations") << QStringLiteral("rollback") << QStringLiteral("drop-integrations");
    QTest::newRow("rollback, at rollback-commit") << QStringLiteral("rollback") << QStringLiteral("rollback-commit");
}

void TestHeadless::writersLockedOutWhileRunning()
{
    QFETCH(QString, action);
    QFETCH(QString, pauseAt);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const bool rollback = action == QLatin1String("rollback");
    if (rollback)
        EXPECT_EXIT(runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
    const QByteArray sha = TestSupport::fileSha256(db);

    PausedRun paused;
    QString why;
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                          QStringLiteral("--") + action};
    if (!rollback)
        arguments << QStringLiteral("--yes");
    QVERIFY2(paused.start(arguments, pauseAt, &why), qPrintable(why));

    QString detail;
    QVERIFY2(!writerGetsLock(db, &detail),
             qPrintable(QStringLiteral("another program took SQLite's write lock while --%1 was paused at %2 inside "
                                       "its transaction")
                            .arg(action, pauseAt)));
    QVERIFY2(detail.contains(QLatin1String("locked")), qPrintable(detail));

    const Result second = runOn(db, {QStringLiteral("--rehearse"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                     QStringLiteral("--lock-file"), dir.filePath(QStringLiteral("other.lock"))});
    EXPECT_EXIT(second, 4);

    paused.signal(SIGTERM);
    const Result r = paused.finish(30000);
    EXPECT_EXIT(r, 130);
    QCOMPARE(TestSupport::fileSha256(db), sha);
}

// ---------------------------------------------------------------------------------------- 5

void TestHeadless::brokenGmailStepLeavesNoTrace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!plan.isEmpty());
    QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/sqlite/05_migrate_gmail.sql"), "client_secret, auth_code, granted",
                          "client_secrte, auth_code, granted"));
    const QByteArray sha = TestSupport::fileSha256(db);

    const Result r = runOn(db, {QStringLiteral("--plan"), plan, QStringLiteral("--apply"), QStringLiteral("--yes"),
                                QStringLiteral("--json")});
    EXPECT_EXIT(r, 5);
    QCOMPARE(TestSupport::fileSha256(db), sha);
    QVERIFY2(TestSupport::backups(dir.path()).isEmpty(), qPrintable(TestSupport::backups(dir.path()).join(QLatin1Char(' '))));
    QVERIFY(!TestSupport::hasTable(db, QStringLiteral("users_new")));
    QVERIFY(!TestSupport::hasTable(db, QStringLiteral("users_old")));
    QVERIFY(!TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QVERIFY(!doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".migration-lock")));
}

void TestHeadless::failingValidationRollsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!plan.isEmpty());
    QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/plan.json"), "\"equals_check\": \"migrate-gmail\"",
                          "\"equals\": 999999"));
    const QByteArray sha = TestSupport::fileSha256(db);

    const Result r = runOn(db, {QStringLiteral("--plan"), plan, QStringLiteral("--apply"), QStringLiteral("--yes"),
                                QStringLiteral("--json")});
    EXPECT_EXIT(r, 5);
    QCOMPARE(TestSupport::fileSha256(db), sha);
    QVERIFY(TestSupport::backups(dir.path()).isEmpty());
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    bool found = false;
    for (const QJsonValue &v : doc.value(QLatin1String("validations")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("gmail-count")) {
            found = true;
            QCOMPARE(v.toObject().value(QLatin1String("passed")).toBool(true), false);
        }
    QVERIFY2(found, qPrintable(TestSupport::describe(r)));
}

void TestHeadless::brokenStep_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("01 create-users-new") << QStringLiteral("01_create_users_new.sql") << false;
    QTest::newRow("02 copy-users") << QStringLiteral("02_copy_users.sql") << true;
    QTest::newRow("03 swap-users") << QStringLiteral("03_swap_users.sql") << false;
    QTest::newRow("04 create-integrations") << QStringLiteral("04_create_integrations.sql") << false;
    QTest::newRow("05 migrate-gmail") << QStringLiteral("05_migrate_gmail.sql") << true;
    QTest::newRow("06 migrate-google_calendar") << QStringLiteral("06_migrate_google_calendar.sql") << true;
    QTest::newRow("07 migrate-telegram") << QStringLiteral("07_migrate_telegram.sql") << true;
    QTest::newRow("08 migrate-signal") << QStringLiteral("08_migrate_signal.sql") << true;
}

void TestHeadless::brokenStep()
{
    QFETCH(QString, file);
    QFETCH(bool, chunked);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!plan.isEmpty());
    const QString path = plan + QStringLiteral("/sqlite/") + file;
    if (chunked)
        QVERIFY(TestSupport::replaceInFile(path, "SELECT id,", "SELECT no_such_id,"));
    else
        QVERIFY(TestSupport::appendToFile(path, "\nSELECT no_such_column FROM users;\n"));
    const QByteArray sha = TestSupport::fileSha256(db);

    const Result r = runOn(db, {QStringLiteral("--plan"), plan, QStringLiteral("--apply"), QStringLiteral("--yes"),
                                QStringLiteral("--json")});
    EXPECT_EXIT(r, 5);
    QCOMPARE(TestSupport::fileSha256(db), sha);
    QVERIFY(TestSupport::backups(dir.path()).isEmpty());
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".migration-lock")));
}

// ---------------------------------------------------------------------------------------- 6

void TestHeadless::rollbackVerificationFailureNeedsPerson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    EXPECT_EXIT(runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
    QString error;
    QVERIFY2(TestSupport::execSql(db,
                                  QStringLiteral("UPDATE migration_assistant_history SET tables_before = "
                                                 "replace(tables_before, '\"rows\":300', '\"rows\":301');"),
                                  &error),
             qPrintable(error));
    QVERIFY2(TestSupport::scalar(db, QStringLiteral("SELECT instr(tables_before, '\"rows\":301') > 0 FROM "
                                                    "migration_assistant_history"))
                 .toBool(),
             "the history was not tampered with");
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList bakBefore = TestSupport::backups(dir.path());

    const Result r = runOn(db, {QStringLiteral("--rollback"), QStringLiteral("--json")});
    EXPECT_EXIT(r, 6);
    QCOMPARE(TestSupport::fileSha256(db), sha);
    QVERIFY(TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    QVERIFY(TestSupport::hasTable(db, QStringLiteral("users_old")));
    PARSE_JSON(doc, r);
    QVERIFY2(!doc.value(QLatin1String("differences")).toArray().isEmpty(), qPrintable(TestSupport::describe(r)));
    QCOMPARE(TestSupport::backups(dir.path()), bakBefore);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".migration-lock")));
}

// -------------------------------------------------------------------------------------- 130

void TestHeadless::interrupted_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("pauseAt");
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("apply, SIGINT at migrate-gmail") << QStringLiteral("apply") << QStringLiteral("migrate-gmail")
                                                    << int(SIGINT);
    QTest::newRow("apply, SIGTERM at validate") << QStringLiteral("apply") << QStringLiteral("validate")
                                                << int(SIGTERM);
    QTest::newRow("apply, SIGTERM at commit") << QStringLiteral("apply") << QStringLiteral("commit") << int(SIGTERM);
    QTest::newRow("rollback, SIGINT at restore-users") << QStringLiteral("rollback") << QStringLiteral("restore-users")
                                                       << int(SIGINT);
    QTest::newRow("apply, SIGINT at create-users-new") << QStringLiteral("apply") << QStringLiteral("create-users-new")
                                                       << int(SIGINT);
    QTest::newRow("apply, SIGTERM at swap-users") << QStringLiteral("apply") << QStringLiteral("swap-users")
                                                  << int(SIGTERM);
    QTest::newRow("rollback, SIGTERM at drop-integrations") << QStringLiteral("rollback")
                                                            << QStringLiteral("drop-integrations") << int(SIGTERM);
    QTest::newRow("rollback, SIGINT at validate") << QStringLiteral("rollback") << QStringLiteral("validate")
                                                  << int(SIGINT);
    QTest::newRow("rollback, SIGTERM at rollback-commit") << QStringLiteral("rollback")
                                                          << QStringLiteral("rollback-commit") << int(SIGTERM);
}

void TestHeadless::interrupted()
{
    QFETCH(QString, action);
    QFETCH(QString, pauseAt);
    QFETCH(int, signalNumber);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const bool rollback = action == QLatin1String("rollback");
    if (rollback)
        EXPECT_EXIT(runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
    const QString dump = TestSupport::dumpDatabase(db);
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList bakBefore = TestSupport::backups(dir.path());

    PausedRun paused;
    QString why;
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                          QStringLiteral("--json")};
    arguments << (rollback ? QStringList{QStringLiteral("--rollback")}
                           : QStringList{QStringLiteral("--apply"), QStringLiteral("--yes")});
    QVERIFY2(paused.start(arguments, pauseAt, &why), qPrintable(why));
    paused.signal(signalNumber);
    const Result r = paused.finish(30000);
    EXPECT_EXIT(r, 130);
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("exit_code")).toInt(), 130);

    QCOMPARE(TestSupport::fileSha256(db), sha);
    QCOMPARE(TestSupport::dumpDatabase(db), dump);
    QCOMPARE(TestSupport::backups(dir.path()), bakBefore); // the run's own backup is gone: nothing changed
    QVERIFY2(!QFileInfo::exists(db + QStringLiteral(".migration-lock")), "the lock file was left behind");
    if (rollback) {
        QVERIFY(TestSupport::hasTable(db, QStringLiteral("user_integrations")));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        EXPECT_EXIT(runOn(db, {QStringLiteral("--rollback")}), 0);
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    } else {
        EXPECT_EXIT(runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
        QVERIFY(TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    }
}

void TestHeadless::killedRollbackKeepsMigratedDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString v1 = TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")});
    EXPECT_EXIT(runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
    const QString migrated = TestSupport::dumpDatabase(db);
    const QByteArray shaMigrated = TestSupport::fileSha256(db);

    PausedRun paused;
    QString why;
    QVERIFY2(paused.start({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                           QStringLiteral("--rollback")},
                          QStringLiteral("restore-users"), &why),
             qPrintable(why));
    paused.signal(SIGKILL);
    QVERIFY(paused.finish(20000).crashed);

    QCOMPARE(TestSupport::dumpDatabase(db), migrated); // after a normal open: the hot journal rolled back
    QCOMPARE(TestSupport::fileSha256(db), shaMigrated);
    EXPECT_EXIT(runOn(db, {QStringLiteral("--rollback")}), 0);
    QCOMPARE(TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")}), v1);
}

// ------------------------------------------------------------------------------ --progress

void TestHeadless::progressEvents()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), 20000);
    QVERIFY(!db.isEmpty());

    const Result r = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--progress"),
                                QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    PARSE_JSON(doc, r); // progress goes to stderr, stdout stays one document
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("ok"));

    const QSet<QString> chunked{QStringLiteral("copy-users"), QStringLiteral("migrate-gmail"),
                                QStringLiteral("migrate-google_calendar"), QStringLiteral("migrate-telegram"),
                                QStringLiteral("migrate-signal")};
    QList<QJsonObject> events;
    for (const QByteArray &line : r.err.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && d.isObject(),
                 qPrintable(QStringLiteral("a stderr line is not a JSON object: ") + QString::fromUtf8(line)));
        const QJsonObject e = d.object();
        for (const QString &key : {QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("total"),
                                   QStringLiteral("eta_ms")})
            QVERIFY2(e.contains(key), qPrintable(QStringLiteral("no %1 in ").arg(key) + QString::fromUtf8(line)));
        QVERIFY(e.value(QLatin1String("step")).isString());
        QVERIFY(e.value(QLatin1String("done")).isDouble());
        QVERIFY(e.value(QLatin1String("total")).isDouble());
        QVERIFY(e.value(QLatin1String("eta_ms")).isDouble());
        QVERIFY2(e.value(QLatin1String("done")).toInteger() <= e.value(QLatin1String("total")).toInteger(),
                 qPrintable(QString::fromUtf8(line)));
        QVERIFY2(e.value(QLatin1String("done")).toInteger() >= 0, qPrintable(QString::fromUtf8(line)));
        if (!events.isEmpty())
            QVERIFY2(e.value(QLatin1String("done")).toInteger()
                         >= events.last().value(QLatin1String("done")).toInteger(),
                     qPrintable(QStringLiteral("done went backwards: ") + QString::fromUtf8(line)));
        events << e;
    }
    QVERIFY2(events.size() >= 2, qPrintable(TestSupport::describe(r)));

    QJsonObject lastChunked;
    QSet<QString> seen;
    for (const QJsonObject &e : std::as_const(events)) {
        const QString step = e.value(QLatin1String("step")).toString();
        if (chunked.contains(step)) {
            lastChunked = e;
            seen.insert(step);
        }
    }
    QCOMPARE(seen, chunked);
    QVERIFY(lastChunked.value(QLatin1String("total")).toInteger() > 0);
    QCOMPARE(lastChunked.value(QLatin1String("done")).toInteger(),
             lastChunked.value(QLatin1String("total")).toInteger());
    // A chunked step's rows are counted while it runs.
    for (const QString &step : chunked) {
        qint64 first = -1;
        qint64 last = -1;
        for (const QJsonObject &e : std::as_const(events))
            if (e.value(QLatin1String("step")).toString() == step) {
                if (first < 0)
                    first = e.value(QLatin1String("done")).toInteger();
                last = e.value(QLatin1String("done")).toInteger();
            }
        QVERIFY2(last > first, qPrintable(QStringLiteral("no rows counted during %1").arg(step)));
    }
}

// --------------------------------------------------------------------------------- secrets

// --print-sql is what a DBA reviews and what the benchmark feeds to the shell: run by the
// sqlite3 shell it must produce exactly the tables and rows the assistant produces.
void TestHeadless::printedSqlMatchesTheRun()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QFAIL("the sqlite3 shell is missing: packaging/install-build-deps.sh installs it");
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    const QString shellCopy = dir.path() + QStringLiteral("/shell.db");
    QVERIFY(QFile::copy(db, shellCopy));
    const auto printed = TestSupport::runBinary({QStringLiteral("--print-sql"), QStringLiteral("sqlite")}, 30000,
                                                TestSupport::headlessEnvironment());
    QCOMPARE(printed.exitCode, 0);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {shellCopy});
    QVERIFY(shell.waitForStarted());
    shell.write(printed.out);
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(shell.readAllStandardError(), QByteArray());
    const auto applied = TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                 QStringLiteral("sqlite:") + db, QStringLiteral("--apply"),
                                                 QStringLiteral("--yes")},
                                                60000, TestSupport::headlessEnvironment());
    QCOMPARE(applied.exitCode, 0);
    const QStringList volatileColumns{QStringLiteral("created_at")};
    for (const QString &table : {QStringLiteral("users"), QStringLiteral("users_old"), QStringLiteral("services"),
                                 QStringLiteral("emails"), QStringLiteral("digests"), QStringLiteral("tasks")})
        QCOMPARE(TestSupport::scalar(shellCopy, QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                 TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    // user_integrations: the same rows, but for created_at (the time each was written).
    const QString rows = QStringLiteral(
        "SELECT group_concat(hex(user_id) || service_id || hex(coalesce(external_user_id, '')) || "
        "hex(coalesce(access_token, '~')) || hex(coalesce(refresh_token, '~')) || hex(credentials) || refresh_expired, ',') "
        "FROM (SELECT * FROM user_integrations ORDER BY user_id, service_id)");
    QCOMPARE(TestSupport::scalar(shellCopy, rows), TestSupport::scalar(db, rows));
}

void TestHeadless::secretsNeverPrinted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    QVERIFY(QFile::copy(db, fresh));

    SecretScan scan;
    scan.addSecrets(TestSupport::demoSecrets(db));
    QVERIFY2(scan.secretCount() > 100, qPrintable(QStringLiteral("only %1 secrets found").arg(scan.secretCount())));
    auto keep = [&](const QString &label, const Result &r) { scan.scanResult(label, r); };

    const Result check = runOn(db, {QStringLiteral("--check")});
    EXPECT_EXIT(check, 3);
    QVERIFY2(check.out.contains("••••••"), qPrintable(TestSupport::describe(check))); // samples are shown, masked
    keep(QStringLiteral("--check"), check);
    const Result checkJson = runOn(db, {QStringLiteral("--check"), QStringLiteral("--json")});
    EXPECT_EXIT(checkJson, 3);
    keep(QStringLiteral("--check --json"), checkJson);

    const QString reportHtml = dir.filePath(QStringLiteral("r.html"));
    const Result apply = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--report"),
                                    reportHtml});
    EXPECT_EXIT(apply, 0);
    keep(QStringLiteral("--apply --yes --report r.html"), apply);

    const QString reportJson = dir.filePath(QStringLiteral("r.json"));
    const QByteArray freshSha = TestSupport::fileSha256(fresh);
    const Result blocked = runOn(fresh, {QStringLiteral("--apply"), QStringLiteral("--report"), reportJson});
    EXPECT_EXIT(blocked, 3);
    QCOMPARE(TestSupport::fileSha256(fresh), freshSha);
    keep(QStringLiteral("--apply --report r.json"), blocked);

    const Result status = runOn(db, {QStringLiteral("--status")});
    EXPECT_EXIT(status, 0);
    keep(QStringLiteral("--status"), status);
    const Result statusJson = runOn(db, {QStringLiteral("--status"), QStringLiteral("--json")});
    EXPECT_EXIT(statusJson, 0);
    keep(QStringLiteral("--status --json"), statusJson);

    const QString reportRollback = dir.filePath(QStringLiteral("rb.html"));
    const Result rollback = runOn(db, {QStringLiteral("--rollback"), QStringLiteral("--json"),
                                       QStringLiteral("--report"), reportRollback});
    EXPECT_EXIT(rollback, 0);
    keep(QStringLiteral("--rollback --json --report rb.html"), rollback);

    for (const QString &report : {reportHtml, reportJson, reportRollback}) {
        QFile f(report);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no report ") + report));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.isEmpty());
        scan.scan(QFileInfo(report).fileName(), bytes);
        QVERIFY2(TestSupport::fileMode(report) == 0600,
                 qPrintable(QStringLiteral("%1 has mode %2").arg(report).arg(TestSupport::fileMode(report), 0, 8)));
    }
    const QStringList baks = TestSupport::backups(dir.path());
    QVERIFY2(baks.size() >= 2, qPrintable(baks.join(QLatin1Char(' ')))); // the apply's and the rollback's
    for (const QString &bak : baks)
        QVERIFY2(TestSupport::fileMode(dir.filePath(bak)) == 0600,
                 qPrintable(QStringLiteral("%1 has mode %2").arg(bak).arg(TestSupport::fileMode(dir.filePath(bak)), 0, 8)));

    QVERIFY2(scan.leaks().isEmpty(), qPrintable(scan.report()));
}

// The log lines of the ma.* categories in a run's stderr ("ma.lock: took the run lock …").
QStringList logLines(const QByteArray &err)
{
    static const QRegularExpression line(QStringLiteral("^ma\\.[a-z]+: .*$"), QRegularExpression::MultilineOption);
    QStringList lines;
    for (auto it = line.globalMatch(QString::fromUtf8(err)); it.hasNext();)
        lines << it.next().captured();
    return lines;
}

bool anyStartsWith(const QStringList &lines, const QString &prefix)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(prefix); });
}

// Quiet by default; --verbose (or QT_LOGGING_RULES) logs on stderr, and stdout stays the report.
void TestHeadless::verboseLogsOnStderrOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    QProcessEnvironment env = TestSupport::headlessEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));

    const Result quiet = runOn(db, {QStringLiteral("--check"), QStringLiteral("--yes")}, env);
    EXPECT_EXIT(quiet, 0);
    QVERIFY2(logLines(quiet.err).isEmpty(), qPrintable(TestSupport::describe(quiet)));

    const Result apply = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                    QStringLiteral("--verbose")},
                               env);
    EXPECT_EXIT(apply, 0);
    PARSE_JSON(doc, apply); // stdout is still one JSON document: nothing was logged there
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
    QVERIFY2(logLines(apply.out).isEmpty(), qPrintable(TestSupport::describe(apply)));
    const QStringList lines = logLines(apply.err);
    const QString lock = db + QStringLiteral(".migration-lock");
    const QString backup = dir.filePath(TestSupport::backups(dir.path()).value(0));
    for (const QString &expected :
         {QStringLiteral("ma.lock: took the run lock ") + lock, QStringLiteral("ma.lock: released the run lock ") + lock,
          QStringLiteral("ma.db: opened sqlite:") + db, QStringLiteral("ma.runner: step "),
          QStringLiteral("ma.backup: wrote and verified ") + backup, QStringLiteral("ma.runner: committed the migration"),
          QStringLiteral("ma.runner: finished: ok in ")})
        QVERIFY2(anyStartsWith(lines, expected),
                 qPrintable(QStringLiteral("no line starting \"%1\" in:\n%2").arg(expected, lines.join(QLatin1Char('\n')))));
    static const QRegularExpression stepDone(QStringLiteral("^ma\\.runner: step \\S+ done: \\d+ rows of \\S+ in \\d+ ms$"));
    QVERIFY2(!lines.filter(stepDone).isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));

    // QT_LOGGING_RULES alone picks categories, and has the last word over --verbose.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ma.lock.info=true"));
    const Result lockOnly = runOn(db, {QStringLiteral("--rollback")}, env);
    EXPECT_EXIT(lockOnly, 0);
    const QStringList lockLines = logLines(lockOnly.err);
    QVERIFY2(!lockLines.isEmpty() && lockLines.filter(QRegularExpression(QStringLiteral("^ma\\.lock: "))) == lockLines,
             qPrintable(TestSupport::describe(lockOnly)));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ma.*=false"));
    const Result silenced = runOn(db, {QStringLiteral("--status"), QStringLiteral("--verbose")}, env);
    EXPECT_EXIT(silenced, 0);
    QVERIFY2(logLines(silenced.err).isEmpty(), qPrintable(TestSupport::describe(silenced)));
}

// A password from --password-file or PGPASSWORD never reaches the log, whatever is logged.
void TestHeadless::verboseNeverLogsAPassword()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray secret = "Tr0ub4dor-verbose-S3cret";
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    QFile f(passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(secret + '\n') > 0);
    f.close();
    QProcessEnvironment env = TestSupport::headlessEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(secret));

    // Nothing listens on port 1: the connection fails at once, after the URL was logged.
    const QString url = QStringLiteral("postgresql://alice@127.0.0.1:1/shop?schema=public");
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--password-file"), passwordFile}}) {
        const Result r = run(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), url,
                                         QStringLiteral("--apply"), QStringLiteral("--verbose")}
                                 + extra,
                             env);
        EXPECT_EXIT(r, 2);
        QVERIFY2(anyStartsWith(logLines(r.err), QStringLiteral("ma.db: could not open postgresql://alice@127.0.0.1:1/shop")),
                 qPrintable(TestSupport::describe(r)));
        QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), qPrintable(TestSupport::describe(r)));
    }

    // SQLite has no password, but a password file given anyway stays out of the log too.
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const Result apply = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--verbose"),
                                    QStringLiteral("--password-file"), passwordFile},
                               env);
    EXPECT_EXIT(apply, 0);
    QVERIFY(!logLines(apply.err).isEmpty());
    QVERIFY2(!apply.err.contains(secret) && !apply.out.contains(secret), qPrintable(TestSupport::describe(apply)));
}

// cli.md: "--report FILE  also write a report; format by extension (.json, .html, .pdf)".
void TestHeadless::pdfReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QByteArray sha = TestSupport::fileSha256(db);
    const QString report = dir.filePath(QStringLiteral("r.pdf"));

    const Result r = runOn(db, {QStringLiteral("--check"), QStringLiteral("--yes"), QStringLiteral("--report"), report});
    QCOMPARE(TestSupport::fileSha256(db), sha);
    EXPECT_EXIT(r, 0);
    QFile f(report);
    QVERIFY2(f.open(QIODevice::ReadOnly), "no PDF report was written");
    QVERIFY(f.read(5) == "%PDF-");
    QCOMPARE(TestSupport::fileMode(report), 0600);
}

// ------------------------------------------------------------------------------ no display

void TestHeadless::headlessNeedsNoDisplay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), kUsers);
    QVERIFY(!db.isEmpty());
    const QByteArray sha = TestSupport::fileSha256(db);

    QProcessEnvironment env = TestSupport::headlessEnvironment();
    QVERIFY(!env.contains(QStringLiteral("DISPLAY")));
    QVERIFY(!env.contains(QStringLiteral("WAYLAND_DISPLAY")));
    const Result plain = runOn(db, {QStringLiteral("--check"), QStringLiteral("--yes")}, env);
    EXPECT_EXIT(plain, 0);

    // An xcb platform with no X server would abort a QGuiApplication: headless never makes one.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const Result xcb = runOn(db, {QStringLiteral("--check"), QStringLiteral("--yes"), QStringLiteral("--json")}, env);
    EXPECT_EXIT(xcb, 0);
    PARSE_JSON(doc, xcb);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
    const Result status = runOn(db, {QStringLiteral("--status")}, env);
    EXPECT_EXIT(status, 0);
    QCOMPARE(TestSupport::fileSha256(db), sha);
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
