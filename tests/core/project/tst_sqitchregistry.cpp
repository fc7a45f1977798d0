// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// SqitchRegistry against Debian's sqitch, on SQLite files and a LIVE PostgreSQL (PgTestServer):
// the rows the assistant writes for a deploy and a revert equal sqitch's on a twin database
// (but who and when), `sqitch status` reads them alike and `sqitch revert` works on them; and
// read() understands what sqitch wrote.
#include "PgTestServer.h"
#include "SqitchTool.h"
#include "TestSupport.h"
#include "db/DatabaseConnection.h"
#include "project/ProjectLoader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>


class TestSqitchRegistry : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    QTemporaryDir m_tmp;

    // A script run as the test role, as sqitch runs it (psql, its own BEGIN/COMMIT).
    bool psqlAsRole(const QString &database, const QString &file)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_server.password());
        p.setProcessEnvironment(env);
        p.start(PgTestServer::binDir() + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_server.port()),
                 QStringLiteral("-U"), m_server.user(), QStringLiteral("-d"), database, QStringLiteral("-f"), file});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    QString pgUri(const QString &database) const
    {
        return QStringLiteral("db:pg://%1@127.0.0.1:%2/%3").arg(m_server.user()).arg(m_server.port()).arg(database);
    }

    static RegistryChange change(const Plan &plan, RunAction action)
    {
        RegistryChange c;
        c.planId = plan.id;
        c.action = action;
        c.startedAt = c.finishedAt = QDateTime::currentDateTimeUtc();
        c.operatorName = QStringLiteral("Tester");
        c.operatorEmail = QStringLiteral("tester@example.com");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SqitchTool::available() || SqitchTool::fixture(QStringLiteral("sqitch-intro")).isEmpty())
            QSKIP("sqitch (apt-get install sqitch libdbd-sqlite3-perl libdbd-pg-perl) or the fixtures are not there");
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void sqliteDeployAndRevert()
    {
        const QString folder = SqitchTool::fixture(QStringLiteral("sqitch-sqlite-intro"));
        ErrorInfo error;
        const auto project = ProjectLoader::load(folder, QStringLiteral("sqlite"), &error);
        QVERIFY2(project, qPrintable(error.message));
        const QString twin = m_tmp.filePath(QStringLiteral("twin/flipr.db"));
        const QString ours = m_tmp.filePath(QStringLiteral("ours/flipr.db"));
        QVERIFY(QDir().mkpath(QFileInfo(twin).path()) && QDir().mkpath(QFileInfo(ours).path()));

        SqitchTool::Result r = SqitchTool::run(folder, {QStringLiteral("deploy"), QStringLiteral("--to"),
                                                        QStringLiteral("@v1.0.0-dev1"), QStringLiteral("db:sqlite:") + twin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // The assistant's side, without the engine: the deploy scripts, then the registry.
        QFile(ours).open(QIODevice::WriteOnly);
        QList<RegistryChange> changes;
        {
            DatabaseConnection db(ConnectionSpec::sqlite(ours));
            QVERIFY(db.open(DatabaseConnection::Mode::ReadWrite, &error));
            const auto before = project->registry->read(db, &error);
            QVERIFY(before && !before->present);
            for (int i = 0; i < 3; ++i) {
                const Plan &p = project->plans.at(i);
                QVERIFY(TestSupport::execSql(ours, p.steps.first().sql.value(QStringLiteral("sqlite"))));
                QVERIFY2(project->registry->record(db, change(p, RunAction::Apply), &error), qPrintable(error.message));
                changes << change(p, RunAction::Apply);
            }
            QVERIFY2(project->registry->recordAfterCommit(db, changes, &error), qPrintable(error.message));
            const auto state = project->registry->read(db, &error);
            QVERIFY2(state, qPrintable(error.message));
            QVERIFY(state->present);
            QCOMPARE(state->version, QStringLiteral("userflips@v1.0.0-dev2"));
            QCOMPARE(state->applied, (QStringList{"users", "flips", "userflips@v1.0.0-dev2"}));
        }
        const QString twinRegistry = m_tmp.filePath(QStringLiteral("twin/sqitch.db"));
        const QString ourRegistry = m_tmp.filePath(QStringLiteral("ours/sqitch.db"));
        QCOMPARE(SqitchTool::sqliteRegistryDump(ourRegistry), SqitchTool::sqliteRegistryDump(twinRegistry));
        QCOMPARE(TestSupport::dumpDatabase(ours), TestSupport::dumpDatabase(twin));
        const SqitchTool::Result theirStatus = SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + twin});
        const SqitchTool::Result ourStatus = SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + ours});
        QVERIFY2(ourStatus.exitCode == 0, qPrintable(ourStatus.err));
        QCOMPARE(SqitchTool::statusText(ourStatus), SqitchTool::statusText(theirStatus));
        QVERIFY(ourStatus.out.contains(QLatin1String("# Tag:      @v1.0.0-dev1")));
        QCOMPARE(SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), QStringLiteral("db:sqlite:") + ours})),
                 SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), QStringLiteral("db:sqlite:") + twin})));

        // sqitch reverts what the assistant recorded; the assistant reverts what sqitch deployed.
        r = SqitchTool::run(folder, {QStringLiteral("revert"), QStringLiteral("-y"), QStringLiteral("--to"), QStringLiteral("@ROOT"),
                                     QStringLiteral("db:sqlite:") + ours});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        {
            DatabaseConnection db(ConnectionSpec::sqlite(twin));
            QVERIFY(db.open(DatabaseConnection::Mode::ReadWrite, &error));
            const auto state = project->registry->read(db, &error);
            QVERIFY(state && state->present);
            QCOMPARE(state->version, QStringLiteral("userflips@v1.0.0-dev2"));
            changes.clear();
            for (int i = 2; i >= 1; --i) {
                const Plan &p = project->plans.at(i);
                QVERIFY(TestSupport::execSql(twin, p.rollbackSteps.first().sql.value(QStringLiteral("sqlite"))));
                QVERIFY(project->registry->record(db, change(p, RunAction::Rollback), &error));
                changes << change(p, RunAction::Rollback);
            }
            QVERIFY2(project->registry->recordAfterCommit(db, changes, &error), qPrintable(error.message));
            QCOMPARE(project->registry->read(db, &error)->version, QStringLiteral("users"));
        }
        QCOMPARE(SqitchTool::sqliteRegistryDump(ourRegistry), SqitchTool::sqliteRegistryDump(twinRegistry));
        QCOMPARE(TestSupport::dumpDatabase(ours), TestSupport::dumpDatabase(twin));
        QCOMPARE(SqitchTool::statusText(SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + ours})),
                 SqitchTool::statusText(SqitchTool::run(folder, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + twin})));
    }

    void pgDeployAndRevert()
    {
        const QString folder = SqitchTool::fixture(QStringLiteral("sqitch-intro"));
        ErrorInfo error;
        const auto project = ProjectLoader::load(folder, QStringLiteral("postgresql"), &error);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(m_server.createDatabase(QStringLiteral("twin")) && m_server.createDatabase(QStringLiteral("ours")));
        SqitchTool::Result r = SqitchTool::run(folder, {QStringLiteral("deploy"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev2"),
                                                        pgUri(QStringLiteral("twin"))}, m_server.password());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const int upTo = 10; // the changes up to @v1.0.0-dev2
        {
            DatabaseConnection db(m_server.spec(QStringLiteral("ours"), QStringLiteral("public")));
            QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &error), qPrintable(error.message));
            QVERIFY(!project->registry->read(db, &error)->present);
            for (int i = 0; i < upTo; ++i)
                QVERIFY(psqlAsRole(QStringLiteral("ours"), folder + QLatin1Char('/') + project->plans.at(i).steps.first().title));
            // In one transaction, as the run's: the registry is created on first use inside it.
            QVERIFY(db.exec(QStringLiteral("BEGIN"), &error));
            for (int i = 0; i < upTo; ++i)
                QVERIFY2(project->registry->record(db, change(project->plans.at(i), RunAction::Apply), &error),
                         qPrintable(error.message + QLatin1Char(' ') + error.details));
            QVERIFY(db.exec(QStringLiteral("COMMIT"), &error));
            const auto state = project->registry->read(db, &error);
            QVERIFY(state && state->present);
            QCOMPARE(state->version, QStringLiteral("delete_flip"));
            QCOMPARE(state->applied.size(), upTo);
            // A change already registered is refused, and nothing of it stays.
            QVERIFY(db.exec(QStringLiteral("BEGIN"), &error));
            QVERIFY(!project->registry->record(db, change(project->plans.at(3), RunAction::Apply), &error));
            QVERIFY(db.exec(QStringLiteral("ROLLBACK"), &error));
        }
        QCOMPARE(SqitchTool::pgRegistryDump(m_server, QStringLiteral("ours")).split(QLatin1Char('\n')), SqitchTool::pgRegistryDump(m_server, QStringLiteral("twin")).split(QLatin1Char('\n')));
        QCOMPARE(m_server.dump(QStringLiteral("ours"), QStringLiteral("flipr")), m_server.dump(QStringLiteral("twin"), QStringLiteral("flipr")));
        const QString ourStatus = SqitchTool::statusText(SqitchTool::run(folder, {QStringLiteral("status"), pgUri(QStringLiteral("ours"))}, m_server.password()));
        QCOMPARE(ourStatus, SqitchTool::statusText(SqitchTool::run(folder, {QStringLiteral("status"), pgUri(QStringLiteral("twin"))}, m_server.password())));
        QVERIFY2(ourStatus.contains(QLatin1String("# Tag:      @v1.0.0-dev2")), qPrintable(ourStatus));
        QCOMPARE(SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), pgUri(QStringLiteral("ours"))}, m_server.password())),
                 SqitchTool::logText(SqitchTool::run(folder, {QStringLiteral("log"), pgUri(QStringLiteral("twin"))}, m_server.password())));

        r = SqitchTool::run(folder, {QStringLiteral("revert"), QStringLiteral("-y"), QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1"),
                                     pgUri(QStringLiteral("ours"))}, m_server.password());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        {
            DatabaseConnection db(m_server.spec(QStringLiteral("twin"), QStringLiteral("public")));
            QVERIFY(db.open(DatabaseConnection::Mode::ReadWrite, &error));
            QCOMPARE(project->registry->read(db, &error)->version, QStringLiteral("delete_flip"));
            for (int i = upTo - 1; i >= 4; --i) {
                QVERIFY(psqlAsRole(QStringLiteral("twin"), folder + QLatin1Char('/') + project->plans.at(i).rollbackSteps.first().title));
                QVERIFY(db.exec(QStringLiteral("BEGIN"), &error));
                QVERIFY2(project->registry->record(db, change(project->plans.at(i), RunAction::Rollback), &error),
                         qPrintable(error.message));
                QVERIFY(db.exec(QStringLiteral("COMMIT"), &error));
            }
            QCOMPARE(project->registry->read(db, &error)->version, QStringLiteral("change_pass@v1.0.0-dev2"));
        }
        QCOMPARE(SqitchTool::pgRegistryDump(m_server, QStringLiteral("ours")).split(QLatin1Char('\n')), SqitchTool::pgRegistryDump(m_server, QStringLiteral("twin")).split(QLatin1Char('\n')));
        QCOMPARE(m_server.dump(QStringLiteral("ours"), QStringLiteral("flipr")), m_server.dump(QStringLiteral("twin"), QStringLiteral("flipr")));
    }
};

QTEST_GUILESS_MAIN(TestSqitchRegistry)
#include "tst_sqitchregistry.moc"
