// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// encrypt-tokens on a LIVE, throwaway PostgreSQL 15 server (PgTestServer), in a schema with an
// awkward name: every token encrypted (bytea) and decryptable with the tests' own OpenSSL code,
// the rollback restores v2 exactly; kill -9 of the real binary inside a batch, then resume:
// every row written exactly once (an update trigger counts); the plan's advisory lock is held
// at session level for the whole run; a wrong key is refused before anything changes; and an
// application writing tokens from another session during the run loses no acknowledged write.
#include "db/DatabaseConnection.h"
#include "transaction/MigrationRunner.h"
#include "PgTestServer.h"
#include "TestSupport.h"
#include "TokenOpener.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

namespace {

const QString kSchema = QStringLiteral("Kunde \"Zwei\" ü's");
constexpr int kUsers = 300;
const QStringList kColumns{QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                           QStringLiteral("client_secret")};

struct Tokens
{
    QHash<qint64, QStringList> values;
    qint64 plaintextLeft = 0;
    qint64 undecryptable = 0;
    qint64 keyIdsWrong = 0;
};

} // namespace

class TestBackfillPostgresql : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QByteArray m_key;
    QString m_keyFile;
    int m_databases = 0;

    QString writeKeyFile(const QString &name, const QByteArray &key)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(TokenOpener::keyFileText(key));
        return path;
    }

    RunResult run(const QString &database, RunAction action, const QString &plan,
                  const std::function<void(RunOptions &)> &adjust = {})
    {
        RunOptions options;
        options.action = action;
        options.connection = m_server.spec(database, kSchema);
        options.plan = TestSupport::plan(plan);
        options.acceptAllWarnings = true;
        options.operatorName = QStringLiteral("pg-backfill-test");
        options.lockFile = m_tmp.filePath(database + QStringLiteral(".lock"));
        options.keyFile = m_keyFile;
        if (adjust)
            adjust(options);
        MigrationRunner runner(options);
        return runner.run();
    }

    static QString why(const RunResult &r)
    {
        return r.error.message + QLatin1Char('\n') + r.error.details + QLatin1Char('\n')
               + r.notes.join(QLatin1Char('\n'));
    }

    // A fresh database at v2: v1 loaded, then the plan user-integrations applied.
    QString v2Database()
    {
        const QString name = QStringLiteral("ma_backfill_%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error) || !m_server.loadV1(name, kSchema, kUsers, &error))
            qWarning("%s", qPrintable(error));
        const RunResult r = run(name, RunAction::Apply, QStringLiteral("user-integrations"));
        if (r.outcome != RunOutcome::Ok)
            qWarning("v2: %s", qPrintable(why(r)));
        return name;
    }

    QString sql(const QString &database, const QString &script)
    {
        QString out, error;
        if (!m_server.psql(database, script, &out, &error))
            qWarning("psql: %s", qPrintable(error));
        return out.trimmed();
    }

    QString table() const { return PgTestServer::quoteIdent(kSchema) + QStringLiteral(".user_integrations"); }

    Tokens readTokens(const QString &database, const QByteArray &key)
    {
        Tokens t;
        DatabaseConnection c(m_server.spec(database, kSchema));
        ErrorInfo e;
        if (!c.open(DatabaseConnection::Mode::ReadOnly, &e)) {
            qWarning("%s", qPrintable(e.message));
            return t;
        }
        QSqlQuery q = c.query();
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table()));
        const bool v3 = q.record().indexOf(QStringLiteral("key_id")) >= 0;
        while (q.next()) {
            const qint64 id = q.value(QStringLiteral("id")).toLongLong();
            QStringList row;
            bool anyEnc = false;
            for (const QString &col : kColumns) {
                const QVariant plain = q.value(col);
                const QVariant enc = v3 ? q.value(col + QStringLiteral("_enc")) : QVariant();
                anyEnc = anyEnc || !enc.isNull();
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
            if (v3 && anyEnc && q.value(QStringLiteral("key_id")).toString() != TokenOpener::keyId(key))
                ++t.keyIdsWrong;
            t.values.insert(id, row);
        }
        return t;
    }

    QString passwordFile()
    {
        const QString path = m_tmp.filePath(QStringLiteral("password"));
        if (!QFile::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(m_server.password().toUtf8() + "\n");
        }
        return path;
    }

    // The real binary, running encrypt-tokens; paused at MA_TEST_PAUSE_AT when pauseAt is given.
    std::unique_ptr<QProcess> startBinary(const QString &database, const QStringList &arguments, const QString &pauseAt,
                                          const QString &lockFile)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = TestSupport::headlessEnvironment();
        if (!pauseAt.isEmpty())
            env.insert(QStringLiteral("MA_TEST_PAUSE_AT"), pauseAt);
        p->setProcessEnvironment(env);
        p->start(TestSupport::binary(),
                 QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), m_server.url(database, kSchema),
                             QStringLiteral("--password-file"), passwordFile(), QStringLiteral("--lock-file"), lockFile,
                             QStringLiteral("--plan"), QStringLiteral("encrypt-tokens"), QStringLiteral("--key-file"),
                             m_keyFile}
                     + arguments);
        return p;
    }

    static bool waitForStderr(QProcess &p, const QByteArray &marker, QByteArray *seen, int timeoutMs = 60000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            *seen += p.readAllStandardError();
            if (seen->contains(marker))
                return true;
            if (p.state() == QProcess::NotRunning)
                return false;
            p.waitForReadyRead(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_key = TokenOpener::randomKey();
        m_keyFile = writeKeyFile(QStringLiteral("key.hex"), m_key);
    }

    void applyEncryptsAndRollbackRestoresV2()
    {
        const QString db = v2Database();
        const QString v2 = m_server.dump(db, kSchema);
        const Tokens before = readTokens(db, m_key);
        QVERIFY(before.plaintextLeft > 100);

        const RunResult r = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"),
                                [](RunOptions &o) { o.batchSize = 37; });
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(why(r)));
        QCOMPARE(sql(db, QStringLiteral("SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY column_name) "
                                        "FROM information_schema.columns WHERE table_schema = %1 AND table_name = "
                                        "'user_integrations' AND (column_name LIKE '%%_enc' OR column_name = 'key_id');")
                             .arg(PgTestServer::quoteLiteral(kSchema))),
                 QStringLiteral("access_token_enc:bytea,client_secret_enc:bytea,key_id:text,refresh_token_enc:bytea"));
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.undecryptable, 0);
        QCOMPARE(after.keyIdsWrong, 0);
        QCOMPARE(after.values, before.values);
        // The lock is gone with the run; so are the checkpoints.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory';")), QStringLiteral("0"));
        QCOMPARE(sql(db, QStringLiteral("SELECT to_regclass(format('%I.%I', %1, 'migration_assistant_checkpoints')) IS NULL;")
                             .arg(PgTestServer::quoteLiteral(kSchema))),
                 QStringLiteral("t"));

        const RunResult again = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"));
        QVERIFY2(again.outcome == RunOutcome::NothingToDo, qPrintable(why(again)));

        const RunResult back = run(db, RunAction::Rollback, QStringLiteral("encrypt-tokens"),
                                   [](RunOptions &o) { o.batchSize = 50; });
        QVERIFY2(back.outcome == RunOutcome::RolledBack, qPrintable(why(back)));
        QCOMPARE(m_server.dump(db, kSchema), v2);
    }

    // kill -9 inside the third batch, then resume: a trigger shows every row was written exactly once.
    // While the run is paused, its plan's advisory lock is held (session level): a second run is Locked.
    void killedInsideABatchResumesExactlyOnce()
    {
        const QString db = v2Database();
        const Tokens before = readTokens(db, m_key);
        sql(db, QStringLiteral("CREATE TABLE %1.writes (id bigint); CREATE FUNCTION %1.count_write() RETURNS trigger "
                               "LANGUAGE plpgsql AS $$BEGIN INSERT INTO %1.writes VALUES (NEW.id); RETURN NEW; END$$; "
                               "CREATE TRIGGER count_writes AFTER UPDATE ON %2 FOR EACH ROW EXECUTE FUNCTION "
                               "%1.count_write(); ALTER TABLE %1.writes OWNER TO %3;")
                    .arg(PgTestServer::quoteIdent(kSchema), table(), PgTestServer::quoteIdent(m_server.user())));
        const QString lockFile = m_tmp.filePath(QStringLiteral("kill.lock"));
        auto first = startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--batch-size"), QStringLiteral("25")},
                                 QStringLiteral("batch:3"), lockFile);
        QByteArray seen;
        QVERIFY2(waitForStderr(*first, "MA_TEST_PAUSED batch:3", &seen), seen.constData());
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted;")),
                 QStringLiteral("1"));
        // Another machine (another lock file): the server's lock stops it.
        auto second = startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--json")}, {},
                                  m_tmp.filePath(QStringLiteral("other.lock")));
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitCode(), 4);

        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(10000));
        // The server ends the dead session (its open batch rolled back, its lock released).
        QDeadlineTimer gone(20000);
        while (!gone.hasExpired() && sql(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory';"))
                                         != QLatin1String("0"))
            QThread::msleep(50);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM %1.writes;").arg(PgTestServer::quoteIdent(kSchema))),
                 QStringLiteral("50"));
        QCOMPARE(sql(db, QStringLiteral("SELECT rows_done || ':' || done FROM %1.migration_assistant_checkpoints WHERE "
                                        "step_id = 'encrypt';")
                             .arg(PgTestServer::quoteIdent(kSchema))),
                 QStringLiteral("50:0"));

        const RunResult resumed = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"), [](RunOptions &o) {
            o.batchSize = 25;
            o.waitLockSeconds = 10;
        });
        QVERIFY2(resumed.outcome == RunOutcome::Ok, qPrintable(why(resumed)));
        QVERIFY2(resumed.notes.join(QLatin1Char('\n')).contains(QLatin1String("Resumed")), qPrintable(why(resumed)));
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.values, before.values);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM (SELECT id FROM %1.writes GROUP BY id HAVING count(*) > 1) "
                                        "d;")
                             .arg(PgTestServer::quoteIdent(kSchema))),
                 QStringLiteral("0"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(DISTINCT id) FROM %1.writes;").arg(PgTestServer::quoteIdent(kSchema))),
                 sql(db, QStringLiteral("SELECT count(*) FROM %1 WHERE key_id IS NOT NULL;").arg(table())));
    }

    void wrongKeyIsRefusedBeforeAnythingChanges()
    {
        const QString db = v2Database();
        const Tokens v2 = readTokens(db, m_key);
        const QString lockFile = m_tmp.filePath(QStringLiteral("wrong.lock"));
        auto first = startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--batch-size"), QStringLiteral("20")},
                                 QStringLiteral("batch:2"), lockFile);
        QByteArray seen;
        QVERIFY2(waitForStderr(*first, "MA_TEST_PAUSED batch:2", &seen), seen.constData());
        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(10000));
        QDeadlineTimer gone(20000);
        while (!gone.hasExpired() && sql(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory';"))
                                         != QLatin1String("0"))
            QThread::msleep(50);
        const QString half = m_server.dump(db, kSchema);
        const QString other = writeKeyFile(QStringLiteral("other.hex"), TokenOpener::randomKey());
        for (const RunAction action : {RunAction::Apply, RunAction::Rollback}) {
            const RunResult r = run(db, action, QStringLiteral("encrypt-tokens"), [&](RunOptions &o) { o.keyFile = other; });
            QVERIFY2(r.outcome == RunOutcome::Blocked, qPrintable(why(r)));
            QVERIFY(std::any_of(r.checks.begin(), r.checks.end(), [](const CheckResult &c) {
                return c.id == QLatin1String("key-fingerprint") && !c.passed;
            }));
            QCOMPARE(m_server.dump(db, kSchema), half);
        }
        // The right key rolls the half-done run back to v2.
        const RunResult back = run(db, RunAction::Rollback, QStringLiteral("encrypt-tokens"));
        QVERIFY2(back.outcome == RunOutcome::RolledBack, qPrintable(why(back)));
        QCOMPARE(readTokens(db, m_key).values, v2.values);
    }

    // A row changed between a batch's read and its write (the run paused there): the update's
    // compare-and-swap finds 0 rows, reads the row again and encrypts the NEW value.
    void rowChangedBetweenReadAndWriteIsReadAgain()
    {
        const QString db = v2Database();
        const qint64 first = sql(db, QStringLiteral("SELECT min(id) FROM %1 WHERE access_token IS NOT NULL;").arg(table()))
                                 .toLongLong();
        QVERIFY(first > 0);
        const QString lockFile = m_tmp.filePath(QStringLiteral("cas.lock"));
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = TestSupport::headlessEnvironment();
        env.insert(QStringLiteral("MA_TEST_PAUSE_AT"), QStringLiteral("read:1:1500"));
        p->setProcessEnvironment(env);
        p->start(TestSupport::binary(),
                 {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), m_server.url(db, kSchema),
                  QStringLiteral("--password-file"), passwordFile(), QStringLiteral("--lock-file"), lockFile,
                  QStringLiteral("--plan"), QStringLiteral("encrypt-tokens"), QStringLiteral("--key-file"), m_keyFile,
                  QStringLiteral("--apply"), QStringLiteral("--json")});
        QByteArray seen;
        QVERIFY2(waitForStderr(*p, "MA_TEST_PAUSED read:1", &seen), seen.constData());
        // The batch has read the row but holds no lock on it: the application's update commits at once.
        sql(db, QStringLiteral("UPDATE %1 SET access_token = 'changed under the batch' WHERE id = %2;").arg(table()).arg(first));
        QVERIFY(p->waitForFinished(60000));
        const QByteArray out = p->readAllStandardOutput();
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains("read again"), out.constData());
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.values.value(first).value(0), QStringLiteral("changed under the batch"));
    }

    // A row whose update never takes (here a trigger swallows it, as if the row changed every
    // time) is retried a few times, then left as it is and reported by key; the run goes on, and
    // the next run completes it.
    void rowThatKeepsChangingIsReportedNotOverwritten()
    {
        const QString db = v2Database();
        const qint64 stuck = sql(db, QStringLiteral("SELECT min(id) FROM %1 WHERE access_token IS NOT NULL;").arg(table()))
                                 .toLongLong();
        const QString original = sql(db, QStringLiteral("SELECT md5(access_token) FROM %1 WHERE id = %2;").arg(table()).arg(stuck));
        sql(db, QStringLiteral("CREATE FUNCTION %1.swallow() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN IF OLD.id = %3 "
                               "THEN RETURN NULL; END IF; RETURN NEW; END$$; CREATE TRIGGER swallow BEFORE UPDATE ON %2 "
                               "FOR EACH ROW EXECUTE FUNCTION %1.swallow();")
                    .arg(PgTestServer::quoteIdent(kSchema), table())
                    .arg(stuck));
        const RunResult r = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"));
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(why(r)));
        const QString notes = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("kept changing")) && notes.contains(QStringLiteral("keys: %1").arg(stuck)),
                 qPrintable(notes));
        QCOMPARE(sql(db, QStringLiteral("SELECT md5(access_token) FROM %1 WHERE id = %2;").arg(table()).arg(stuck)), original);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM %1 WHERE access_token IS NOT NULL;").arg(table())),
                 QStringLiteral("1"));
        sql(db, QStringLiteral("DROP TRIGGER swallow ON %1;").arg(table()));
        const RunResult again = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"));
        QVERIFY2(again.outcome == RunOutcome::Ok, qPrintable(why(again)));
        QCOMPARE(readTokens(db, m_key).plaintextLeft, 0);
    }

    // An application keeps writing tokens from its own session during the run (plaintext, as a
    // v2 application does): rows read by a batch and changed before its update are read again
    // (compare-and-swap), rows written after their batch keep the newer plaintext, and the
    // re-run encrypts them. Every acknowledged write survives.
    void writerDuringTheRunLosesNothing()
    {
        const QString db = v2Database();
        Tokens expected = readTokens(db, m_key);
        const QList<qint64> ids = expected.values.keys();
        std::atomic<bool> stop{false};
        std::atomic<bool> writerReady{false};
        std::atomic<int> writes{0};
        QHash<qint64, QStringList> written;
        const ConnectionSpec spec = m_server.spec(db, kSchema);
        const QString t = table();
        QThread *writer = QThread::create([&] {
            DatabaseConnection c(spec);
            ErrorInfo e;
            if (!c.open(DatabaseConnection::Mode::ReadWrite, &e)) {
                qWarning("writer: %s", qPrintable(e.message));
                writerReady = true;
                return;
            }
            writerReady = true;
            int n = 0;
            while (!stop.load()) {
                const qint64 id = ids.at(QRandomGenerator::global()->bounded(int(ids.size())));
                const int col = QRandomGenerator::global()->bounded(int(kColumns.size()));
                const QString value = QStringLiteral("written-%1-%2-ü\"'\\").arg(id).arg(++n);
                QSqlQuery u = c.query();
                if (c.exec(u, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(t, kColumns.at(col)), {value, id},
                           nullptr)
                    && u.numRowsAffected() == 1) { // committed: acknowledged to the "application"
                    QStringList row = written.value(id, QStringList{QString(), QString(), QString()});
                    row[col] = value;
                    written.insert(id, row);
                    ++writes;
                }
            }
        });
        writer->start();
        while (!writerReady.load())
            QThread::msleep(5);
        const RunResult r = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"), [](RunOptions &o) {
            o.batchSize = 50;
            o.batchPauseMs = 10;
        });
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(why(r)));
        QVERIFY2(writes.load() > 30, qPrintable(QStringLiteral("only %1 writes").arg(writes.load())));
        for (auto it = written.begin(); it != written.end(); ++it)
            for (int col = 0; col < 3; ++col)
                if (!it.value().at(col).isNull())
                    expected.values[it.key()][col] = it.value().at(col);
        const Tokens mid = readTokens(db, m_key);
        QCOMPARE(mid.undecryptable, 0);
        QCOMPARE(mid.values, expected.values);
        const RunResult again = run(db, RunAction::Apply, QStringLiteral("encrypt-tokens"));
        QVERIFY2(again.outcome == RunOutcome::Ok || again.outcome == RunOutcome::NothingToDo, qPrintable(why(again)));
        const Tokens after = readTokens(db, m_key);
        QCOMPARE(after.plaintextLeft, 0);
        QCOMPARE(after.keyIdsWrong, 0);
        QCOMPARE(after.values, expected.values);
        qInfo("%d writes during the run; notes: %s", writes.load(), qPrintable(r.notes.join(QLatin1String(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestBackfillPostgresql)
#include "tst_backfill_postgresql.moc"
