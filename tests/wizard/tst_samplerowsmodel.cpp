// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleRowsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// A failing check's example rows, shown as the core masked them, one line per cell.
class TestSampleRowsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRowsAsGiven()
    {
        SampleRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSamples({QStringLiteral("id"), QStringLiteral("auth_code")},
                         {{QStringLiteral("u1"), QStringLiteral("••••••")},
                          {QStringLiteral("u2"), QStringLiteral("line one\nline two")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("auth_code"));
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("••••••"));
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("line one line two"));
        QCOMPARE(model.data(model.index(1, 1), Qt::ToolTipRole).toString(), QStringLiteral("line one\nline two"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSampleRowsModel)
#include "tst_samplerowsmodel.moc"
