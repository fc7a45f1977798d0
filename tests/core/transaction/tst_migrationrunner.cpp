// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's promises, tested in-process on real SQLite files:
// the spec's mapping byte for byte, foreign keys after the swap, all-or-nothing on every
// failure path, exact rollback, idempotent re-apply, and the history it keeps.
#include "run/CancelToken.h"
#include "history/HistoryStore.h"
#include "transaction/MigrationRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {


RunResult runAction(const QString &db, RunAction action, const QString &plan = {},
                    const std::function<void(RunOptions &)> &adjust = {})
{
    RunOptions options;
    options.action = action;
    options.connection = ConnectionSpec::sqlite(db);
    options.plan = TestSupport::plan(plan);
    options.acceptAllWarnings = true;
    options.operatorName = QStringLiteral("test-operator");
    if (adjust)
        adjust(options);
    MigrationRunner runner(options);
    return runner.run();
}

void appendToFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(text);
}

// Rows of a query as "typeof:hex" cells: byte-exact and NULL-exact.
QList<QStringList> exactRows(const QString &db, const QString &sql)
{
    QList<QStringList> rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(c);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            qWarning() << "query failed" << sql;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            rows << row;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString cells(const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << QStringLiteral("typeof(%1) || ':' || coalesce(hex(%1), '')").arg(c);
    return out.join(QStringLiteral(", "));
}

// Values no demo generator thinks of: what real customers paste into token fields.
// (an ordinary literal: moc does not parse raw string literals)
const char *kAwkwardRows =
    "INSERT INTO users (id, email, name, created_at, access_token, refresh_token, client_id, client_secret, auth_code,\n"
    "                   granted_scopes, refresh_expired, access_token_2, refresh_token_2, client_id_2, telegram_id,\n"
    "                   telegram_signup_token, signal_source_uuid)\n"
    "VALUES ('zz-1', 'awkward1@example.com', 'Ünïcødé \"quoted\" \\ back', '2024-01-01T00:00:00Z',\n"
    "        'tok''en \"with\" quotes \\ and \\\\ backslashes' || char(10) || 'newline' || char(13) || char(9) || 'tab 🚀 東京',\n"
    "        '', 'client-{\"json\":\"like\"}', 'secret with '' quote', 'code', 'scope a b', NULL,\n"
    "        NULL, NULL, 'only-client-id-2', 'tg-awk-1', 'sig\"nup\\to' || char(1) || 'ken ✓ ' || char(10) || 'line2', 'uuid-Ä'),\n"
    "       ('zz-2', 'awkward2@example.com', '', '2024-01-02', printf('%.4000c', 'x') || 'END', NULL, NULL, NULL, NULL, NULL, 1,\n"
    "        '', NULL, NULL, 'tg-awk-2', '', NULL),\n"
    "       ('zz-3', 'awkward3@example.com', NULL, '2024-01-03', NULL, NULL, NULL, NULL, 'only-auth-code', NULL, NULL,\n"
    "        NULL, NULL, NULL, 'tg-awk-3', NULL, '');\n";

} // namespace

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mappingIsByteForByte();
    void foreignKeysPointAtNewUsers();
    void rehearseLeavesFileIdentical();
    void planFolderChangedAfterTheChecksIsRefused();
    void failureInEveryStepRollsBack_data();
    void failureInEveryStepRollsBack();
    void failedValidationRollsBack();
    void cancelMidRunRollsBack();
    void blockersStopBeforeAnyChange();
    void unknownSchemaIsRefusedByACheck();
    void rollbackRestoresExactly();
    void secondApplyIsNoOp();
    void rollbackRefusesWhenDataChangedSinceApply();
    void rollbackVerificationMismatchKeepsMigration();
    void historyRecordsRunAndBackupIsExactCopy();
};

void TestMigrationRunner::mappingIsByteForByte()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 1500);
    QVERIFY(!db.isEmpty());
    QString error;
    QVERIFY2(TestSupport::execSql(db, QString::fromUtf8(kAwkwardRows), &error), qPrintable(error));

    const RunResult result = runAction(db, RunAction::Apply);
    QCOMPARE(result.outcome, RunOutcome::Ok);

    // users: the five v2 columns, unchanged, for every user.
    const QStringList userColumns{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"),
                                  QStringLiteral("timezone"), QStringLiteral("created_at")};
    QCOMPARE(exactRows(db, QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(cells(userColumns))),
             exactRows(db, QStringLiteral("SELECT %1 FROM users_old ORDER BY id").arg(cells(userColumns))));

    // Each service: expected rows computed here from users_old, independently of the plan's SQL.
    struct Service
    {
        QString id;
        QString taken;
        QString externalId;
        QStringList sourceColumns;
        QString refreshExpired;
    };
    const QStringList six{QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("client_id"),
                          QStringLiteral("client_secret"), QStringLiteral("auth_code"),
                          QStringLiteral("granted_scopes")};
    QStringList sixTwo;
    for (const QString &c : six)
        sixTwo << c + QStringLiteral("_2");
    const QList<Service> services{
        {QStringLiteral("gmail"), QStringLiteral("access_token IS NOT NULL OR refresh_token IS NOT NULL OR client_id IS NOT NULL"),
         QStringLiteral("email"), six, QStringLiteral("refresh_expired")},
        {QStringLiteral("google_calendar"),
         QStringLiteral("access_token_2 IS NOT NULL OR refresh_token_2 IS NOT NULL OR client_id_2 IS NOT NULL"),
         QStringLiteral("email"), sixTwo, QStringLiteral("refresh_expired_2")}};
    for (const Service &s : services) {
        QStringList sourceCells{QStringLiteral("id"), s.externalId};
        sourceCells << s.sourceColumns;
        const auto expected = exactRows(
            db, QStringLiteral("SELECT %1, coalesce(%2, 0) FROM users_old WHERE %3 ORDER BY id")
                    .arg(cells(sourceCells), s.refreshExpired, s.taken));
        QStringList targetCells{QStringLiteral("user_id"), QStringLiteral("external_user_id")};
        targetCells << six;
        const auto actual = exactRows(
            db, QStringLiteral("SELECT %1, refresh_expired FROM user_integrations WHERE service_id = '%2' ORDER BY user_id")
                    .arg(cells(targetCells), s.id));
        QVERIFY(expected.size() > 100);
        QCOMPARE(actual, expected);
        QCOMPARE(exactRows(db, QStringLiteral("SELECT DISTINCT credentials FROM user_integrations WHERE service_id = '%1'")
                                   .arg(s.id)),
                 QList<QStringList>{QStringList{QStringLiteral("{}")}});
    }

    // Telegram: external id, and the signup token inside credentials, byte for byte.
    const auto telegramSource = exactRows(
        db, QStringLiteral("SELECT id, telegram_id, telegram_signup_token IS NULL, hex(telegram_signup_token) "
                           "FROM users_old WHERE telegram_id IS NOT NULL ORDER BY id"));
    const auto telegram = exactRows(
        db, QStringLiteral("SELECT user_id, external_user_id, credentials, access_token IS NULL, refresh_expired "
                           "FROM user_integrations WHERE service_id = 'telegram' ORDER BY user_id"));
    QCOMPARE(telegram.size(), telegramSource.size());
    for (qsizetype i = 0; i < telegram.size(); ++i) {
        QCOMPARE(telegram[i][0], telegramSource[i][0]);
        QCOMPARE(telegram[i][1], telegramSource[i][1]);
        const QJsonObject credentials = QJsonDocument::fromJson(telegram[i][2].toUtf8()).object();
        if (telegramSource[i][2] == QLatin1String("1")) {
            QVERIFY2(credentials.isEmpty(), qPrintable(telegram[i][2]));
        } else {
            QCOMPARE(credentials.keys(), QStringList{QStringLiteral("signup_token")});
            QCOMPARE(QString::fromLatin1(credentials.value(QLatin1String("signup_token")).toString().toUtf8().toHex().toUpper()),
                     telegramSource[i][3]);
        }
        QCOMPARE(telegram[i][3], QStringLiteral("1"));
        QCOMPARE(telegram[i][4], QStringLiteral("0"));
    }

    // Signal: external id only.
    QCOMPARE(exactRows(db, QStringLiteral("SELECT user_id, %1 FROM user_integrations WHERE service_id = 'signal' ORDER BY user_id")
                               .arg(cells({QStringLiteral("external_user_id")}))),
             exactRows(db, QStringLiteral("SELECT id, %1 FROM users_old WHERE signal_source_uuid IS NOT NULL ORDER BY id")
                               .arg(cells({QStringLiteral("signal_source_uuid")}))));
    // The awkward rows made it: the 4 KB token, the empty string (not NULL), the empty Signal id.
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT length(access_token) FROM user_integrations WHERE user_id = 'zz-2' AND service_id = 'gmail'")).toInt(), 4003);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT typeof(refresh_token) FROM user_integrations WHERE user_id = 'zz-1' AND service_id = 'gmail'")).toString(), QStringLiteral("text"));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM user_integrations WHERE user_id = 'zz-3' AND service_id = 'gmail'")).toInt(), 0);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM user_integrations WHERE user_id = 'zz-3' AND service_id = 'signal' AND external_user_id = ''")).toInt(), 1);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM services")).toInt(), 4);
}

void TestMigrationRunner::foreignKeysPointAtNewUsers()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    QCOMPARE(runAction(db, RunAction::Apply).outcome, RunOutcome::Ok);
    for (const QString &table : {QStringLiteral("emails"), QStringLiteral("digests")})
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(\"table\") FROM pragma_foreign_key_list('%1') WHERE \"from\" = 'user_id'").arg(table)).toString(),
                 QStringLiteral("users"));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(\"table\", ',') FROM pragma_foreign_key_list('user_integrations')")).toString(),
             QStringLiteral("services,users"));
    // tasks.user_id keeps having no foreign key, as the spec wants.
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('tasks') WHERE \"from\" = 'user_id'")).toInt(), 0);
}

void TestMigrationRunner::rehearseLeavesFileIdentical()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 500);
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Rehearse);
    QCOMPARE(result.outcome, RunOutcome::Ok);
    QCOMPARE(TestSupport::fileSha256(db), before);
    qint64 migrated = 0;
    for (const CheckResult &c : result.checks)
        if (c.id.startsWith(QLatin1String("migrate-")))
            migrated += c.value;
    const auto it = std::find_if(result.tablesAfter.begin(), result.tablesAfter.end(),
                                 [](const TableState &t) { return t.table == QLatin1String("user_integrations"); });
    QVERIFY(it != result.tablesAfter.end());
    QCOMPARE(it->rows, migrated);
    QVERIFY(result.backupPath.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("demo.db")});
}

// The checks and the apply get one loaded plan; a file of its folder edited in between (say,
// by a colleague) is refused before anything changes, naming the file, not run unseen.
void TestMigrationRunner::planFolderChangedAfterTheChecksIsRefused()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 50);
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    const std::shared_ptr<const Plan> plan = TestSupport::plan(folder);
    QVERIFY(plan);
    RunOptions options;
    options.connection = ConnectionSpec::sqlite(db);
    options.plan = plan;
    options.acceptAllWarnings = true;
    options.action = RunAction::Check;
    QCOMPARE(MigrationRunner(options).run().outcome, RunOutcome::Ok);

    const QByteArray before = TestSupport::fileSha256(db);
    appendToFile(folder + QStringLiteral("/sqlite/05_migrate_gmail.sql"), "\n-- changed after the checks\n");
    options.action = RunAction::Apply;
    const RunResult apply = MigrationRunner(options).run();
    QCOMPARE(apply.outcome, RunOutcome::BadInput);
    QVERIFY2(apply.error.message.contains(QStringLiteral("changed since it was loaded (sqlite/05_migrate_gmail.sql)")),
             qPrintable(apply.error.message));
    QCOMPARE(TestSupport::fileSha256(db), before);
    QVERIFY(!TestSupport::hasTable(db, QStringLiteral("migration_assistant_history")));

    // Loaded again (what the person does: open the folder, run the checks), it runs.
    options.plan = TestSupport::plan(folder);
    QCOMPARE(MigrationRunner(options).run().outcome, RunOutcome::Ok);
}

void TestMigrationRunner::failureInEveryStepRollsBack_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("breakage");
    const QByteArray extraStatement = "\nSELECT no_such_column FROM no_such_table;\n";
    QTest::newRow("create-users-new") << "sqlite/01_create_users_new.sql" << extraStatement;
    QTest::newRow("copy-users") << "sqlite/02_copy_users.sql" << QByteArray("REPLACE:timezone:time_zone");
    QTest::newRow("swap-users") << "sqlite/03_swap_users.sql" << extraStatement;
    QTest::newRow("create-integrations") << "sqlite/04_create_integrations.sql" << extraStatement;
    QTest::newRow("migrate-gmail") << "sqlite/05_migrate_gmail.sql" << QByteArray("REPLACE:granted_scopes, COALESCE:granted_scope, COALESCE");
    QTest::newRow("migrate-google_calendar") << "sqlite/06_migrate_google_calendar.sql" << QByteArray("REPLACE:granted_scopes_2,:granted_scope_2,");
    QTest::newRow("migrate-telegram") << "sqlite/07_migrate_telegram.sql" << QByteArray("REPLACE:telegram_signup_token) END:no_token) END");
    QTest::newRow("migrate-signal") << "sqlite/08_migrate_signal.sql" << QByteArray("REPLACE:SELECT id,:SELECT idd,");
}

void TestMigrationRunner::failureInEveryStepRollsBack()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, breakage);
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 400);
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    const QString path = plan + QLatin1Char('/') + file;
    if (breakage.startsWith("REPLACE:")) {
        const QList<QByteArray> parts = breakage.mid(8).split(':');
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains(parts[0]), parts[0].constData());
        text.replace(parts[0], parts[1]);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    } else {
        appendToFile(path, breakage);
    }
    const QString dumpBefore = TestSupport::dumpDatabase(db);
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Apply, plan);
    QCOMPARE(result.outcome, RunOutcome::Failed);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(TestSupport::fileSha256(db), before);
    QCOMPARE(TestSupport::dumpDatabase(db), dumpBefore);
    // No backup left behind: the database did not change, a copy of its tokens is a liability.
    QCOMPARE(QDir(dir.path()).entryList(QStringList{QStringLiteral("*.bak")}, QDir::Files), QStringList{});
}

void TestMigrationRunner::failedValidationRollsBack()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    QFile f(plan + QStringLiteral("/plan.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const QByteArray expectation = "\"expect\": {\n    \"equals_check\": \"migrate-gmail\"\n   }";
    QVERIFY(text.contains(expectation));
    text.replace(expectation, "\"expect\": {\"equals\": 999999}");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Apply, plan);
    QCOMPARE(result.outcome, RunOutcome::Failed);
    QVERIFY2(result.error.message.contains(QLatin1String("Gmail integrations")), qPrintable(result.error.message));
    QVERIFY(std::any_of(result.validations.begin(), result.validations.end(),
                        [](const ValidationResult &v) { return v.id == QLatin1String("gmail-count") && !v.passed; }));
    QCOMPARE(TestSupport::fileSha256(db), before);
}

void TestMigrationRunner::cancelMidRunRollsBack()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 3000);
    const QByteArray before = TestSupport::fileSha256(db);
    CancelToken token;
    RunOptions options;
    options.action = RunAction::Apply;
    options.connection = ConnectionSpec::sqlite(db);
    options.plan = TestSupport::plan();
    options.acceptAllWarnings = true;
    options.chunkRows = 100;
    MigrationRunner runner(options);
    runner.setCancelToken(&token);
    qint64 lastDone = 0;
    runner.setProgressSink([&](const ProgressEvent &e) {
        lastDone = e.done;
        if (e.step == QLatin1String("migrate-gmail") && e.done > 0)
            token.cancel();
    });
    const RunResult result = runner.run();
    QCOMPARE(result.outcome, RunOutcome::Interrupted);
    QVERIFY(lastDone > 0);
    QCOMPARE(TestSupport::fileSha256(db), before);
    QCOMPARE(QDir(dir.path()).entryList(QStringList{QStringLiteral("*.bak")}, QDir::Files), QStringList{});
}

void TestMigrationRunner::blockersStopBeforeAnyChange()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    QString error;
    QVERIFY2(TestSupport::execSql(db, QStringLiteral(
        "INSERT INTO users (id, email, created_at) SELECT 'dup', upper(email), created_at FROM users WHERE id = 'u0000001';"
        "INSERT INTO emails (id, user_id, subject) VALUES ('orphan-1', 'nobody', 'lost');"), &error), qPrintable(error));
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Apply);
    QCOMPARE(result.outcome, RunOutcome::Blocked);
    QCOMPARE(result.blockers(), 2);
    for (const CheckResult &c : result.checks) {
        if (c.id == QLatin1String("duplicate-emails") || c.id == QLatin1String("orphan-rows")) {
            QVERIFY(!c.passed);
            QCOMPARE(c.value, 1);
            QVERIFY(!c.sampleRows.isEmpty());
        }
    }
    QCOMPARE(TestSupport::fileSha256(db), before);

    // Warnings without --yes stop too; accepting exactly them lets the run through.
    QTemporaryDir dir2;
    const QString clean = TestSupport::demoDatabase(dir2.path(), 300);
    const RunResult unaccepted = runAction(clean, RunAction::Apply, {}, [](RunOptions &o) { o.acceptAllWarnings = false; });
    QCOMPARE(unaccepted.outcome, RunOutcome::Blocked);
    QCOMPARE(unaccepted.blockers(), 0);
    QCOMPARE(unaccepted.warnings(), 2);
    // A blocked run makes no backup: it never copies the database's tokens for nothing.
    QVERIFY(unaccepted.backupPath.isEmpty());
    QCOMPARE(QDir(dir2.path()).entryList(QStringList{QStringLiteral("*.bak*")}, QDir::Files), QStringList{});
    QVERIFY(unaccepted.notes.isEmpty());
    const RunResult partly = runAction(clean, RunAction::Apply, {}, [](RunOptions &o) {
        o.acceptAllWarnings = false;
        o.acceptedRisks = {QStringLiteral("incomplete-oauth-gmail")};
    });
    QCOMPARE(partly.outcome, RunOutcome::Blocked);
    const RunResult accepted = runAction(clean, RunAction::Apply, {}, [](RunOptions &o) {
        o.acceptAllWarnings = false;
        o.acceptedRisks = {QStringLiteral("incomplete-oauth-gmail"), QStringLiteral("incomplete-oauth-google_calendar")};
    });
    QCOMPARE(accepted.outcome, RunOutcome::Ok);
}

void TestMigrationRunner::unknownSchemaIsRefusedByACheck()
{
    QTemporaryDir dir;
    const QString db = dir.path() + QStringLiteral("/other.db");
    QVERIFY(TestSupport::execSql(db, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Apply);
    QCOMPARE(result.outcome, RunOutcome::Blocked);
    QCOMPARE(result.checks.first().id, QStringLiteral("schema-version"));
    QVERIFY(!result.checks.first().passed);
    QVERIFY(result.checks.first().message.contains(QLatin1String("not at v1")));
    QCOMPARE(TestSupport::fileSha256(db), before);
}

void TestMigrationRunner::rollbackRestoresExactly()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 800);
    QVERIFY(TestSupport::execSql(db, QString::fromUtf8(kAwkwardRows)));
    const QString before = TestSupport::dumpDatabase(db);
    QCOMPARE(runAction(db, RunAction::Apply).outcome, RunOutcome::Ok);
    QVERIFY(TestSupport::dumpDatabase(db, {HistoryStore::tableName()}) != before);
    const RunResult rollback = runAction(db, RunAction::Rollback);
    QVERIFY2(rollback.outcome == RunOutcome::RolledBack,
             qPrintable(rollback.error.message + QLatin1Char('\n') + rollback.error.details));
    QCOMPARE(TestSupport::dumpDatabase(db, {HistoryStore::tableName()}), before);
    // And the cycle can run again: apply after rollback works.
    QCOMPARE(runAction(db, RunAction::Apply).outcome, RunOutcome::Ok);
    QCOMPARE(runAction(db, RunAction::Rollback).outcome, RunOutcome::RolledBack);
    QCOMPARE(TestSupport::dumpDatabase(db, {HistoryStore::tableName()}), before);
    // Nothing to roll back now.
    QCOMPARE(runAction(db, RunAction::Rollback).outcome, RunOutcome::NothingToDo);
}

void TestMigrationRunner::secondApplyIsNoOp()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    QCOMPARE(runAction(db, RunAction::Apply).outcome, RunOutcome::Ok);
    const QByteArray migrated = TestSupport::fileSha256(db);
    const RunResult again = runAction(db, RunAction::Apply);
    QCOMPARE(again.outcome, RunOutcome::NothingToDo);
    QCOMPARE(TestSupport::fileSha256(db), migrated);
    // A changed plan is reported, and still changes nothing.
    QTemporaryDir planDir;
    const QString plan = TestSupport::copyBuiltinPlan(planDir.path());
    appendToFile(plan + QStringLiteral("/sqlite/08_migrate_signal.sql"), "\n-- edited\n");
    const RunResult changed = runAction(db, RunAction::Apply, plan);
    QCOMPARE(changed.outcome, RunOutcome::NothingToDo);
    // … as the warning plan-changed-since-apply, naming the file.
    QCOMPARE(changed.warnings(), 1);
    QCOMPARE(changed.checks.first().id, QStringLiteral("plan-changed-since-apply"));
    QVERIFY2(changed.checks.first().message.contains(QLatin1String("changed since it was applied: sqlite/08_migrate_signal.sql")),
             qPrintable(changed.checks.first().message));
    QCOMPARE(TestSupport::fileSha256(db), migrated);
}

void TestMigrationRunner::rollbackRefusesWhenDataChangedSinceApply()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    QCOMPARE(runAction(db, RunAction::Apply).outcome, RunOutcome::Ok);
    QVERIFY(TestSupport::execSql(db, QStringLiteral(
        "INSERT INTO users (id, email, created_at) VALUES ('new-after-migration', 'new@example.com', '2026-01-01')")));
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Rollback);
    QCOMPARE(result.outcome, RunOutcome::Blocked);
    QVERIFY(result.differences.join(QLatin1Char(' ')).contains(QLatin1String("users")));
    QCOMPARE(result.checks.first().id, QStringLiteral("changed-since-apply"));
    QCOMPARE(TestSupport::fileSha256(db), before);
}

void TestMigrationRunner::rollbackVerificationMismatchKeepsMigration()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    QCOMPARE(runAction(db, RunAction::Apply).outcome, RunOutcome::Ok);
    QVERIFY(TestSupport::execSql(db, QStringLiteral(
        "UPDATE migration_assistant_history SET tables_before = replace(tables_before, '\"rows\":300', '\"rows\":301')")));
    const QByteArray before = TestSupport::fileSha256(db);
    const RunResult result = runAction(db, RunAction::Rollback);
    QCOMPARE(result.outcome, RunOutcome::NeedsPerson);
    QVERIFY(!result.differences.isEmpty());
    QVERIFY(result.differences.first().contains(QLatin1String("users")));
    QCOMPARE(TestSupport::fileSha256(db), before);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'user_integrations'")).toInt(), 1);
}

void TestMigrationRunner::historyRecordsRunAndBackupIsExactCopy()
{
    QTemporaryDir dir;
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    const QString original = TestSupport::dumpDatabase(db);
    const RunResult result = runAction(db, RunAction::Apply, {}, [](RunOptions &o) {
        o.acceptAllWarnings = false;
        o.acceptedRisks = {QStringLiteral("incomplete-oauth-gmail"), QStringLiteral("incomplete-oauth-google_calendar")};
        o.operatorName = QStringLiteral("Ada from support");
    });
    QCOMPARE(result.outcome, RunOutcome::Ok);
    QVERIFY(QFileInfo::exists(result.backupPath));
    QCOMPARE(QFileInfo(result.backupPath).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions{});
    QCOMPARE(TestSupport::dumpDatabase(result.backupPath), original);

    const RunResult status = runAction(db, RunAction::Status);
    QCOMPARE(status.outcome, RunOutcome::Ok);
    QCOMPARE(status.history.size(), 1);
    const HistoryEntry &e = status.history.first();
    QCOMPARE(e.planId, QStringLiteral("user-integrations"));
    QCOMPARE(e.action, QStringLiteral("apply"));
    QCOMPARE(e.operatorName, QStringLiteral("Ada from support"));
    QCOMPARE(e.planChecksum, result.planChecksum);
    QCOMPARE(e.backupPath, result.backupPath);
    QVERIFY(!e.host.isEmpty() && !e.osUser.isEmpty() && !e.appVersion.isEmpty());
    QVERIFY(e.startedAt.isValid() && e.finishedAt >= e.startedAt);
    QCOMPARE(e.acceptedRisks.size(), 2);
    QCOMPARE(e.acceptedRisks.first().toObject().value(QLatin1String("accepted_by")).toString(), QStringLiteral("Ada from support"));
    QCOMPARE(e.tablesBefore.size(), 4);
    QCOMPARE(e.tablesBefore.first().rows, 300);
    QCOMPARE(e.tablesAfter.size(), 7);
    QVERIFY(!e.tablesBefore.first().checksum.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
