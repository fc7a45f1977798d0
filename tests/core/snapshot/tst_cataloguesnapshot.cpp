// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue snapshot and the impact preview (ImpactPreview) against real SQLite and a
// real PostgreSQL: the tables, columns, indexes and foreign keys read from the catalogue, the
// registries left out, and the rehearsal of tests/data/impact/drop-archive counted exactly —
// and rolled back, the database as it was.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "checks/ImpactPreview.h"
#include "db/DatabaseConnection.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/RunOptions.h"
#include "snapshot/CatalogueSnapshot.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSchema = QStringLiteral("impact");

// The notes database of tests/data/impact/README.md; the same SQL on both engines.
const QStringList kSetup{
    QStringLiteral("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners (id), "
                   "body TEXT, legacy TEXT)"),
    QStringLiteral("CREATE TABLE archive (id INTEGER PRIMARY KEY, payload TEXT)"),
    QStringLiteral("CREATE TABLE migration_assistant_history (id INTEGER PRIMARY KEY)"),
    QStringLiteral("CREATE TABLE schema_migrations (version TEXT)"),
    QStringLiteral("INSERT INTO owners VALUES (1, 'ann'), (2, 'bo'), (3, 'cy')"),
    QStringLiteral("INSERT INTO notes VALUES (1, 1, 'a', 'x'), (2, 1, 'b', 'y'), (3, 2, NULL, 'z'), (4, 2, 'd', NULL), "
                   "(5, 3, 'e', NULL)"),
    QStringLiteral("INSERT INTO archive VALUES (1, 'p'), (2, 'q'), (3, 'r'), (4, 's')"),
};

QString planDir()
{
    return QStringLiteral(MA_SOURCE_DIR "/tests/data/impact/drop-archive");
}

QStringList names(const CatalogueSnapshot &s)
{
    QStringList out;
    for (const CatalogueTable &t : s.tables)
        out << t.name;
    return out;
}

const CheckResult *byId(const QList<CheckResult> &checks, const QString &id)
{
    for (const CheckResult &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestCatalogueSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    PgTestServer m_pg;
    int m_n = 0;

    std::unique_ptr<DatabaseConnection> sqlite()
    {
        const QString path = m_tmp.filePath(QStringLiteral("notes%1.db").arg(++m_n));
        QFile(path).open(QIODevice::WriteOnly); // an empty file is an empty database
        auto db = std::make_unique<DatabaseConnection>(ConnectionSpec::sqlite(path));
        ErrorInfo e;
        if (!db->open(DatabaseConnection::Mode::ReadWrite, &e))
            qWarning("%s", qPrintable(e.message));
        for (const QString &sql : kSetup)
            if (!db->exec(sql, &e))
                qWarning("%s", qPrintable(e.message));
        return db;
    }

    std::unique_ptr<DatabaseConnection> postgresql()
    {
        const QString name = QStringLiteral("impact_%1").arg(++m_n);
        QString error;
        if (!m_pg.createDatabase(name, &error)
            || !m_pg.psql(name, QStringLiteral("SET ROLE %1; CREATE SCHEMA %2;")
                                      .arg(PgTestServer::quoteIdent(m_pg.user()), PgTestServer::quoteIdent(kSchema)),
                          nullptr, &error))
            qWarning("%s", qPrintable(error));
        auto db = std::make_unique<DatabaseConnection>(m_pg.spec(name, kSchema));
        ErrorInfo e;
        if (!db->open(DatabaseConnection::Mode::ReadWrite, &e))
            qWarning("%s", qPrintable(e.message));
        for (const QString &sql : kSetup)
            if (!db->exec(sql, &e))
                qWarning("%s", qPrintable(e.message));
        return db;
    }

    std::unique_ptr<DatabaseConnection> open(bool onSqlite) { return onSqlite ? sqlite() : postgresql(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    void catalogue_data()
    {
        QTest::addColumn<bool>("onSqlite");
        QTest::newRow("sqlite") << true;
        QTest::newRow("postgresql") << false;
    }

    void catalogue()
    {
        QFETCH(bool, onSqlite);
        const auto db = open(onSqlite);
        QVERIFY(db->isOpen());
        ErrorInfo e;
        const auto s = CatalogueSnapshot::take(*db, &e);
        QVERIFY2(s, qPrintable(e.message));
        // The registries (the assistant's history, golang-migrate's schema_migrations) are left out.
        QCOMPARE(names(*s), (QStringList{QStringLiteral("archive"), QStringLiteral("notes"), QStringLiteral("owners")}));
        const CatalogueTable *notes = s->table(QStringLiteral("notes"));
        QVERIFY(notes && notes->relation > 0);
        QCOMPARE(notes->columns, (QStringList{QStringLiteral("id"), QStringLiteral("owner_id"), QStringLiteral("body"),
                                              QStringLiteral("legacy")}));
        QCOMPARE(notes->foreignKeys, QStringList{QStringLiteral("(owner_id) REFERENCES owners(id)")});
        // SQLite keeps an INTEGER PRIMARY KEY in the rowid (no index); PostgreSQL has notes_pkey.
        QCOMPARE(notes->indexes, onSqlite ? QStringList{} : QStringList{QStringLiteral("notes_pkey (id)")});
    }

    void rehearsalCountsAndLeavesNothing_data() { catalogue_data(); }

    void rehearsalCountsAndLeavesNothing()
    {
        QFETCH(bool, onSqlite);
        const auto plan = TestSupport::plan(planDir());
        QVERIFY(plan && plan->impactPreview && plan->checks.isEmpty() && plan->rollbackSteps.isEmpty());
        const auto db = open(onSqlite);
        ErrorInfo e;
        const auto before = CatalogueSnapshot::take(*db, &e);
        QVERIFY(before);
        RunOptions options;
        RunContext context(options);
        QVERIFY(db->exec(onSqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &e));
        ErrorInfo stepsFailed;
        const auto diff = ImpactPreview::rehearse(context, *db, *plan, &e, &stepsFailed);
        QVERIFY2(diff, qPrintable(e.message + stepsFailed.message));
        QVERIFY(db->exec(QStringLiteral("ROLLBACK"), &e));

        QCOMPARE(diff->rows.size(), 1);
        QCOMPARE(diff->rows.first().table, QStringLiteral("notes"));
        QCOMPARE(diff->rows.first().before, 5);
        QCOMPARE(diff->rows.first().after, 4);
        QCOMPARE(diff->tablesAdded.size(), 1);
        QCOMPARE(diff->tablesAdded.first().table, QStringLiteral("note_tags"));
        QCOMPARE(diff->tablesAdded.first().after, 4);
        QCOMPARE(diff->tablesDropped.size(), 1);
        QCOMPARE(diff->tablesDropped.first().table, QStringLiteral("archive"));
        QCOMPARE(diff->tablesDropped.first().before, 4);
        QCOMPARE(diff->columnsDropped.size(), 1);
        QCOMPARE(diff->columnsDropped.first().object, QStringLiteral("legacy"));
        QCOMPARE(diff->columnsDropped.first().before, 3);
        QVERIFY(diff->columnsAdded.isEmpty() && diff->tablesRenamed.isEmpty() && diff->indexesDropped.isEmpty()
                && diff->foreignKeysDropped.isEmpty());
        QCOMPARE(diff->indexesAdded.size(), 1);
        QCOMPARE(diff->indexesAdded.first().object, QStringLiteral("notes_owner (owner_id)"));
        QCOMPARE(diff->foreignKeysAdded.size(), 1);
        QCOMPARE(diff->foreignKeysAdded.first().table, QStringLiteral("note_tags"));
        QCOMPARE(diff->foreignKeysAdded.first().object, QStringLiteral("(note_id) REFERENCES notes(id)"));
        QCOMPARE(diff->droppedData(), 7);

        const QList<CheckResult> checks = ImpactPreview::results(*plan, *diff);
        const CheckResult *drops = byId(checks, QStringLiteral("drops-data"));
        QVERIFY(drops && drops->isWarning());
        QCOMPARE(drops->value, 7);
        QCOMPARE(drops->message, QStringLiteral("The steps drop the table archive with 4 row(s), the column notes.legacy "
                                                "with 3 value(s)"));
        QCOMPARE(byId(checks, QStringLiteral("impact-rows"))->message,
                 QStringLiteral("Rows before → after: notes: 5 → 4 row(s)"));
        QCOMPARE(byId(checks, QStringLiteral("impact-schema"))->value, 5);

        // Nothing of the rehearsal is left: the catalogue and the rows are as they were.
        const auto after = CatalogueSnapshot::take(*db, &e);
        QVERIFY(after);
        QCOMPARE(names(*after), names(*before));
        QCOMPARE(after->table(QStringLiteral("notes"))->columns, before->table(QStringLiteral("notes"))->columns);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM archive"), &e).toInt(), 4);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(legacy) FROM notes"), &e).toInt(), 3);
    }

    void insideAWrittenTransaction_data() { catalogue_data(); }

    // As in a path's check: the transaction already holds an earlier plan's writes. Only what the
    // rehearsed steps wrote counts, and the earlier writes stay after the rehearsal.
    void insideAWrittenTransaction()
    {
        QFETCH(bool, onSqlite);
        const auto plan = TestSupport::plan(planDir());
        QVERIFY(plan);
        const auto db = open(onSqlite);
        RunOptions options;
        RunContext context(options);
        ErrorInfo e;
        QVERIFY(db->exec(onSqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &e));
        QVERIFY(db->exec(QStringLiteral("UPDATE owners SET name = upper(name)"), &e));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO archive VALUES (5, 't')"), &e));
        const auto diff = ImpactPreview::rehearse(context, *db, *plan, &e);
        QVERIFY2(diff, qPrintable(e.message));
        QCOMPARE(diff->rows.size(), 1);
        QCOMPARE(diff->rows.first().table, QStringLiteral("notes"));
        QCOMPARE(diff->tablesDropped.first().before, 5);
        QCOMPARE(diff->droppedData(), 8);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM archive"), &e).toInt(), 5);
        QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM owners WHERE id = 1"), &e).toString(), QStringLiteral("ANN"));
        QVERIFY(db->exec(QStringLiteral("ROLLBACK"), &e));
    }

    void batchedIsNotPreviewed()
    {
        // Its batches commit one by one: nothing to rehearse whole, and the checks say so.
        Plan plan;
        plan.id = QStringLiteral("batched");
        plan.impactPreview = true;
        PlanStep step;
        step.id = QStringLiteral("encrypt");
        step.batch.table = QStringLiteral("notes");
        plan.steps << step;
        const auto db = sqlite();
        RunOptions options;
        RunContext context(options);
        ErrorInfo e;
        const auto checks = ImpactPreview::run(context, *db, plan, &e);
        QVERIFY(checks && checks->size() == 1);
        QCOMPARE(checks->first().id, QStringLiteral("impact-preview"));
        QVERIFY(checks->first().passed && checks->first().message.startsWith(QLatin1String("Not previewed")));
        QVERIFY(!ImpactPreview::implicitWarning(plan, QStringLiteral("drops-data")));
    }

    void nothingDroppedNoWarning()
    {
        // A plan that only adds: drops-data passes with 0, and nobody has to accept anything.
        Plan plan;
        plan.id = QStringLiteral("adds");
        plan.impactPreview = true;
        PlanStep step;
        step.id = QStringLiteral("add");
        step.sql.byDriver.insert(QStringLiteral("sqlite"), QStringLiteral("ALTER TABLE notes ADD COLUMN extra TEXT"));
        plan.steps << step;
        const auto db = sqlite();
        RunOptions options;
        RunContext context(options);
        ErrorInfo e;
        QVERIFY(db->exec(QStringLiteral("BEGIN IMMEDIATE"), &e));
        const auto checks = ImpactPreview::run(context, *db, plan, &e);
        QVERIFY2(checks, qPrintable(e.message));
        db->exec(QStringLiteral("ROLLBACK"), nullptr);
        const CheckResult *drops = byId(*checks, QStringLiteral("drops-data"));
        QVERIFY(drops && drops->passed && drops->value == 0);
        QCOMPARE(byId(*checks, QStringLiteral("impact-schema"))->message, QStringLiteral("columns added: notes.extra"));
        QCOMPARE(byId(*checks, QStringLiteral("impact-rows"))->message,
                 QStringLiteral("The steps write no row of the existing tables"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueSnapshot)
#include "tst_cataloguesnapshot.moc"
