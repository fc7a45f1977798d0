// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Sqitch projects through the REAL binary (--plan DIR), on SQLite files and a LIVE PostgreSQL
// (PgTestServer), each step beside Debian's sqitch doing the same on a twin database: deploy to
// a tag and to the latest change (verify scripts as validations), revert to a tag; after each the
// schema, Sqitch's registry (but who and when) and `sqitch status`/`sqitch log` on the
// assistant's database equal the twin's. A failure in the fifth change (a copy of the fixture)
// leaves the database and the registry exactly as they were.
#include "PgTestServer.h"
#include "SqitchTool.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSqitch : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    QTemporaryDir m_tmp;
    QString m_passwordFile;
    int m_n = 0;

    using Result = TestSupport::ProcessResult;

    QString freshSqlite(const QString &what)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("%1-%2").arg(what).arg(++m_n));
        QDir().mkpath(dir);
        return dir + QStringLiteral("/flipr.db");
    }
    Result runSqlite(const QString &db, const QString &project, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                                  QStringLiteral("--plan"), project}
                                          + arguments,
                                      180000, TestSupport::headlessEnvironment());
    }
    Result runPg(const QString &database, const QString &project, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                                  m_server.url(database, QStringLiteral("public")), QStringLiteral("--password-file"),
                                                  m_passwordFile, QStringLiteral("--plan"), project}
                                          + arguments,
                                      180000, TestSupport::headlessEnvironment());
    }
    QString pgUri(const QString &database) const
    {
        return QStringLiteral("db:pg://%1@127.0.0.1:%2/%3").arg(m_server.user()).arg(m_server.port()).arg(database);
    }
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
    }

    // The SQLite twins agree: schema, registry, sqitch status and log.
    void sameSqlite(const QString &folder, const QString &ours, const QString &twin)
    {
        QCOMPARE(SqitchTool::sqliteSchema(ours), SqitchTool::sqliteSchema(twin));
        QCOMPARE(SqitchTool::sqliteRegistryDump(QFileInfo(ours).dir().filePath(QStringLiteral("sqitch.db"))),
                 SqitchTool::sqliteRegistryDump(QFileInfo(twin).dir().filePath(QStringLiteral("sqitch.db"))));
        const SqitchTool::Result status = SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + ours});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QCOMPARE(SqitchTool::statusText(status),
                 SqitchTool::statusText(SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + twin})));
        QCOMPARE(SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), QStringLiteral("db:sqlite:") + ours})),
                 SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), QStringLiteral("db:sqlite:") + twin})));
    }
    void samePg(const QString &folder, const QString &ours, const QString &twin)
    {
        QCOMPARE(m_server.dump(ours, QStringLiteral("flipr")), m_server.dump(twin, QStringLiteral("flipr")));
        QCOMPARE(SqitchTool::pgRegistryDump(m_server, ours).split(QLatin1Char('\n')),
                 SqitchTool::pgRegistryDump(m_server, twin).split(QLatin1Char('\n')));
        const SqitchTool::Result status = SqitchTool::run(folder, {QStringLiteral("status"), pgUri(ours)}, m_server.password());
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QCOMPARE(SqitchTool::statusText(status),
                 SqitchTool::statusText(SqitchTool::run(folder, {QStringLiteral("status"), pgUri(twin)}, m_server.password())));
        QCOMPARE(SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), pgUri(ours)}, m_server.password())),
                 SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), pgUri(twin)}, m_server.password())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SqitchTool::available())
            QSKIP("sqitch is not installed (apt-get install sqitch libdbd-sqlite3-perl libdbd-pg-perl)");
        if (SqitchTool::fixture(QStringLiteral("sqitch-intro")).isEmpty())
            QSKIP("the Sqitch fixtures are not there (../shared/fixtures or $MA_SQITCH_FIXTURES)");
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
        QFile pass(m_passwordFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(m_server.password().toUtf8());
        pass.close();
        pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void lint()
    {
        for (const QString &name : {QStringLiteral("sqitch-sqlite-intro"), QStringLiteral("sqitch-intro")}) {
            const Result r = TestSupport::lintFolder(SqitchTool::fixture(name), 120000);
            QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
            QVERIFY2(r.out.contains("no faults found"), r.out.constData());
        }
        // A fault in a copy: at its file and line of the project.
        const QString folder = SqitchTool::copyFixture(QStringLiteral("sqitch-intro"), m_tmp.filePath(QStringLiteral("lint")));
        QFile script(folder + QStringLiteral("/revert/lists.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QByteArray text = script.readAll();
        script.close();
        const int line = int(text.left(text.indexOf("COMMIT;")).count('\n')) + 1;
        text.replace("COMMIT;", "ROLLBACK;");
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write(text);
        script.close();
        QFile::remove(folder + QStringLiteral("/verify/pgcrypto.sql"));
        const Result r = TestSupport::lintFolder(folder, 120000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/revert/lists.sql:%1: ").arg(line).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("/sqitch.plan:19: the change \"pgcrypto\" has no verify script"), r.err.constData());
    }

    void sqliteDeployToTagLatestAndRevert()
    {
        const QString folder = SqitchTool::fixture(QStringLiteral("sqitch-sqlite-intro"));
        const QString ours = freshSqlite(QStringLiteral("ours"));
        const QString twin = freshSqlite(QStringLiteral("twin"));
        QFile(ours).open(QIODevice::WriteOnly); // the assistant opens an existing database only

        Result r = runSqlite(ours, folder, {QStringLiteral("--apply"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        SqitchTool::Result s = SqitchTool::run(folder, {QStringLiteral("deploy"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                                        QStringLiteral("db:sqlite:") + twin});
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        sameSqlite(folder, ours, twin);

        r = runSqlite(ours, folder, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        s = SqitchTool::run(folder, {QStringLiteral("deploy"), QStringLiteral("db:sqlite:") + twin});
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        sameSqlite(folder, ours, twin);
        QVERIFY(SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + ours})
                    .out.contains(QLatin1String("Nothing to deploy (up-to-date)")));
        const SqitchTool::Result verify = SqitchTool::run(folder, {QStringLiteral("verify"), QStringLiteral("db:sqlite:") + ours});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        r = runSqlite(ours, folder, {QStringLiteral("--rollback"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                     QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        s = SqitchTool::run(folder, {QStringLiteral("revert"), QStringLiteral("-y"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                     QStringLiteral("db:sqlite:") + twin});
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        sameSqlite(folder, ours, twin);
    }

    void sqliteFailureInTheFifthChange()
    {
        const QString folder = SqitchTool::copyFixture(QStringLiteral("sqitch-sqlite-intro"), m_tmp.filePath(QStringLiteral("broken-sqlite")));
        QVERIFY(!folder.isEmpty());
        const QString ours = freshSqlite(QStringLiteral("fail"));
        QFile(ours).open(QIODevice::WriteOnly);
        Result r = runSqlite(ours, folder, {QStringLiteral("--apply"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        // The fifth change, hashtags, fails after its table is made.
        QFile script(folder + QStringLiteral("/deploy/hashtags.sql"));
        QVERIFY(script.open(QIODevice::Append));
        script.write("\nINSERT INTO no_such_table VALUES (1);\n");
        script.close();
        const QString registry = QFileInfo(ours).dir().filePath(QStringLiteral("sqitch.db"));
        const QByteArray dbBefore = bytesOf(ours), registryBefore = bytesOf(registry);
        r = runSqlite(ours, folder, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 5, (r.out + r.err).constData());
        QVERIFY(bytesOf(ours) == dbBefore);
        QVERIFY(bytesOf(registry) == registryBefore);
    }

    void pgDeployToTagLatestAndRevert()
    {
        const QString folder = SqitchTool::fixture(QStringLiteral("sqitch-intro"));
        QVERIFY(m_server.createDatabase(QStringLiteral("ours")) && m_server.createDatabase(QStringLiteral("twin")));
        Result r = runPg(QStringLiteral("ours"), folder, {QStringLiteral("--apply"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                                          QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        SqitchTool::Result s = SqitchTool::run(folder, {QStringLiteral("deploy"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                                        pgUri(QStringLiteral("twin"))}, m_server.password());
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        samePg(folder, QStringLiteral("ours"), QStringLiteral("twin"));

        r = runPg(QStringLiteral("ours"), folder, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        s = SqitchTool::run(folder, {QStringLiteral("deploy"), pgUri(QStringLiteral("twin"))}, m_server.password());
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        samePg(folder, QStringLiteral("ours"), QStringLiteral("twin"));
        const SqitchTool::Result verify = SqitchTool::run(folder, {QStringLiteral("verify"), pgUri(QStringLiteral("ours"))}, m_server.password());
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        r = runPg(QStringLiteral("ours"), folder, {QStringLiteral("--rollback"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev2"),
                                                   QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        s = SqitchTool::run(folder, {QStringLiteral("revert"), QStringLiteral("-y"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev2"),
                                     pgUri(QStringLiteral("twin"))}, m_server.password());
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        samePg(folder, QStringLiteral("ours"), QStringLiteral("twin"));
    }

    void pgFailureInTheFifthChange()
    {
        const QString folder = SqitchTool::copyFixture(QStringLiteral("sqitch-intro"), m_tmp.filePath(QStringLiteral("broken-pg")));
        QVERIFY(!folder.isEmpty());
        QVERIFY(m_server.createDatabase(QStringLiteral("failing")));
        Result r = runPg(QStringLiteral("failing"), folder, {QStringLiteral("--apply"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                                             QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        // The fifth change, lists, fails after its table is made (before its COMMIT).
        QFile script(folder + QStringLiteral("/deploy/lists.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QByteArray text = script.readAll();
        script.close();
        text.replace("COMMIT;", "INSERT INTO flipr.no_such_table VALUES (1);\nCOMMIT;");
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write(text);
        script.close();
        const QString flipr = m_server.dump(QStringLiteral("failing"), QStringLiteral("flipr"));
        const QString registry = SqitchTool::pgRegistryDump(m_server, QStringLiteral("failing"));
        const QString registryRows = m_server.dump(QStringLiteral("failing"), QStringLiteral("sqitch"));
        r = runPg(QStringLiteral("failing"), folder, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 5, (r.out + r.err).constData());
        QCOMPARE(m_server.dump(QStringLiteral("failing"), QStringLiteral("flipr")), flipr);
        QCOMPARE(SqitchTool::pgRegistryDump(m_server, QStringLiteral("failing")), registry);
        QCOMPARE(m_server.dump(QStringLiteral("failing"), QStringLiteral("sqitch")), registryRows); // committed_at included
    }
};

QTEST_GUILESS_MAIN(TestSqitch)
#include "tst_sqitch.moc"
