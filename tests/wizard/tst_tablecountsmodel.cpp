// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableCountsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Rows per table before and after, side by side; a table missing on one side shows a dash.
class TestTableCountsModel : public QObject
{
    Q_OBJECT

    static TableState state(const QString &table, qint64 rows)
    {
        TableState t;
        t.table = table;
        t.rows = rows;
        return t;
    }

private Q_SLOTS:
    void beforeAndAfterSideBySide()
    {
        TableCountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTables({state(QStringLiteral("users"), 2000), state(QStringLiteral("emails"), 4000)},
                        {state(QStringLiteral("users"), 2000), state(QStringLiteral("users_old"), 2000),
                         state(QStringLiteral("emails"), 4000)});
        QCOMPARE(model.tables(), (QStringList{QStringLiteral("users"), QStringLiteral("emails"),
                                              QStringLiteral("users_old")}));
        QCOMPARE(model.rowsBefore(QStringLiteral("users_old")), -1);
        QCOMPARE(model.rowsAfter(QStringLiteral("users_old")), 2000);
        QCOMPARE(model.data(model.index(2, TableCountsModel::BeforeColumn)).toString(), QStringLiteral("—"));
        QCOMPARE(model.data(model.index(1, TableCountsModel::AfterColumn)).toString(), QStringLiteral("4\u202F000"));
        QCOMPARE(model.headerData(TableCountsModel::AfterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Rows after"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTableCountsModel)
#include "tst_tablecountsmodel.moc"
