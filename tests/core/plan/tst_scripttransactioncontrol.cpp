// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scripts written for psql and sqlite3 (Sqitch, Flyway, golang-migrate) as the assistant sends
// them: their own transaction control left out (never a BEGIN or END inside a body), ROLLBACK
// and meta-commands refused at their line, psql variables filled in only where psql fills them,
// and the statements that cannot run in a transaction refused unless the step runs outside it.
#include "plan/ScriptTransactionControl.h"

#include <QTest>

namespace {

using Use = ScriptTransactionControl::Use;

QStringList texts(const PreparedScript &p)
{
    QStringList out;
    for (const StatementSplitter::Piece &s : p.statements)
        out << s.text;
    return out;
}

QString faults(const PreparedScript &p)
{
    QStringList out;
    for (const LintFinding &f : p.faults)
        out << QStringLiteral("%1: %2").arg(f.line).arg(f.message);
    return out.join(QLatin1Char('\n'));
}

PreparedScript pg(const QString &script, Use use = Use::Step, const QHash<QString, QString> &variables = {},
                  qint64 version = 150000)
{
    return ScriptTransactionControl::prepare(script, QStringLiteral("postgresql"), use, variables, version);
}

PreparedScript lite(const QString &script, Use use = Use::Step)
{
    return ScriptTransactionControl::prepare(script, QStringLiteral("sqlite"), use, {}, 0);
}

} // namespace

class TestScriptTransactionControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqitchDeployTemplateLosesItsTransactionControl()
    {
        const PreparedScript p = pg(QStringLiteral("-- Deploy flipr:appschema to pg\n\nBEGIN;\n\nCREATE SCHEMA flipr;\n\n"
                                                   "COMMIT;\n"));
        QVERIFY2(p.ok(), qPrintable(faults(p)));
        QCOMPARE(texts(p), QStringList{QStringLiteral("CREATE SCHEMA flipr")});
        QCOMPARE(p.statements.first().line, 5);
        QCOMPARE(p.leftOut, 2);
    }

    void everySpellingOfBeginAndCommit()
    {
        const PreparedScript p = pg(QStringLiteral("BEGIN TRANSACTION;\nSTART TRANSACTION ISOLATION LEVEL SERIALIZABLE;\n"
                                                   "begin work;\nSELECT 1;\nEND;\nCOMMIT TRANSACTION;\ncommit;\nEND TRANSACTION;"));
        QVERIFY2(p.ok(), qPrintable(faults(p)));
        QCOMPARE(texts(p), QStringList{QStringLiteral("SELECT 1")});
        QCOMPARE(p.leftOut, 7);
        const PreparedScript s = lite(QStringLiteral("BEGIN IMMEDIATE TRANSACTION;\nSELECT 1;\nEND TRANSACTION;"));
        QCOMPARE(texts(s), QStringList{QStringLiteral("SELECT 1")});
    }

    void bodiesStringsAndCommentsAreUntouched()
    {
        const QString doBlock = QStringLiteral("DO $$\nBEGIN\n  -- COMMIT; here is a comment\n  PERFORM 1;\nEND\n$$");
        const QString function = QStringLiteral(
            "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$\nBEGIN\n  /* BEGIN; ROLLBACK; */\n"
            "  RETURN 'COMMIT;';\nEND;\n$fn$");
        const PreparedScript p = pg(QStringLiteral("BEGIN;\n%1;\n%2;\n-- ROLLBACK;\n/* BEGIN; */\n"
                                                   "SELECT 'BEGIN; ROLLBACK;';\nCOMMIT;\n").arg(doBlock, function));
        QVERIFY2(p.ok(), qPrintable(faults(p)));
        QCOMPARE(texts(p), (QStringList{doBlock, function, QStringLiteral("SELECT 'BEGIN; ROLLBACK;'")}));
    }

    void sqliteTriggerBodyKeepsItsEnd()
    {
        const QString trigger = QStringLiteral("CREATE TRIGGER audit AFTER INSERT ON t\nBEGIN\n"
                                               "  INSERT INTO log VALUES (NEW.id);\nEND");
        const PreparedScript p = lite(QStringLiteral("BEGIN;\n%1;\nCOMMIT;\n").arg(trigger));
        QVERIFY2(p.ok(), qPrintable(faults(p)));
        QCOMPARE(texts(p), QStringList{trigger});
        QCOMPARE(p.leftOut, 2);
    }

    void rollbackUndoesTheStepButNotAVerifyScript()
    {
        const QString script = QStringLiteral("BEGIN;\nSELECT 1/count(*) FROM flips;\nROLLBACK TO SAVEPOINT a;\nROLLBACK;\n");
        const PreparedScript step = pg(script);
        QCOMPARE(step.faults.size(), 1);
        QCOMPARE(step.faults.first().line, 4);
        QVERIFY2(step.faults.first().message.contains(QLatin1String("ROLLBACK would undo the step")), qPrintable(faults(step)));
        const PreparedScript verify = pg(script, Use::Verify);
        QVERIFY2(verify.ok(), qPrintable(faults(verify)));
        QCOMPARE(texts(verify), (QStringList{QStringLiteral("SELECT 1/count(*) FROM flips"),
                                             QStringLiteral("ROLLBACK TO SAVEPOINT a")}));
        QCOMPARE(lite(QStringLiteral("SELECT 1;\nABORT;")).faults.size(), 1);
    }

    void psqlVariablesAreFilledInWherePsqlFillsThem()
    {
        const PreparedScript p = pg(QStringLiteral("\\set owner 'o''brien'\n\\set role reader\n"
                                                   "GRANT SELECT ON t TO :\"role\";\n"
                                                   "SELECT :'owner', ':owner', $$ :owner $$, 1::int, :schema_name -- :owner\n;\n"
                                                   "SELECT :unknown, arr[1:2] FROM :\"schema_name\".t;\n"),
                                    Use::Step, {{QStringLiteral("schema_name"), QStringLiteral("app")}});
        QVERIFY2(p.ok(), qPrintable(faults(p)));
        QCOMPARE(texts(p), (QStringList{QStringLiteral("GRANT SELECT ON t TO \"reader\""),
                                        QStringLiteral("SELECT 'o''brien', ':owner', $$ :owner $$, 1::int, app -- :owner"),
                                        QStringLiteral("SELECT :unknown, arr[1:2] FROM \"app\".t")}));
        QCOMPARE(p.statements.at(0).line, 3);
        QCOMPARE(p.statements.at(2).line, 6);
        // A script's \set overrides the plan's value; \unset forgets it.
        const PreparedScript q = pg(QStringLiteral("\\set v two\nSELECT :'v';\n\\unset v\nSELECT :'v';"), Use::Step,
                                    {{QStringLiteral("v"), QStringLiteral("one")}});
        QCOMPARE(texts(q), (QStringList{QStringLiteral("SELECT 'two'"), QStringLiteral("SELECT :'v'")}));
        // SQLite has no psql: :name is a parameter there.
        QCOMPARE(texts(lite(QStringLiteral("SELECT :name"))), QStringList{QStringLiteral("SELECT :name")});
    }

    void otherMetaCommandsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"\\i other.sql", "\\ir other.sql", "\\copy t FROM 'x.csv'", "\\connect other",
                              "\\c other", "\\if :flag", "\\echo hello", "\\gexec"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void otherMetaCommandsAreRefusedByName()
    {
        QFETCH(QString, command);
        const PreparedScript p = pg(QStringLiteral("BEGIN;\nSELECT 1;\n  %1\nCOMMIT;\n").arg(command));
        QCOMPARE(p.faults.size(), 1);
        QCOMPARE(p.faults.first().line, 3);
        QVERIFY2(p.faults.first().message.contains(command.section(QLatin1Char(' '), 0, 0)), qPrintable(faults(p)));
        QVERIFY2(p.faults.first().message.contains(QLatin1String("not supported")), qPrintable(faults(p)));
        QVERIFY(!pg(QStringLiteral("\\set x `date`")).ok());
    }

    void statementsThatCannotRunInATransaction()
    {
        const QString script = QStringLiteral("BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;\n"
                                              "ALTER TYPE mood ADD VALUE 'meh';\nCOMMIT;\n");
        const PreparedScript inside = pg(script, Use::Step, {}, 110000);
        QCOMPARE(inside.faults.size(), 3);
        QCOMPARE(inside.faults.at(0).line, 2);
        QVERIFY(inside.faults.at(0).message.contains(QLatin1String("CREATE INDEX CONCURRENTLY cannot run inside a transaction")));
        QVERIFY(inside.faults.at(0).message.contains(QLatin1String("outside_transaction")));
        QCOMPARE(inside.faults.at(1).line, 3);
        QCOMPARE(inside.faults.at(2).line, 4);
        QCOMPARE(pg(script, Use::Step, {}, 150000).faults.size(), 2); // ADD VALUE runs in a transaction on 12+
        const PreparedScript outside = pg(script, Use::StepOutsideTransaction, {}, 110000);
        QVERIFY2(outside.ok(), qPrintable(faults(outside)));
        QCOMPARE(outside.statements.size(), 3);
        QCOMPARE(lite(QStringLiteral("PRAGMA journal_mode = WAL;")).faults.size(), 1);
        QCOMPARE(lite(QStringLiteral("PRAGMA journal_mode;")).faults.size(), 0);
        QCOMPARE(lite(QStringLiteral("VACUUM;\nATTACH 'x.db' AS x;")).faults.size(), 2);
    }

    void sqliteForeignKeyPragmasAreTheRunsToSet()
    {
        const PreparedScript p = lite(QStringLiteral("PRAGMA foreign_keys=off;\nBEGIN;\nCREATE TABLE n(a);\nCOMMIT;\n"
                                                     "PRAGMA foreign_keys = ON;\nPRAGMA foreign_keys;\n"));
        QVERIFY2(p.ok(), qPrintable(faults(p)));
        QVERIFY(p.togglesForeignKeys);
        QCOMPARE(texts(p), (QStringList{QStringLiteral("CREATE TABLE n(a)"), QStringLiteral("PRAGMA foreign_keys")}));
        QVERIFY(!lite(QStringLiteral("PRAGMA foreign_keys;")).togglesForeignKeys);
        QVERIFY(lite(QStringLiteral("PRAGMA main.foreign_keys(0);")).togglesForeignKeys);
    }
};

QTEST_GUILESS_MAIN(TestScriptTransactionControl)
#include "tst_scripttransactioncontrol.moc"
