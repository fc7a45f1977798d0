// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Plan checksums with the REAL binary: a plan folder applied, then converted to CRLF (as a
// Windows checkout does) is still the applied plan for --status; a comment edited in one SQL
// file is a warning naming that file. The plan is always named with --plan DIR.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

Result runOn(const QString &db, const QString &plan, const QStringList &arguments)
{
    return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                              QStringLiteral("sqlite:") + db, QStringLiteral("--plan"), plan}
                                      + arguments,
                                  60000, TestSupport::headlessEnvironment());
}

QJsonObject checkById(const QJsonObject &doc, const QString &id)
{
    for (const QJsonValue &v : doc.value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

bool toCrlf(const QString &folder)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

const QString kChanged = QStringLiteral("plan-changed-since-apply");

} // namespace

class TestPlanChecksums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    }

    void harmlessEditsAreNoChangeRealOnesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = TestSupport::demoDatabase(dir.path(), 100);
        QVERIFY(!db.isEmpty());
        const QString plan = TestSupport::copyBuiltinPlan(dir.path());
        QVERIFY(!plan.isEmpty());

        const Result apply = runOn(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json")});
        EXPECT_EXIT(apply, 0);
        PARSE_JSON(applied, apply);
        const QString checksum = applied.value(QLatin1String("plan_checksum")).toString();
        QVERIFY2(checksum.startsWith(QStringLiteral("sha256-lf:")), qPrintable(checksum));

        // CRLF everywhere: the same plan.
        QVERIFY(toCrlf(plan));
        const Result crlf = runOn(db, plan, {QStringLiteral("--status"), QStringLiteral("--json")});
        EXPECT_EXIT(crlf, 0);
        PARSE_JSON(crlfDoc, crlf);
        QCOMPARE(crlfDoc.value(QLatin1String("plan_checksum")).toString(), checksum);
        QVERIFY2(checkById(crlfDoc, kChanged).isEmpty(), crlf.out.constData());
        QCOMPARE(crlfDoc.value(QLatin1String("warnings")).toInt(), 0);
        const QJsonObject row = crlfDoc.value(QLatin1String("history")).toArray().at(0).toObject();
        QCOMPARE(row.value(QLatin1String("plan_checksum")).toString(), checksum);
        QCOMPARE(row.value(QLatin1String("plan_checksum_algorithm")).toString(), QStringLiteral("sha256-lf"));
        QVERIFY(row.value(QLatin1String("plan_files")).toObject().contains(QStringLiteral("sqlite/03_swap_users.sql")));

        // A comment edited in one SQL file: a warning that names it, in JSON and in text.
        const QString sqlFile = plan + QStringLiteral("/sqlite/03_swap_users.sql");
        QVERIFY(TestSupport::replaceInFile(sqlFile, "--", "-- (edited)"));
        const Result edited = runOn(db, plan, {QStringLiteral("--status"), QStringLiteral("--json")});
        EXPECT_EXIT(edited, 0);
        PARSE_JSON(editedDoc, edited);
        const QJsonObject check = checkById(editedDoc, kChanged);
        QVERIFY2(!check.isEmpty(), edited.out.constData());
        QCOMPARE(check.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(check.value(QLatin1String("passed")).toBool(), false);
        QVERIFY2(check.value(QLatin1String("message")).toString().contains(QStringLiteral("sqlite/03_swap_users.sql")),
                 qPrintable(check.value(QLatin1String("message")).toString()));
        QVERIFY2(!check.value(QLatin1String("message")).toString().contains(QStringLiteral("02_copy_users")),
                 qPrintable(check.value(QLatin1String("message")).toString()));
        QCOMPARE(editedDoc.value(QLatin1String("warnings")).toInt(), 1);

        const Result text = runOn(db, plan, {QStringLiteral("--status")});
        EXPECT_EXIT(text, 0);
        QVERIFY2(text.out.contains("plan-changed-since-apply") && text.out.contains("sqlite/03_swap_users.sql"),
                 text.out.constData());

        // An apply with nothing to do says it too; the rollback runs the CRLF SQL and warns.
        const Result again = runOn(db, plan, {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json")});
        EXPECT_EXIT(again, 0);
        PARSE_JSON(againDoc, again);
        QCOMPARE(againDoc.value(QLatin1String("result")).toString(), QStringLiteral("nothing-to-do"));
        QVERIFY(!checkById(againDoc, kChanged).isEmpty());
        const Result rollback = runOn(db, plan, {QStringLiteral("--rollback"), QStringLiteral("--json")});
        EXPECT_EXIT(rollback, 0);
        PARSE_JSON(rollbackDoc, rollback);
        QVERIFY(!checkById(rollbackDoc, kChanged).isEmpty());
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("user_integrations")));
    }
};

QTEST_GUILESS_MAIN(TestPlanChecksums)
#include "tst_planchecksums.moc"
