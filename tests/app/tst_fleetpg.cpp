// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet split across machines (../shared/spec/cli.md, "Fleets"): 12 tenant schemas of one
// PostgreSQL database named by one pattern (?schema=tenant_*), and two fleet runs of the same
// manifest started together, each with a home of its own (two machines: no lock file in
// common, only the server's advisory lock per database and schema). Every schema is migrated
// exactly once, its history has one row, and neither run reports a failure: what one run found
// locked it tried again at the end of its stage and found done.
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace {

using Result = TestSupport::ProcessResult;

constexpr int kUsers = 300;
constexpr int kSchemas = 12;
const QString kDatabase = QStringLiteral("customers");

} // namespace

class TestFleetPg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    PgTestServer m_pg;
    QString m_passwordFile;

private Q_SLOTS:
    void initTestCase();
    void twoRunsTogether();
};

void TestFleetPg::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_pg.createDatabase(kDatabase, &error), qPrintable(error));
    for (int i = 1; i <= kSchemas; ++i)
        QVERIFY2(m_pg.loadV1(kDatabase, QStringLiteral("tenant_%1").arg(i, 2, 10, QLatin1Char('0')), kUsers, &error),
                 qPrintable(error));
    // A schema the pattern must not take: "tenant_" is a prefix, its '_' no LIKE wildcard.
    QVERIFY2(m_pg.loadV1(kDatabase, QStringLiteral("tenantx"), kUsers, &error), qPrintable(error));
    m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
    QFile pass(m_passwordFile);
    QVERIFY(pass.open(QIODevice::WriteOnly) && pass.write(m_pg.password().toUtf8() + '\n') > 0);
}

void TestFleetPg::twoRunsTogether()
{
    const QString manifest = m_tmp.filePath(QStringLiteral("fleet.json"));
    {
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString pattern = m_pg.url(kDatabase, QStringLiteral("tenant_*"));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("targets"),
                                           QJsonArray{QJsonObject{{QStringLiteral("url"), pattern},
                                                                  {QStringLiteral("label"), QStringLiteral("tenants")}}}},
                                          {QStringLiteral("defaults"),
                                           QJsonObject{{QStringLiteral("plan"), QStringLiteral("user-integrations")},
                                                       {QStringLiteral("parallel"), 2},
                                                       {QStringLiteral("wait_lock"), 120}}}})
                    .toJson());
    }
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 2; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("machine-%1").arg(i))));
        runs.push_back(std::move(p));
    }
    for (auto &p : runs)
        p->start(TestSupport::binary(), {QStringLiteral("--headless"), QStringLiteral("--fleet"), manifest,
                                         QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                         QStringLiteral("--password-file"), m_passwordFile});
    std::vector<Result> results(2);
    std::map<QString, int> applied;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(runs[i]->waitForFinished(300000));
        results[i].exitCode = runs[i]->exitCode();
        results[i].crashed = runs[i]->exitStatus() == QProcess::CrashExit;
        results[i].out = runs[i]->readAllStandardOutput();
        results[i].err = runs[i]->readAllStandardError();
    }
    for (const Result &r : results) {
        EXPECT_EXIT(r, 0);
        PARSE_JSON(doc, r);
        const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
        QVERIFY2(summary.value(QLatin1String("failed")).toInt() == 0 && summary.value(QLatin1String("locked")).toInt() == 0
                     && summary.value(QLatin1String("blocked")).toInt() == 0,
                 qPrintable(TestSupport::describe(r)));
        // How the two runs shared the work out, for the log: it varies from run to run.
        qInfo("a fleet run: %d ok, %d nothing-to-do, exit %d", summary.value(QLatin1String("ok")).toInt(),
              summary.value(QLatin1String("nothing-to-do")).toInt(), r.exitCode);
        const QJsonArray targets = doc.value(QLatin1String("targets")).toArray();
        QCOMPARE(targets.size(), kSchemas);
        for (const QJsonValue &v : targets) {
            const QJsonObject t = v.toObject();
            QVERIFY2(!t.value(QLatin1String("target")).toString().contains(m_pg.password()), "a password in the output");
            QVERIFY2(!t.value(QLatin1String("target")).toString().contains(QLatin1String("tenantx")), "tenantx was taken");
            if (t.value(QLatin1String("result")).toString() == QLatin1String("ok"))
                ++applied[t.value(QLatin1String("target")).toString()];
        }
    }
    QCOMPARE(int(applied.size()), kSchemas);
    for (const auto &[target, times] : applied)
        QVERIFY2(times == 1, qPrintable(target));
    for (int i = 1; i <= kSchemas; ++i) {
        QString out;
        const QString schema = QStringLiteral("tenant_%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(m_pg.psql(kDatabase, QStringLiteral("SELECT count(*) FROM %1.migration_assistant_history;")
                                         .arg(PgTestServer::quoteIdent(schema)),
                          &out));
        QVERIFY2(out.trimmed() == QLatin1String("1"), qPrintable(schema + QStringLiteral(": ") + out));
    }
}

QTEST_GUILESS_MAIN(TestFleetPg)
#include "tst_fleetpg.moc"
