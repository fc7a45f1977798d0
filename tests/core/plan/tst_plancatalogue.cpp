// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanCatalogue.h"
#include "plan/PlanLoader.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

// The chain of plans: built-ins link v1 → v2 → v3 on both drivers, a path is the slice between
// two versions, and a catalogue that cannot say which plan comes next is refused with the
// plans named.
class TestPlanCatalogue : public QObject
{
    Q_OBJECT

    static Plan renamed(const Plan &base, const QString &id, const QString &from, const QString &to)
    {
        Plan p = base;
        p.id = id;
        p.fromVersion = from;
        p.toVersion = to;
        return p;
    }
    static QStringList ids(const QList<const Plan *> &plans)
    {
        QStringList out;
        for (const Plan *p : plans)
            out << p->id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_integrations = *PlanLoader::load(QStringLiteral("user-integrations"), nullptr);
        m_encrypt = *PlanLoader::load(QStringLiteral("encrypt-tokens"), nullptr);
    }

    void builtinsMakeOneChainPerDriver()
    {
        ErrorInfo error;
        const auto catalogue = PlanCatalogue::load({}, {}, &error);
        QVERIFY2(catalogue, qPrintable(error.message));
        for (const QString driver : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            QCOMPARE(ids(catalogue->chain(driver)), (QStringList{QStringLiteral("user-integrations"),
                                                                  QStringLiteral("encrypt-tokens")}));
            QCOMPARE(catalogue->versions(driver), (QStringList{QStringLiteral("v1"), QStringLiteral("v2"),
                                                                QStringLiteral("v3")}));
            QCOMPARE(catalogue->latestVersion(driver), QStringLiteral("v3"));
        }
        QVERIFY(catalogue->plan(QStringLiteral("encrypt-tokens")));
        QVERIFY(!catalogue->plan(QStringLiteral("nope")));
    }

    void pathIsTheSliceBetweenTwoVersions()
    {
        const auto catalogue = PlanCatalogue::load({}, {}, nullptr);
        QVERIFY(catalogue);
        const QString sqlite = QStringLiteral("sqlite");
        QCOMPARE(ids(*catalogue->path(sqlite, QStringLiteral("v1"), {}, nullptr)),
                 (QStringList{QStringLiteral("user-integrations"), QStringLiteral("encrypt-tokens")}));
        QCOMPARE(ids(*catalogue->path(sqlite, QStringLiteral("v1"), QStringLiteral("v2"), nullptr)),
                 QStringList{QStringLiteral("user-integrations")});
        QCOMPARE(ids(*catalogue->path(sqlite, QStringLiteral("v2"), {}, nullptr)),
                 QStringList{QStringLiteral("encrypt-tokens")});
        QVERIFY(catalogue->path(sqlite, QStringLiteral("v3"), {}, nullptr)->isEmpty());
        ErrorInfo error;
        QVERIFY(!catalogue->path(sqlite, QStringLiteral("v4"), {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("No plan knows the version v4. Known versions: v1, v2, v3.")),
                 qPrintable(error.message));
        QVERIFY(!catalogue->path(sqlite, QStringLiteral("v1"), QStringLiteral("v9"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("v9")), qPrintable(error.message));
        QVERIFY(!catalogue->path(sqlite, QStringLiteral("v3"), QStringLiteral("v1"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("newer than v1")), qPrintable(error.message));
    }

    void aThirdPlanFromAFolderExtendsTheChain()
    {
        ErrorInfo error;
        const auto catalogue =
            PlanCatalogue::link({m_integrations, m_encrypt, renamed(m_integrations, QStringLiteral("v3-to-v4"),
                                                                    QStringLiteral("v3"), QStringLiteral("v4"))},
                                &error);
        QVERIFY2(catalogue, qPrintable(error.message));
        QCOMPARE(catalogue->latestVersion(QStringLiteral("sqlite")), QStringLiteral("v4"));
        QCOMPARE(ids(*catalogue->path(QStringLiteral("sqlite"), QStringLiteral("v2"), {}, nullptr)),
                 (QStringList{QStringLiteral("encrypt-tokens"), QStringLiteral("v3-to-v4")}));
    }

    void ambiguousCataloguesAreRefusedWithThePlansNamed_data()
    {
        QTest::addColumn<QStringList>("plans"); // id:from:to of the plans besides user-integrations
        QTest::addColumn<QString>("expected");
        QTest::newRow("two plans leave v1") << QStringList{QStringLiteral("other:v1:v2b")}
                                            << QStringLiteral("Two plans leave v1 on sqlite: user-integrations");
        QTest::newRow("cycle") << QStringList{QStringLiteral("back:v2:v1")} << QStringLiteral("form a cycle");
        QTest::newRow("cycle beside the chain")
            << QStringList{QStringLiteral("a:v5:v6"), QStringLiteral("b:v6:v5")} << QStringLiteral("form a cycle: a");
        QTest::newRow("gap") << QStringList{QStringLiteral("later:v3:v4")}
                             << QStringLiteral("do not make one chain: user-integrations");
        QTest::newRow("same id") << QStringList{QStringLiteral("user-integrations:v2:v3")}
                                 << QStringLiteral("Two plans have the id \"user-integrations\"");
        QTest::newRow("to itself") << QStringList{QStringLiteral("still:v2:v2")}
                                   << QStringLiteral("from a version to the same version");
    }

    void ambiguousCataloguesAreRefusedWithThePlansNamed()
    {
        QFETCH(QStringList, plans);
        QFETCH(QString, expected);
        QList<Plan> all{m_integrations};
        for (const QString &spec : plans) {
            const QStringList f = spec.split(QLatin1Char(':'));
            all << renamed(m_integrations, f[0], f[1], f[2]);
        }
        ErrorInfo error;
        QVERIFY(!PlanCatalogue::link(all, &error));
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void plansFolderIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = TestSupport::copyBuiltinPlan(dir.path());
        QVERIFY(!folder.isEmpty());
        ErrorInfo error;
        // A copy of user-integrations beside the built-in one: the same id twice, refused.
        QVERIFY(!PlanCatalogue::load({QFileInfo(folder).absolutePath()}, {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Two plans have the id")), qPrintable(error.message));
        QVERIFY(!PlanCatalogue::load({dir.filePath(QStringLiteral("missing"))}, {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("does not exist")), qPrintable(error.message));
    }

private:
    Plan m_integrations;
    Plan m_encrypt;
};

QTEST_GUILESS_MAIN(TestPlanCatalogue)
#include "tst_plancatalogue.moc"
