// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/StatementSplitter.h"

#include <QtTest>

namespace {

constexpr int Sqlite = static_cast<int>(StatementSplitter::Dialect::Sqlite);
constexpr int Postgresql = static_cast<int>(StatementSplitter::Dialect::Postgresql);

void addRow(const char *name, const QString &script, int dialect, const QStringList &expected)
{
    QTest::newRow(name) << script << dialect << expected;
}

// Rows whose result does not depend on the dialect run against both.
void addBoth(const char *name, const QString &script, const QStringList &expected)
{
    QTest::addRow("%s [sqlite]", name) << script << Sqlite << expected;
    QTest::addRow("%s [pg]", name) << script << Postgresql << expected;
}

} // namespace

class TestStatementSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void largeScript_data();
    void largeScript();
    void pathologicalInput_data();
    void pathologicalInput();
};

void TestStatementSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QStringList>("expected");

    // --- Empty and trivial input -------------------------------------------------------------
    addBoth("empty input", QString(), {});
    addBoth("only whitespace", QStringLiteral("  \n\t \r\n  \f"), {});
    addBoth("only comments", QStringLiteral("-- first\n/* second; */\n  -- third; 'x\n"), {});
    addBoth("only semicolons", QStringLiteral(";;;"), {});
    addBoth("semicolons, whitespace and comments", QStringLiteral(" ; -- x\n ; /* y */ ;\n"), {});
    addBoth("one statement", QStringLiteral("SELECT 1;"), {"SELECT 1"});
    addBoth("two statements", QStringLiteral("SELECT 1; SELECT 2;"), {"SELECT 1", "SELECT 2"});
    addBoth("final statement without semicolon", QStringLiteral("SELECT 1;\nSELECT 2"),
            {"SELECT 1", "SELECT 2"});
    addBoth("whitespace is trimmed", QStringLiteral("  \n SELECT 1 \t ;\n\n  SELECT\n 2\t;  \n"),
            {"SELECT 1", "SELECT\n 2"});
    addBoth("empty statements between", QStringLiteral("SELECT 1;;; ;\nSELECT 2;;"),
            {"SELECT 1", "SELECT 2"});
    addBoth("CRLF line endings",
            QStringLiteral("-- header\r\nCREATE TABLE t(a);\r\nINSERT INTO t VALUES ('x;y'); -- c;\r\n"
                           "SELECT a\r\nFROM t\r\n"),
            {"CREATE TABLE t(a)", "INSERT INTO t VALUES ('x;y')", "SELECT a\r\nFROM t"});

    // --- Strings and quoted identifiers ------------------------------------------------------
    addBoth("single quotes with '' escape",
            QStringLiteral("INSERT INTO t VALUES ('it''s; fine'); SELECT ''';''';"),
            {"INSERT INTO t VALUES ('it''s; fine')", "SELECT ''';'''"});
    addBoth("empty string literal", QStringLiteral("SELECT ''; SELECT 2"), {"SELECT ''", "SELECT 2"});
    addBoth("double-quoted identifier with \"\" escape",
            QStringLiteral("SELECT \"a;\"\"b\" FROM \"t;\"; SELECT 2"),
            {"SELECT \"a;\"\"b\" FROM \"t;\"", "SELECT 2"});
    addRow("backtick identifier [sqlite]", QStringLiteral("SELECT `a;``b` FROM t; SELECT 2"), Sqlite,
           {"SELECT `a;``b` FROM t", "SELECT 2"});
    addRow("backtick is not a quote [pg]", QStringLiteral("SELECT `a;b`"), Postgresql,
           {"SELECT `a", "b`"});
    addRow("bracket identifier [sqlite]", QStringLiteral("SELECT [a;b] FROM [t;]; SELECT 2"), Sqlite,
           {"SELECT [a;b] FROM [t;]", "SELECT 2"});
    addRow("bracket is an array subscript [pg]", QStringLiteral("SELECT a[1]; SELECT [x;y]"),
           Postgresql, {"SELECT a[1]", "SELECT [x", "y]"});
    addRow("E'' string with backslash escape [pg]", QStringLiteral("SELECT E'a\\';b'; SELECT 2"),
           Postgresql, {"SELECT E'a\\';b'", "SELECT 2"});
    addRow("e'' lowercase, escaped backslash then quote [pg]",
           QStringLiteral("SELECT e'x\\\\'; SELECT e'it''s;\\n'"), Postgresql,
           {"SELECT e'x\\\\'", "SELECT e'it''s;\\n'"});
    addRow("E'' string is not special [sqlite]", QStringLiteral("SELECT E'a\\';b'"), Sqlite,
           {"SELECT E'a\\'", "b'"});
    addRow("backslash in a plain string is not an escape [pg]",
           QStringLiteral("SELECT 'a\\'; SELECT 2"), Postgresql, {"SELECT 'a\\'", "SELECT 2"});
    addRow("identifier ending in e before a quote is not E'' [pg]",
           QStringLiteral("SELECT type'a\\'; SELECT 2"), Postgresql, {"SELECT type'a\\'", "SELECT 2"});
    addBoth("Unicode text in strings",
            QStringLiteral("INSERT INTO t VALUES ('Zoë; 東京 🚀'); SELECT '🚀;', \"名前;\" FROM 表"),
            {QStringLiteral("INSERT INTO t VALUES ('Zoë; 東京 🚀')"),
             QStringLiteral("SELECT '🚀;', \"名前;\" FROM 表")});
    addBoth("quote containing comment markers",
            QStringLiteral("SELECT '-- not a comment', '/* nor this */'; SELECT \"--;\", 2"),
            {"SELECT '-- not a comment', '/* nor this */'", "SELECT \"--;\", 2"});

    // --- Comments ----------------------------------------------------------------------------
    addBoth("line comment containing a quote",
            QStringLiteral("SELECT 1 -- it's; not the end\n, 2; -- isn't \"it\n SELECT 3"),
            {"SELECT 1 -- it's; not the end\n, 2", "SELECT 3"});
    addBoth("block comment containing quotes",
            QStringLiteral("SELECT /* it's; \"x `y [z */ 1; SELECT 2"),
            {"SELECT /* it's; \"x `y [z */ 1", "SELECT 2"});
    addBoth("leading comments are not part of the statement",
            QStringLiteral("-- step 1\n/* doc; */ CREATE TABLE t(a); -- after\nSELECT 2"),
            {"CREATE TABLE t(a)", "SELECT 2"});
    addBoth("comment before the semicolon is kept", QStringLiteral("SELECT 1 -- one\n;"),
            {"SELECT 1 -- one"});
    addBoth("/*/ does not close a comment", QStringLiteral("SELECT /*/ ; */ 1; SELECT 2"),
            {"SELECT /*/ ; */ 1", "SELECT 2"});
    addBoth("line comment at end without newline", QStringLiteral("SELECT 1; -- trailing; x"),
            {"SELECT 1"});
    addBoth("minus and slash are operators", QStringLiteral("SELECT 4 - 1 / 2 -1; SELECT 2"),
            {"SELECT 4 - 1 / 2 -1", "SELECT 2"});
    addRow("nested block comment [pg]", QStringLiteral("SELECT 1 /* a /* b; */ c; */; SELECT 2"),
           Postgresql, {"SELECT 1 /* a /* b; */ c; */", "SELECT 2"});
    addRow("block comments do not nest [sqlite]", QStringLiteral("SELECT 1 /* a /* b */ ; c */ ; SELECT 2"),
           Sqlite, {"SELECT 1 /* a /* b */", "c */", "SELECT 2"});
    addRow("block comments nest [pg]", QStringLiteral("SELECT 1 /* a /* b */ ; c */ ; SELECT 2"),
           Postgresql, {"SELECT 1 /* a /* b */ ; c */", "SELECT 2"});

    // --- PostgreSQL dollar quoting -----------------------------------------------------------
    addRow("$$ body with semicolons and quotes [pg]",
           QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; SELECT 'it''s; $x'; $$ "
                          "LANGUAGE sql; SELECT 2;"),
           Postgresql,
           {"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; SELECT 'it''s; $x'; $$ LANGUAGE sql",
            "SELECT 2"});
    addRow("$fn$ body containing $$ [pg]",
           QStringLiteral("CREATE FUNCTION g() RETURNS text AS $fn$\nBEGIN\n  RETURN $$a;b$$;\nEND;\n"
                          "$fn$ LANGUAGE plpgsql;\nSELECT 3"),
           Postgresql,
           {"CREATE FUNCTION g() RETURNS text AS $fn$\nBEGIN\n  RETURN $$a;b$$;\nEND;\n$fn$ LANGUAGE plpgsql",
            "SELECT 3"});
    addRow("different tag does not close [pg]", QStringLiteral("SELECT $a$ x; $b$ ; $A$ ; $a$; SELECT 2"),
           Postgresql, {"SELECT $a$ x; $b$ ; $A$ ; $a$", "SELECT 2"});
    addRow("tag with underscore and digits [pg]",
           QStringLiteral("DO $_do_1$ BEGIN PERFORM 1; END $_do_1$; SELECT 2"), Postgresql,
           {"DO $_do_1$ BEGIN PERFORM 1; END $_do_1$", "SELECT 2"});
    addRow("positional parameters are not dollar quotes [pg]",
           QStringLiteral("PREPARE p(int, int) AS SELECT $1 + $2; EXECUTE p(1, 2);"), Postgresql,
           {"PREPARE p(int, int) AS SELECT $1 + $2", "EXECUTE p(1, 2)"});
    addRow("$1 followed by letters and $ is not a tag [pg]", QStringLiteral("SELECT $1abc$; SELECT 2"),
           Postgresql, {"SELECT $1abc$", "SELECT 2"});
    addRow("$ inside an identifier is not a dollar quote [pg]",
           QStringLiteral("SELECT a$b$ FROM t; SELECT 2"), Postgresql, {"SELECT a$b$ FROM t", "SELECT 2"});
    addRow("dollar quote body with comment markers [pg]",
           QStringLiteral("SELECT $$ -- no; /* no; $$; SELECT 2"), Postgresql,
           {"SELECT $$ -- no; /* no; $$", "SELECT 2"});
    addRow("$$ is not a quote [sqlite]", QStringLiteral("SELECT $a; SELECT $$;"), Sqlite,
           {"SELECT $a", "SELECT $$"});

    // --- SQLite trigger bodies ---------------------------------------------------------------
    addRow("trigger body [sqlite]",
           QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n  INSERT INTO log VALUES (1);\n"
                          "  UPDATE c SET n = n + 1;\nEND;\nSELECT 2;"),
           Sqlite,
           {"CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n  INSERT INTO log VALUES (1);\n"
            "  UPDATE c SET n = n + 1;\nEND",
            "SELECT 2"});
    addRow("trigger with CASE...END and nested statements [sqlite]",
           QStringLiteral("CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW\n"
                          "WHEN CASE WHEN NEW.a > 0 THEN 1 ELSE 0 END\nBEGIN\n"
                          "  SELECT CASE WHEN NEW.a > 10 THEN RAISE(ABORT, 'too big; really') END;\n"
                          "  UPDATE t SET b = CASE NEW.a WHEN 1 THEN 'one' ELSE CASE WHEN NEW.a < 0 "
                          "THEN 'neg' END END WHERE id = NEW.id;\n"
                          "  INSERT INTO log SELECT CASE x WHEN 1 THEN 'a' END FROM y;\n"
                          "END;\nSELECT 2;"),
           Sqlite,
           {"CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW\n"
            "WHEN CASE WHEN NEW.a > 0 THEN 1 ELSE 0 END\nBEGIN\n"
            "  SELECT CASE WHEN NEW.a > 10 THEN RAISE(ABORT, 'too big; really') END;\n"
            "  UPDATE t SET b = CASE NEW.a WHEN 1 THEN 'one' ELSE CASE WHEN NEW.a < 0 "
            "THEN 'neg' END END WHERE id = NEW.id;\n"
            "  INSERT INTO log SELECT CASE x WHEN 1 THEN 'a' END FROM y;\n"
            "END",
            "SELECT 2"});
    addRow("trigger written in lowercase [sqlite]",
           QStringLiteral("create temp trigger trg after delete on t begin delete from u where id = old.id; "
                          "end;select 1"),
           Sqlite,
           {"create temp trigger trg after delete on t begin delete from u where id = old.id; end",
            "select 1"});
    addRow("mixed-case TEMPORARY trigger, IF NOT EXISTS [sqlite]",
           QStringLiteral("Create Temporary Trigger If Not Exists trg Before Delete On t Begin "
                          "Select 1; Select 2; End; Select 3"),
           Sqlite,
           {"Create Temporary Trigger If Not Exists trg Before Delete On t Begin Select 1; Select 2; End",
            "Select 3"});
    addRow("comment between CREATE and TRIGGER [sqlite]",
           QStringLiteral("CREATE /* x; */ TRIGGER -- y\n trg AFTER INSERT ON t BEGIN SELECT 1; END; SELECT 2"),
           Sqlite,
           {"CREATE /* x; */ TRIGGER -- y\n trg AFTER INSERT ON t BEGIN SELECT 1; END", "SELECT 2"});
    addRow("columns named \"end\", backend, begin_at in a trigger [sqlite]",
           QStringLiteral("CREATE TRIGGER trg AFTER UPDATE ON jobs BEGIN\n"
                          "  UPDATE jobs SET backend = 'x', \"end\" = NEW.\"end\", begin_at = NEW.begin_at,\n"
                          "    ending = 1, [case] = `end`, casement = 2, endx = 3 WHERE id = NEW.id;\n"
                          "  INSERT INTO log(msg) VALUES ('end; begin; case'); -- end;\n"
                          "  /* END; */ DELETE FROM q WHERE x = NEW.end;\n"
                          "END;\nSELECT 2;"),
           Sqlite,
           {"CREATE TRIGGER trg AFTER UPDATE ON jobs BEGIN\n"
            "  UPDATE jobs SET backend = 'x', \"end\" = NEW.\"end\", begin_at = NEW.begin_at,\n"
            "    ending = 1, [case] = `end`, casement = 2, endx = 3 WHERE id = NEW.id;\n"
            "  INSERT INTO log(msg) VALUES ('end; begin; case'); -- end;\n"
            "  /* END; */ DELETE FROM q WHERE x = NEW.end;\n"
            "END",
            "SELECT 2"});
    addRow("quoted names before the body [sqlite]",
           QStringLiteral("CREATE TRIGGER \"begin\" AFTER INSERT ON [case] BEGIN SELECT 'end'; "
                          "SELECT `end`; END; SELECT 2"),
           Sqlite,
           {"CREATE TRIGGER \"begin\" AFTER INSERT ON [case] BEGIN SELECT 'end'; SELECT `end`; END",
            "SELECT 2"});
    addRow("parameter names are not keywords [sqlite]",
           QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT :end, @case, $begin; END; SELECT 2"),
           Sqlite, {"CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT :end, @case, $begin; END", "SELECT 2"});
    addRow("keyword-like columns outside triggers [sqlite]",
           QStringLiteral("SELECT backend, begin_at, \"end\" FROM t; SELECT 2"), Sqlite,
           {"SELECT backend, begin_at, \"end\" FROM t", "SELECT 2"});
    addRow("BEGIN transaction is an ordinary statement [sqlite]",
           QStringLiteral("BEGIN; INSERT INTO t VALUES (1); COMMIT; BEGIN IMMEDIATE; "
                          "CREATE TABLE a(x); END; begin transaction; end transaction;"),
           Sqlite,
           {"BEGIN", "INSERT INTO t VALUES (1)", "COMMIT", "BEGIN IMMEDIATE", "CREATE TABLE a(x)", "END",
            "begin transaction", "end transaction"});
    addRow("CASE...END outside a trigger [sqlite]",
           QStringLiteral("CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END FROM t; SELECT 2"), Sqlite,
           {"CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END FROM t", "SELECT 2"});
    addRow("CREATE TABLE named trigger_log is not a trigger [sqlite]",
           QStringLiteral("CREATE TABLE trigger_log(begin_at, \"end\"); INSERT INTO trigger_log VALUES (1, 2)"),
           Sqlite, {"CREATE TABLE trigger_log(begin_at, \"end\")", "INSERT INTO trigger_log VALUES (1, 2)"});
    addRow("two triggers in a row [sqlite]",
           QStringLiteral("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END;"
                          "CREATE TRIGGER b AFTER INSERT ON t BEGIN SELECT 2; END"),
           Sqlite,
           {"CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END",
            "CREATE TRIGGER b AFTER INSERT ON t BEGIN SELECT 2; END"});
    addRow("no trigger bodies in PostgreSQL [pg]",
           QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(); "
                          "BEGIN; SELECT 1; END;"),
           Postgresql,
           {"CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()", "BEGIN", "SELECT 1",
            "END"});

    // --- Unterminated constructs at end of input ---------------------------------------------
    addBoth("unterminated quote at end", QStringLiteral("SELECT 1; SELECT 'abc; def"),
            {"SELECT 1", "SELECT 'abc; def"});
    addBoth("unterminated quote ending in ''", QStringLiteral("SELECT 'abc''"), {"SELECT 'abc''"});
    addBoth("unterminated double quote", QStringLiteral("SELECT \"a; b"), {"SELECT \"a; b"});
    addBoth("unterminated block comment", QStringLiteral("SELECT 1; /* never closed; SELECT 2"),
            {"SELECT 1", "/* never closed; SELECT 2"});
    addBoth("lone quote", QStringLiteral("'"), {"'"});
    addBoth("trailing operator chars", QStringLiteral("SELECT 1 -"), {"SELECT 1 -"});
    addRow("unterminated backtick [sqlite]", QStringLiteral("SELECT `a; b"), Sqlite, {"SELECT `a; b"});
    addRow("unterminated bracket [sqlite]", QStringLiteral("SELECT [a; b"), Sqlite, {"SELECT [a; b"});
    addRow("unterminated nested comment [pg]", QStringLiteral("SELECT 1 /* a /* b */ ; c"), Postgresql,
           {"SELECT 1 /* a /* b */ ; c"});
    addRow("unterminated dollar quote [pg]", QStringLiteral("SELECT 1; DO $x$ BEGIN; END; $y$"), Postgresql,
           {"SELECT 1", "DO $x$ BEGIN; END; $y$"});
    addRow("lone dollar at end [pg]", QStringLiteral("SELECT $"), Postgresql, {"SELECT $"});
    addRow("unfinished dollar tag at end [pg]", QStringLiteral("SELECT $ab"), Postgresql, {"SELECT $ab"});
    addRow("E'' string ending in a backslash [pg]", QStringLiteral("SELECT E'abc\\"), Postgresql,
           {"SELECT E'abc\\"});
    addRow("lone E at end [pg]", QStringLiteral("SELECT E"), Postgresql, {"SELECT E"});
    // psql's meta-commands are pieces of their own (StatementSplitter::pieces), not statements;
    // a backslash inside a string, E'' string, dollar quote or comment is none.
    addRow("psql meta-commands are no statements [pg]",
           QStringLiteral("\\set a 1\nSELECT :a;\n  \\i x.sql\nSELECT '\\i', E'\\n', $$ \\i $$; -- \\i\n"), Postgresql,
           {"SELECT :a", "SELECT '\\i', E'\\n', $$ \\i $$"});
    addRow("a meta-command ends the statement before it [pg]", QStringLiteral("SELECT 1\n\\gexec\nSELECT 2"), Postgresql,
           {"SELECT 1", "SELECT 2"});
    addRow("unterminated trigger body [sqlite]",
           QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1; SELECT 2;"), Sqlite,
           {"CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1; SELECT 2;"});
}

void TestStatementSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(int, dialect);
    QFETCH(QStringList, expected);

    const QStringList actual =
        StatementSplitter::split(script, static_cast<StatementSplitter::Dialect>(dialect));
    QCOMPARE(actual, expected);
}

void TestStatementSplitter::largeScript_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("sqlite") << Sqlite;
    QTest::newRow("pg") << Postgresql;
}

void TestStatementSplitter::largeScript()
{
    QFETCH(int, dialect);
    constexpr int Count = 100000;
    QString script;
    script.reserve(Count * 56);
    for (int i = 0; i < Count; ++i) {
        // ~50 characters a statement, ~5 MB in all, with a quote, a comment and a CRLF each.
        script += QStringLiteral("INSERT INTO t VALUES (%1, 'row; -- %1'); /* n */\r\n")
                      .arg(i, 6, 10, QLatin1Char('0'));
    }
    QVERIFY(script.size() >= 5000000);

    const QStringList statements =
        StatementSplitter::split(script, static_cast<StatementSplitter::Dialect>(dialect));
    QCOMPARE(statements.size(), Count);
    QCOMPARE(statements.first(), QStringLiteral("INSERT INTO t VALUES (000000, 'row; -- 000000')"));
    QCOMPARE(statements.last(), QStringLiteral("INSERT INTO t VALUES (099999, 'row; -- 099999')"));
}

// Inputs that would be quadratic or never end with a careless scanner; they must simply return.
void TestStatementSplitter::pathologicalInput_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("count");

    constexpr int N = 200000;
    QTest::newRow("many comment openers [pg]") << QStringLiteral("/*").repeated(N) << Postgresql << 1;
    QTest::newRow("many comment openers [sqlite]") << QStringLiteral("/*").repeated(N) << Sqlite << 1;
    QTest::newRow("many dollars [pg]") << QStringLiteral("$").repeated(N) << Postgresql << 1;
    QTest::newRow("many unclosed tags [pg]") << QStringLiteral("$a ").repeated(N) << Postgresql << 1;
    QTest::newRow("many quotes") << QStringLiteral("'").repeated(N + 1) << Sqlite << 1;
    QTest::newRow("many CASE in a trigger [sqlite]")
        << (QStringLiteral("CREATE TRIGGER t AFTER INSERT ON x BEGIN ") + QStringLiteral("CASE ; ").repeated(N))
        << Sqlite << 1;
    QTest::newRow("many stray ENDs [sqlite]") << QStringLiteral("END;").repeated(N) << Sqlite << N;
}

void TestStatementSplitter::pathologicalInput()
{
    QFETCH(QString, script);
    QFETCH(int, dialect);
    QFETCH(int, count);

    const QStringList statements =
        StatementSplitter::split(script, static_cast<StatementSplitter::Dialect>(dialect));
    QCOMPARE(statements.size(), count);
}

QTEST_APPLESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
