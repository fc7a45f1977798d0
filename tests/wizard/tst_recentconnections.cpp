// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentConnections.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Recent connections: newest first, at most eight, and never a password.
class TestRecentConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverStoresThePassword()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            RecentConnections recent(&settings);
            ConnectionSpec pg;
            pg.driver = ConnectionSpec::Driver::Postgresql;
            pg.host = QStringLiteral("db.example.com");
            pg.port = 6543;
            pg.database = QStringLiteral("crm");
            pg.user = QStringLiteral("support");
            pg.schema = QStringLiteral("tenant_7");
            pg.sslMode = QStringLiteral("require");
            pg.password = QStringLiteral("correct horse battery");
            recent.remember(pg);
            const QList<ConnectionSpec> list = recent.list();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().host, pg.host);
            QCOMPARE(list.first().port, 6543);
            QCOMPARE(list.first().database, pg.database);
            QCOMPARE(list.first().user, pg.user);
            QCOMPARE(list.first().schema, pg.schema);
            QCOMPARE(list.first().sslMode, pg.sslMode);
            QVERIFY(list.first().password.isEmpty());
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(text.contains("db.example.com"));
        QVERIFY(!text.contains("horse"));
    }

    void newestFirstAtMostEight()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        RecentConnections recent(&settings);
        for (int i = 0; i < 10; ++i)
            recent.remember(ConnectionSpec::sqlite(QStringLiteral("/data/db%1.sqlite").arg(i)));
        QList<ConnectionSpec> list = recent.list();
        QCOMPARE(list.size(), RecentConnections::maximum);
        QCOMPARE(list.first().path, QStringLiteral("/data/db9.sqlite"));
        QCOMPARE(list.last().path, QStringLiteral("/data/db2.sqlite"));
        // Used again: moves to the front, no duplicate.
        recent.remember(ConnectionSpec::sqlite(QStringLiteral("/data/db5.sqlite")));
        list = recent.list();
        QCOMPARE(list.size(), RecentConnections::maximum);
        QCOMPARE(list.first().path, QStringLiteral("/data/db5.sqlite"));
        QCOMPARE(std::count_if(list.begin(), list.end(),
                               [](const ConnectionSpec &s) { return s.path == QLatin1String("/data/db5.sqlite"); }),
                 1);
        recent.clear();
        QVERIFY(recent.list().isEmpty());
    }

    void unreadableEntriesAreSkipped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(RecentConnections::settingsKey(),
                          QStringList{QStringLiteral("mysql://nope"), QStringLiteral("sqlite:/data/a.db")});
        const QList<ConnectionSpec> list = RecentConnections(&settings).list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().path, QStringLiteral("/data/a.db"));
    }
};

QTEST_GUILESS_MAIN(TestRecentConnections)
#include "tst_recentconnections.moc"
