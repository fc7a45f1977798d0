// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemStatus.h"
#include "ValidationTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Validations: found against expected, the failed ones marked.
class TestValidationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foundAgainstExpected()
    {
        ValidationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ValidationResult ok{QStringLiteral("users-count"), QStringLiteral("Every user copied"), true, 2000,
                            QStringLiteral("= 2 000")};
        ValidationResult bad{QStringLiteral("no-orphans"), QStringLiteral("No orphans"), false, 3,
                             QStringLiteral("= 0")};
        model.setValidations({ok, bad});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(model.data(model.index(0, ValidationTableModel::FoundColumn)).toString(), QStringLiteral("2\u202F000"));
        QCOMPARE(model.data(model.index(1, ValidationTableModel::ExpectedColumn)).toString(), QStringLiteral("= 0"));
        QCOMPARE(model.data(model.index(0, ValidationTableModel::TitleColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::Passed));
        QCOMPARE(model.data(model.index(1, ValidationTableModel::TitleColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::Failed));
        QCOMPARE(model.data(model.index(1, ValidationTableModel::FoundColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::None));
    }
};

QTEST_GUILESS_MAIN(TestValidationTableModel)
#include "tst_validationtablemodel.moc"
