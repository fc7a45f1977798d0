// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The batched plan encrypt-tokens on SQLite with the REAL binary: every token encrypted
// once and decryptable with the key (checked with the tests' own OpenSSL code, TokenOpener),
// the rollback restores v2 byte for byte, kill -9 and SIGINT between and inside batches
// resume exactly at the checkpoint (an update trigger counts every write: each row once),
// a wrong or malformed key is refused before anything changes, and an application writing
// tokens during the run loses no acknowledged write.
#include "TestSupport.h"
#include "TokenOpener.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

namespace {

using Result = TestSupport::ProcessResult;
constexpr int kUsers = 300;
const QStringList kColumns{QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                           QStringLiteral("client_secret")};
const QString kHistory = QStringLiteral("migration_assistant_history");

QString describe(const Result &r)
{
    // A --json document: its error and notes are what matter, not the checks before them.
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    if (!doc.isEmpty())
        return QStringLiteral("exit code %1%2, result %3\nerror: %4\n%5\nnotes: %6\n--- stderr:\n%7")
            .arg(r.exitCode)
            .arg(r.crashed ? QStringLiteral(" (CRASHED or timed out)") : QString())
            .arg(doc.value(QLatin1String("result")).toString(),
                 doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 doc.value(QLatin1String("error")).toObject().value(QLatin1String("details")).toString(),
                 QString::fromUtf8(QJsonDocument(doc.value(QLatin1String("notes")).toArray()).toJson()),
                 QString::fromUtf8(r.err.left(3000)));
    return QStringLiteral("exit code %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(r.exitCode)
        .arg(r.crashed ? QStringLiteral(" (CRASHED or timed out)") : QString())
        .arg(QString::fromUtf8(r.out.left(6000)), QString::fromUtf8(r.err.left(6000)));
}

Result runOn(const QString &db, const QStringList &arguments)
{
    return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                              QStringLiteral("sqlite:") + db}
                                      + arguments,
                                  120000);
}

QStringList encrypt(const QString &keyFile, const QStringList &more = {})
{
    return QStringList{QStringLiteral("--plan"), QStringLiteral("encrypt-tokens"), QStringLiteral("--key-file"),
                       keyFile}
           + more;
}

// A row's three token columns as the application would read them: plaintext where set,
// else the decryption of the _enc column (with the tests' own code); "<NULL>" for NULL and
// "<BAD>" when a value does not decrypt.
struct Tokens
{
    QHash<qint64, QStringList> values;
    QHash<qint64, QString> keyIds;
    qint64 plaintextLeft = 0;
    qint64 undecryptable = 0;
};

Tokens readTokens(const QString &path, const QByteArray &key)
{
    Tokens t;
    const QString name = QStringLiteral("tst_backfill-read");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.open();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT * FROM user_integrations ORDER BY id"));
        const QSqlRecord rec = q.record();
        const bool v3 = rec.indexOf(QStringLiteral("key_id")) >= 0;
        while (q.next()) {
            const qint64 id = q.value(QStringLiteral("id")).toLongLong();
            QStringList row;
            for (const QString &col : kColumns) {
                const QVariant plain = q.value(col);
                const QVariant enc = v3 ? q.value(col + QStringLiteral("_enc")) : QVariant();
                if (!plain.isNull()) {
                    row << plain.toString();
                    ++t.plaintextLeft;
                } else if (!enc.isNull()) {
                    const auto opened = TokenOpener::open(key, enc.toByteArray(), id, col);
                    row << (opened ? QString::fromUtf8(*opened) : QStringLiteral("<BAD>"));
                    t.undecryptable += opened ? 0 : 1;
                } else {
                    row << QStringLiteral("<NULL>");
                }
            }
            t.values.insert(id, row);
            if (v3)
                t.keyIds.insert(id, q.value(QStringLiteral("key_id")).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return t;
}

bool exec(const QString &path, const QString &sql)
{
    QString error;
    const bool ok = TestSupport::execSql(path, sql, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

// A run paused at MA_TEST_PAUSE_AT, to be killed or signalled there.
class PausedRun
{
public:
    ~PausedRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    bool start(const QStringList &arguments, const QString &pauseAt, QString *why)
    {
        QProcessEnvironment env = TestSupport::headlessEnvironment();
        env.insert(QStringLiteral("MA_TEST_PAUSE_AT"), pauseAt);
        m_process.setProcessEnvironment(env);
        m_process.start(TestSupport::binary(), arguments);
        const QByteArray marker = "MA_TEST_PAUSED " + pauseAt.toUtf8();
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            m_process.waitForReadyRead(100);
            m_err += m_process.readAllStandardError();
            if (m_err.contains(marker))
                return true;
            if (m_process.state() == QProcess::NotRunning) {
                *why = QStringLiteral("ended before pausing: %1\n%2")
                           .arg(QString::fromUtf8(m_process.readAllStandardOutput()), QString::fromUtf8(m_err));
                return false;
            }
        }
        *why = QStringLiteral("never paused at %1: %2").arg(pauseAt, QString::fromUtf8(m_err));
        return false;
    }
    void signal(int signalNumber) { ::kill(pid_t(m_process.processId()), signalNumber); }
    Result finish()
    {
        Result r;
        if (!m_process.waitForFinished(60000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
            r.crashed = true;
        }
        r.out = m_process.readAllStandardOutput();
        r.err = m_err + m_process.readAllStandardError();
        r.crashed = r.crashed || m_process.exitStatus() == QProcess::CrashExit;
        r.exitCode = m_process.exitCode();
        return r;
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

} // namespace

#define EXPECT_EXIT(result, code)                                                                                    \
    do {                                                                                                             \
        const Result &r_ = (result);                                                                                 \
        QVERIFY2(!r_.crashed, qPrintable(QStringLiteral("crashed or timed out: ") + describe(r_)));                 \
        QVERIFY2(r_.exitCode == (code), qPrintable(QStringLiteral("expected exit %1, got ").arg(code) + describe(r_))); \
    } while (false)

class TestBackfill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QByteArray m_key;
    QString m_keyFile;
    int m_n = 0;

    // A v2 database (the demo, then user-integrations) in its own folder.
    QString v2Database()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("db%1").arg(++m_n));
        QDir().mkpath(dir);
        const QString db = TestSupport::demoDatabase(dir, kUsers);
        const Result r = runOn(db, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        if (r.exitCode != 0)
            qWarning("v2: %s", qPrintable(describe(r)));
        return db;
    }

    QString writeKeyFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_key = TokenOpener::randomKey();
        m_keyFile = writeKeyFile(QStringLiteral("key.hex"), TokenOpener::keyFileText(m_key));
    }

    void applyEncryptsEveryTokenAndRollbackRestoresV2()
    {
        const QString db = v2Database();
        const QString v2 = TestSupport::dumpDatabase(db, {kHistory});
        const Tokens before = readTokens(db, m_key);
        QVERIFY(before.plaintextLeft > 100);

        const Result r = runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                        QStringLiteral("37"), QStringLiteral("--json")}));
        EXPECT_EXIT(r, 0);
        QVERIFY2(!r.out.contains(m_key.toHex()) && !r.err.contains(m_key.toHex())
                     && !r.out.toLower().contains(m_key.toHex().toLower()),
                 "the key was printed");
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.undecryptable, 0);
        QCOMPARE(after.values, before.values); // every value decrypts to what it was, NULL stays NULL
        for (auto it = after.values.begin(); it != after.values.end(); ++it) {
            const bool any = std::any_of(it.value().begin(), it.value().end(),
                                         [](const QString &v) { return v != QLatin1String("<NULL>"); });
            QCOMPARE(after.keyIds.value(it.key()), any ? TokenOpener::keyId(m_key) : QString());
        }
        // A value moved to another row does not decrypt (the associated data binds it).
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE moved AS SELECT access_token_enc AS v FROM user_integrations "
                                        "WHERE access_token_enc IS NOT NULL ORDER BY id LIMIT 1")));
        const QByteArray stored = TestSupport::scalar(db, QStringLiteral("SELECT v FROM moved")).toByteArray();
        const qint64 owner = TestSupport::scalar(db, QStringLiteral("SELECT min(id) FROM user_integrations WHERE "
                                                                    "access_token_enc IS NOT NULL")).toLongLong();
        QVERIFY(TokenOpener::open(m_key, stored, owner, QStringLiteral("access_token")));
        QVERIFY(!TokenOpener::open(m_key, stored, owner + 1, QStringLiteral("access_token")));
        QVERIFY(!TokenOpener::open(m_key, stored, owner, QStringLiteral("refresh_token")));
        QVERIFY(exec(db, QStringLiteral("DROP TABLE moved")));
        QVERIFY(!TestSupport::tableNames(db).contains(QStringLiteral("migration_assistant_checkpoints")));

        // A second apply has nothing to do.
        EXPECT_EXIT(runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply")})), 0);
        const QByteArray shaApplied = TestSupport::fileSha256(db);
        const Result again = runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--json")}));
        EXPECT_EXIT(again, 0);
        QVERIFY(again.out.contains("nothing-to-do"));
        QCOMPARE(TestSupport::fileSha256(db), shaApplied);

        const Result back = runOn(db, encrypt(m_keyFile, {QStringLiteral("--rollback"), QStringLiteral("--batch-size"),
                                                           QStringLiteral("50")}));
        EXPECT_EXIT(back, 0);
        QCOMPARE(TestSupport::dumpDatabase(db, {kHistory}), v2);
    }

    void rehearseChangesNothing()
    {
        const QString db = v2Database();
        const QByteArray sha = TestSupport::fileSha256(db);
        const Result r = runOn(db, encrypt(m_keyFile, {QStringLiteral("--rehearse"), QStringLiteral("--batch-size"),
                                                        QStringLiteral("40")}));
        EXPECT_EXIT(r, 0);
        QCOMPARE(TestSupport::fileSha256(db), sha);
    }

    void badKeyFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray(62, 'a');
        QTest::newRow("long") << QByteArray(66, 'a');
        QTest::newRow("not hex") << (QByteArray(63, 'a') + 'g');
        QTest::newRow("two keys") << (QByteArray(64, 'a') + "\n" + QByteArray(64, 'b'));
        QTest::newRow("inner space") << (QByteArray(32, 'a') + " " + QByteArray(32, 'a'));
    }

    void badKeyFilesAreRefused()
    {
        QFETCH(QByteArray, text);
        const QString db = v2Database();
        const QByteArray sha = TestSupport::fileSha256(db);
        const QString file = writeKeyFile(QStringLiteral("bad.hex"), text);
        for (const QString &action : {QStringLiteral("--apply"), QStringLiteral("--check"), QStringLiteral("--rollback")}) {
            const Result r = runOn(db, encrypt(file, {action}));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.contains("key file"), qPrintable(describe(r)));
            if (text.size() >= 8)
                QVERIFY2(!r.err.contains(text.left(8)) && !r.out.contains(text.left(8)), "the file's content was printed");
        }
        EXPECT_EXIT(runOn(db, encrypt(m_tmp.filePath(QStringLiteral("missing.hex")), {QStringLiteral("--apply")})), 1);
        // Without --key-file at all.
        const Result none = runOn(db, {QStringLiteral("--plan"), QStringLiteral("encrypt-tokens"), QStringLiteral("--apply")});
        EXPECT_EXIT(none, 1);
        QVERIFY2(none.err.contains("--key-file"), qPrintable(describe(none)));
        QCOMPARE(TestSupport::fileSha256(db), sha);
    }

    // kill -9 inside the third batch's transaction (before its COMMIT), then resume: the first two
    // batches are kept, the third is redone, and a trigger proves every row was written exactly once.
    void killedInsideABatchResumesExactlyOnce()
    {
        const QString db = v2Database();
        const Tokens before = readTokens(db, m_key);
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE writes (id INTEGER); CREATE TRIGGER count_writes AFTER UPDATE "
                                        "ON user_integrations BEGIN INSERT INTO writes VALUES (new.id); END;")));
        PausedRun paused;
        QString why;
        QVERIFY2(paused.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                          QStringLiteral("sqlite:") + db}
                                  + encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                        QStringLiteral("25")}),
                              QStringLiteral("batch:3"), &why),
                 qPrintable(why));
        paused.signal(SIGKILL);
        QVERIFY(paused.finish().crashed);

        // Two batches of 25 rows committed, with their checkpoint; the third rolled back.
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM writes")).toInt(), 50);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM user_integrations WHERE key_id IS NOT NULL"))
                     .toInt(),
                 50);
        const qint64 lastKey = TestSupport::scalar(db, QStringLiteral("SELECT last_key FROM migration_assistant_checkpoints "
                                                                      "WHERE step_id = 'encrypt'")).toLongLong();
        QCOMPARE(lastKey, TestSupport::scalar(db, QStringLiteral("SELECT max(id) FROM user_integrations WHERE key_id IS "
                                                                 "NOT NULL")).toLongLong());
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT done FROM migration_assistant_checkpoints WHERE step_id = "
                                                        "'add-columns'")).toInt(),
                 1);

        const Result status = runOn(db, encrypt(m_keyFile, {QStringLiteral("--status")}));
        EXPECT_EXIT(status, 0);
        QVERIFY2(status.out.contains("An interrupted run of encrypt-tokens left checkpoints"), qPrintable(describe(status)));

        const Result resumed = runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                              QStringLiteral("25"), QStringLiteral("--json")}));
        EXPECT_EXIT(resumed, 0);
        QVERIFY2(resumed.out.contains("Resumed"), qPrintable(describe(resumed)));
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.values, before.values);
        // Exactly once: one write per row that had something to encrypt, none for the others.
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT id FROM writes GROUP BY id HAVING "
                                                        "count(*) > 1)")).toInt(),
                 0);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(DISTINCT id) FROM writes")).toLongLong(),
                 TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM user_integrations WHERE key_id IS NOT NULL"))
                     .toLongLong());
        QVERIFY(!TestSupport::tableNames(db).contains(QStringLiteral("migration_assistant_checkpoints")));
    }

    // SIGINT stops between batches with exit 130, the checkpoint valid; --apply resumes.
    void sigintStopsBetweenBatches()
    {
        const QString db = v2Database();
        const Tokens before = readTokens(db, m_key);
        PausedRun paused;
        QString why;
        QVERIFY2(paused.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                          QStringLiteral("sqlite:") + db, QStringLiteral("--json")}
                                  + encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                        QStringLiteral("30")}),
                              QStringLiteral("batch:2"), &why),
                 qPrintable(why));
        // The run lock is held for the whole batched run, between its transactions too.
        const Result second = runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply")}));
        EXPECT_EXIT(second, 4);
        paused.signal(SIGINT);
        const Result r = paused.finish();
        EXPECT_EXIT(r, 130);
        QVERIFY2(r.out.contains("Stopped between batches"), qPrintable(describe(r)));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT rows_done FROM migration_assistant_checkpoints WHERE "
                                                        "step_id = 'encrypt'")).toInt(),
                 30);
        EXPECT_EXIT(runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply")})), 0);
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.values, before.values);
    }

    // A wrong key is refused by the checks (exit 3) before anything changes: for a resumed
    // apply, a catch-up apply and a rollback.
    void wrongKeyIsRefusedBeforeAnythingChanges()
    {
        const QString db = v2Database();
        const QString other = writeKeyFile(QStringLiteral("other.hex"), TokenOpener::keyFileText(TokenOpener::randomKey()));
        {
            PausedRun paused;
            QString why;
            QVERIFY2(paused.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                              QStringLiteral("sqlite:") + db}
                                      + encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                            QStringLiteral("20")}),
                                  QStringLiteral("batch:2"), &why),
                     qPrintable(why));
            paused.signal(SIGKILL);
            QVERIFY(paused.finish().crashed);
        }
        const QString half = TestSupport::dumpDatabase(db);
        for (const QString &action : {QStringLiteral("--apply"), QStringLiteral("--rollback")}) {
            const Result r = runOn(db, encrypt(other, {action, QStringLiteral("--json")}));
            EXPECT_EXIT(r, 3);
            QVERIFY2(r.out.contains("key-fingerprint"), qPrintable(describe(r)));
            QCOMPARE(TestSupport::dumpDatabase(db), half);
        }
        EXPECT_EXIT(runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply")})), 0);
        const QString done = TestSupport::dumpDatabase(db);
        QVERIFY(exec(db, QStringLiteral("UPDATE user_integrations SET access_token = 'new' WHERE id = 1")));
        const QString written = TestSupport::dumpDatabase(db);
        QVERIFY(written != done);
        EXPECT_EXIT(runOn(db, encrypt(other, {QStringLiteral("--apply")})), 3);
        QCOMPARE(TestSupport::dumpDatabase(db), written);
    }

    // The application keeps writing tokens (plaintext, as a v2 application does) during the
    // run, before and after its rows' batches. Every write it was told succeeded must survive:
    // after the run (and the re-run that completes rows written behind the walk) each token
    // reads back as the last value written to it.
    void writerDuringTheRunLosesNothing()
    {
        const QString db = v2Database();
        Tokens expected = readTokens(db, m_key);
        const QList<qint64> ids = expected.values.keys();
        std::atomic<bool> stop{false};
        std::atomic<int> writes{0};
        QHash<qint64, QStringList> written; // only the writer thread touches it until it is joined
        QThread *writer = QThread::create([&] {
            const QString name = QStringLiteral("tst_backfill-writer");
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                c.setDatabaseName(db);
                c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
                c.open();
                QSqlQuery q(c);
                q.prepare(QStringLiteral("UPDATE user_integrations SET %1 = ? WHERE id = ?"));
                int n = 0;
                while (!stop.load()) {
                    const qint64 id = ids.at(QRandomGenerator::global()->bounded(int(ids.size())));
                    const int col = QRandomGenerator::global()->bounded(int(kColumns.size()));
                    const QString value = QStringLiteral("written-%1-%2-ü\"'\\").arg(id).arg(++n);
                    QSqlQuery u(c);
                    u.prepare(QStringLiteral("UPDATE user_integrations SET %1 = ? WHERE id = ?").arg(kColumns.at(col)));
                    u.addBindValue(value);
                    u.addBindValue(id);
                    if (u.exec() && u.numRowsAffected() == 1) { // acknowledged
                        QStringList row = written.value(id, QStringList{QString(), QString(), QString()});
                        row[col] = value;
                        written.insert(id, row);
                        ++writes;
                    }
                    QThread::msleep(2); // a busy application, hundreds of writes a second
                }
            }
            QSqlDatabase::removeDatabase(name);
        });
        // The writer starts once the batches do (the first progress event of the step), so that
        // its writes land before, inside and behind the batches of the walk.
        QProcess run;
        run.setProcessEnvironment(TestSupport::headlessEnvironment());
        run.start(TestSupport::binary(), QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                     QStringLiteral("sqlite:") + db, QStringLiteral("--progress")}
                                             + encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                                   QStringLiteral("10"), QStringLiteral("--batch-pause-ms"),
                                                                   QStringLiteral("20"), QStringLiteral("--json")}));
        QByteArray progressLines;
        const QDeadlineTimer started(60000);
        while (!progressLines.contains("\"step\":\"encrypt\"") && run.state() != QProcess::NotRunning
               && !started.hasExpired()) {
            run.waitForReadyRead(50);
            progressLines += run.readAllStandardError();
        }
        writer->start();
        Result r;
        r.crashed = !run.waitForFinished(120000) || run.exitStatus() == QProcess::CrashExit;
        r.exitCode = run.exitCode();
        r.out = run.readAllStandardOutput();
        r.err = progressLines + run.readAllStandardError();
        stop = true;
        writer->wait();
        delete writer;
        EXPECT_EXIT(r, 0);
        QVERIFY2(writes.load() > 10, qPrintable(QStringLiteral("only %1 writes during the run").arg(writes.load())));
        for (auto it = written.begin(); it != written.end(); ++it)
            for (int col = 0; col < 3; ++col)
                if (!it.value().at(col).isNull())
                    expected.values[it.key()][col] = it.value().at(col);
        // Right after the run: each token is its last acknowledged value (plaintext or ciphertext).
        const Tokens mid = readTokens(db, m_key);
        QCOMPARE(mid.undecryptable, 0);
        QCOMPARE(mid.values, expected.values);
        // The re-run encrypts what was written behind the walk; nothing is left in plaintext.
        EXPECT_EXIT(runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply")})), 0);
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.values, expected.values);
    }

    void progressCountsRows()
    {
        const QString db = v2Database();
        const Result r = runOn(db, encrypt(m_keyFile, {QStringLiteral("--apply"), QStringLiteral("--batch-size"),
                                                        QStringLiteral("20"), QStringLiteral("--batch-pause-ms"),
                                                        QStringLiteral("30"), QStringLiteral("--progress"),
                                                        QStringLiteral("--json")}));
        EXPECT_EXIT(r, 0);
        qint64 lastDone = -1;
        qint64 total = 0;
        bool eta = false;
        for (const QByteArray &line : r.err.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(QLatin1String("step")).toString() != QLatin1String("encrypt"))
                continue;
            QVERIFY(e.value(QLatin1String("done")).toInteger() >= lastDone);
            lastDone = e.value(QLatin1String("done")).toInteger();
            total = e.value(QLatin1String("total")).toInteger();
            eta = eta || e.value(QLatin1String("eta_ms")).toInteger() > 0;
        }
        QVERIFY2(total > 100, qPrintable(describe(r)));
        QCOMPARE(lastDone, total);
        QVERIFY(eta);
    }
};

QTEST_GUILESS_MAIN(TestBackfill)
#include "tst_backfill.moc"
