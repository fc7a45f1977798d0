// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet manifest (docs/fleet.md) as core/fleet reads it: the smallest manifest, a whole
// one with stages and defaults, what the schema and the URL parser refuse, a plan folder
// named beside the manifest; the expansion of a SQLite glob (files only, sorted, no lock files
// or backups), a glob's LIKE pattern, a schema pattern once the fleet is stopped, and when a
// stage stops.
#include "fleet/FleetManifestReader.h"
#include "fleet/FleetTargetExpander.h"
#include "run/CancelToken.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFleetManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallest()
    {
        ErrorInfo error;
        const auto m = FleetManifestReader::parse("{\"targets\": [\"sqlite:/srv/customers/*.db\"]}", QDir::tempPath(), &error);
        QVERIFY2(m, qPrintable(error.message));
        QCOMPARE(m->targets.size(), 1);
        QVERIFY(m->targets.first().isPattern());
        QCOMPARE(m->stages.size(), 1); // one stage of everything
        QVERIFY(m->stages.first().targets.isEmpty() && m->stages.first().labels.isEmpty());
        QCOMPARE(m->waitLockSeconds, -1);
    }

    void whole()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("plans/mine")));
        ErrorInfo error;
        const auto m = FleetManifestReader::parse(
            "{\"format\": 1,\n"
            "\"targets\": [{\"url\": \"sqlite:/a.db\", \"label\": \"canary\"},\n"
            "{\"url\": \"postgresql://app@db/customers?schema=tenant_*\", \"label\": \"tenants\"}],\n"
            "\"stages\": [{\"name\": \"canary\", \"labels\": [\"can*\"], \"parallel\": 1, \"on_error\": \"stop\"},\n"
            "{\"name\": \"rest\", \"parallel\": 8, \"max_failures\": 3}],\n"
            "\"defaults\": {\"plan\": \"plans/mine\", \"to\": \"v2\", \"accept_risk\": [\"a\", \"b\"], \"parallel\": 2,\n"
            "\"wait_lock\": 30}}",
            dir.path(), &error);
        QVERIFY2(m, qPrintable(error.message));
        QCOMPARE(m->targets.at(1).spec.schema, QStringLiteral("tenant_*"));
        QVERIFY(m->targets.at(1).isPattern());
        QVERIFY(!m->targets.at(0).isPattern());
        QCOMPARE(m->stages.size(), 2);
        QCOMPARE(m->stages.at(0).onError, FleetStage::OnError::Stop);
        QVERIFY(m->stages.at(0).stopsAfter(1));
        QVERIFY(!m->stages.at(1).stopsAfter(2));
        QVERIFY(m->stages.at(1).stopsAfter(3));
        QVERIFY(!m->stages.at(1).stopsAfter(0));
        QCOMPARE(m->plan, dir.filePath(QStringLiteral("plans/mine"))); // beside the manifest
        QCOMPARE(m->to, QStringLiteral("v2"));
        QCOMPARE(m->acceptedRisks, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(m->parallel, 2);
        QCOMPARE(m->waitLockSeconds, 30);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not JSON");
        QTest::newRow("unknown key") << QByteArray("{\"targets\": [\"sqlite:/a.db\"], \"colour\": 1}") << QStringLiteral("colour");
        QTest::newRow("no targets") << QByteArray("{\"targets\": []}") << QStringLiteral("no targets");
        QTest::newRow("bad on_error") << QByteArray("{\"targets\": [\"sqlite:/a.db\"], \"stages\": [{\"name\": \"a\", \"on_error\": \"x\"}]}")
                                      << QStringLiteral("on_error");
        QTest::newRow("password in a URL") << QByteArray("{\"targets\": [\"postgresql://u:hunter2@h/db\"]}")
                                           << QStringLiteral("password");
        QTest::newRow("labels without targets")
            << QByteArray("{\"stages\": [{\"name\": \"a\", \"labels\": [\"x\"], \"targets\": []}, {\"name\": \"b\", \"targets\": [\"sqlite:/a.db\"]}]}")
            << QStringLiteral("label");
        QTest::newRow("parallel 0") << QByteArray("{\"targets\": [\"sqlite:/a.db\"], \"defaults\": {\"parallel\": 0}}")
                                    << QStringLiteral("parallel");
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        ErrorInfo error;
        QVERIFY(!FleetManifestReader::parse(json, QDir::tempPath(), &error));
        QVERIFY2(error.message.contains(mention, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("hunter2")) && !error.details.contains(QLatin1String("hunter2")),
                 qPrintable(error.message));
    }

    void sqliteGlob()
    {
        QTemporaryDir dir;
        for (const char *name : {"b.db", "a.db", "a.db.migration-lock", "a.db.before-x-1.bak", "c.db-journal", "notes.txt"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("d.db"))); // a folder is no target
        ErrorInfo error;
        const auto m = FleetManifestReader::parse(
            QStringLiteral("{\"targets\": [{\"url\": \"sqlite:%1/*.db\", \"label\": \"x\"}]}").arg(dir.path()).toUtf8(),
            dir.path(), &error);
        QVERIFY2(m, qPrintable(error.message));
        const QList<FleetTarget> targets = FleetTargetExpander::expand(m->targets.first(), QString(), QStringLiteral("s"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).spec.path, dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(targets.at(1).spec.path, dir.filePath(QStringLiteral("b.db")));
        QCOMPARE(targets.at(1).label, QStringLiteral("x"));
        QCOMPARE(targets.at(1).stage, QStringLiteral("s"));
    }

    // A fleet stopped (SIGINT, Stop) lists no more schemas: no connection, no error — where the
    // same pattern on a server nobody listens on is a connection error.
    void schemaPatternAfterStop()
    {
        ErrorInfo error;
        const auto m = FleetManifestReader::parse(
            QByteArrayLiteral("{\"targets\": [\"postgresql://app@127.0.0.1:1/customers?schema=tenant_*&connect_timeout=2\"]}"),
            QDir::tempPath(), &error);
        QVERIFY2(m, qPrintable(error.message));
        QVERIFY(FleetTargetExpander::expand(m->targets.first(), QString(), QString(), &error).isEmpty());
        QVERIFY(error.isError());

        CancelToken stopped;
        stopped.cancel();
        error = ErrorInfo();
        QVERIFY(FleetTargetExpander::expand(m->targets.first(), QString(), QString(), &error, &stopped).isEmpty());
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void likePattern()
    {
        QCOMPARE(FleetTargetExpander::likePattern(QStringLiteral("tenant_*")), QStringLiteral("tenant\\_%"));
        QCOMPARE(FleetTargetExpander::likePattern(QStringLiteral("a?%")), QStringLiteral("a_\\%"));
    }
};

QTEST_GUILESS_MAIN(TestFleetManifest)
#include "tst_fleetmanifest.moc"
