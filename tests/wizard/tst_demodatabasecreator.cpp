// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabaseCreator.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// "Create demo database…" on a worker; an existing file is never overwritten.
class TestDemoDatabaseCreator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsThenRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        DemoDatabaseCreator creator;
        QSignalSpy finished(&creator, &DemoDatabaseCreator::finished);
        QVERIFY(creator.create(path, 200));
        QVERIFY(creator.isBusy());
        QVERIFY(!creator.create(path, 200)); // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(), path);
        QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT count(*) FROM users")).toInt(), 200);
        const QByteArray sha = TestSupport::fileSha256(path);

        QVERIFY(creator.create(path, 10));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(!finished.at(1).at(2).toString().isEmpty());
        QCOMPARE(TestSupport::fileSha256(path), sha);
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabaseCreator)
#include "tst_demodatabasecreator.moc"
