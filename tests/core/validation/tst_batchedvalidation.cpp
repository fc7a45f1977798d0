// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The validations of a batched plan run as those of a one-transaction plan do: every kind
// the plan loader accepts, the column of a shared query ("value": "query.column") too.
// (Before the engines shared one ValidationRunner, a batched run skipped those silently.)
#include "transaction/MigrationRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

RunResult runAction(const QString &db, RunAction action, const QString &plan, const QString &keyFile = {})
{
    RunOptions options;
    options.action = action;
    options.connection = ConnectionSpec::sqlite(db);
    options.plan = TestSupport::plan(plan);
    options.acceptAllWarnings = true;
    options.keyFile = keyFile;
    return MigrationRunner(options).run();
}

// encrypt-tokens, copied to `dir`, with one more validation that reads a shared query's column
// and expects a value it cannot have.
QString batchedPlanWithQueryValidation(const QString &dir)
{
    const QString target = TestSupport::copyPlan(QStringLiteral(MA_SOURCE_DIR "/resources/plans/encrypt-tokens"), dir);
    if (target.isEmpty())
        return {};
    QFile f(target + QStringLiteral("/plan.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject queries = root.value(QLatin1String("queries")).toObject();
    const QString count = QStringLiteral("SELECT count(*) AS integrations FROM user_integrations");
    queries.insert(QStringLiteral("integration-facts"),
                   QJsonObject{{QStringLiteral("sqlite"), count}, {QStringLiteral("postgresql"), count}});
    root.insert(QStringLiteral("queries"), queries);
    QJsonArray validations = root.value(QLatin1String("validations")).toArray();
    validations.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("integrations-from-query")},
                                   {QStringLiteral("title"), QStringLiteral("Integrations, from the shared query")},
                                   {QStringLiteral("value"), QStringLiteral("integration-facts.integrations")},
                                   {QStringLiteral("expect"), QJsonObject{{QStringLiteral("equals"), 999999}}}});
    root.insert(QStringLiteral("validations"), validations);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QJsonDocument(root).toJson());
    return target;
}

} // namespace

class TestBatchedValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryColumnValidationFailsTheRun()
    {
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 40);
        QVERIFY(!db.isEmpty());
        QCOMPARE(runAction(db, RunAction::Apply, QStringLiteral("user-integrations")).outcome, RunOutcome::Ok);
        const QString keyFile = dir.filePath(QStringLiteral("tokens.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(QByteArray(32, '\x5a').toHex());
        key.close();
        const QString plan = batchedPlanWithQueryValidation(dir.path());
        QVERIFY(!plan.isEmpty());

        const RunResult result = runAction(db, RunAction::Apply, plan, keyFile);
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY2(result.error.message.contains(QLatin1String("Integrations, from the shared query")),
                 qPrintable(result.error.message));
        const auto it = std::find_if(result.validations.begin(), result.validations.end(), [](const ValidationResult &v) {
            return v.id == QLatin1String("integrations-from-query");
        });
        QVERIFY(it != result.validations.end());
        QVERIFY(!it->passed);
        QVERIFY(it->value > 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchedValidation)
#include "tst_batchedvalidation.moc"
