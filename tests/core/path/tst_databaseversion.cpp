// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "path/DatabaseVersion.h"

#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "plan/PlanCatalogue.h"
#include "transaction/MigrationRunner.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

// Where a database stands: its history first, then the plans' detect queries; a history that
// names a version past every plan asks for a newer assistant; a schema that does not match
// the history is drift, said in words.
class TestDatabaseVersion : public QObject
{
    Q_OBJECT

    std::optional<DatabaseVersion> locate(const QString &path)
    {
        DatabaseConnection db(ConnectionSpec::sqlite(path));
        ErrorInfo error;
        if (!db.open(DatabaseConnection::Mode::ReadWrite, &error)) {
            qWarning() << error.message;
            return std::nullopt;
        }
        auto version = DatabaseVersion::locate(db, *m_catalogue, &error);
        if (!version)
            qWarning() << error.message << error.details;
        return version;
    }
    static RunResult run(const QString &path, RunAction action)
    {
        RunOptions options;
        options.action = action;
        options.connection = ConnectionSpec::sqlite(path);
        options.plan = TestSupport::plan(QStringLiteral("user-integrations"));
        options.acceptAllWarnings = true;
        options.operatorName = QStringLiteral("test-operator");
        return MigrationRunner(options).run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ErrorInfo error;
        m_catalogue = PlanCatalogue::load({}, {}, &error);
        QVERIFY2(m_catalogue, qPrintable(error.message));
    }

    void historyDecidesOnceThereIsOne()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("history.db"));
        auto v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->source, DatabaseVersion::Source::Detected);
        QCOMPARE(v->version, QStringLiteral("v1"));
        QVERIFY(v->isKnown());
        QVERIFY2(v->describe().contains(QStringLiteral("recognised by its schema")), qPrintable(v->describe()));

        QCOMPARE(run(path, RunAction::Apply).outcome, RunOutcome::Ok);
        v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->source, DatabaseVersion::Source::History);
        QCOMPARE(v->version, QStringLiteral("v2"));
        QCOMPARE(v->lastPlanId, QStringLiteral("user-integrations"));
        QVERIFY2(v->drift.isEmpty(), qPrintable(v->drift.join(QLatin1Char('\n'))));

        QCOMPARE(run(path, RunAction::Rollback).outcome, RunOutcome::RolledBack);
        v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->source, DatabaseVersion::Source::History);
        QCOMPARE(v->version, QStringLiteral("v1"));
        QVERIFY(v->drift.isEmpty());
    }

    void schemaThatDisagreesWithTheHistoryIsDrift()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("drift.db"));
        QCOMPARE(run(path, RunAction::Apply).outcome, RunOutcome::Ok);
        QString sqlError;
        QVERIFY2(TestSupport::execSql(path, QStringLiteral("DROP TABLE users_old;"), &sqlError), qPrintable(sqlError));
        const auto v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->version, QStringLiteral("v2"));
        QCOMPARE(v->drift.size(), 1);
        QVERIFY2(v->drift.first().contains(QStringLiteral("The history says v2, but the schema does not look like v2")),
                 qPrintable(v->drift.first()));
    }

    void aBaselineSetsTheVersion()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("baseline.db"));
        RunOptions options;
        options.action = RunAction::Baseline;
        options.connection = ConnectionSpec::sqlite(path);
        options.catalogue = std::make_shared<const PlanCatalogue>(*m_catalogue);
        options.baselineVersion = QStringLiteral("v2");
        // The schema is v1: refused, nothing recorded.
        RunResult result = MigrationRunner(options).run();
        QCOMPARE(result.outcome, RunOutcome::Blocked);
        QVERIFY2(result.error.message.startsWith(QStringLiteral("The database does not look like v2")),
                 qPrintable(result.error.message));
        QCOMPARE(locate(path)->source, DatabaseVersion::Source::Detected);

        options.baselineVersion = QStringLiteral("v1");
        result = MigrationRunner(options).run();
        QVERIFY2(result.outcome == RunOutcome::Ok, qPrintable(result.error.message));
        const auto v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->source, DatabaseVersion::Source::History);
        QCOMPARE(v->version, QStringLiteral("v1"));
        QCOMPARE(v->lastAction, QStringLiteral("baseline"));
        QCOMPARE(v->lastPlanId, QStringLiteral("user-integrations"));
        QVERIFY2(v->drift.isEmpty(), qPrintable(v->drift.join(QLatin1Char('\n'))));
        QVERIFY2(v->describe().contains(QStringLiteral("a baseline recorded it")), qPrintable(v->describe()));
    }

    void aFinalizeKeepsTheVersionWithoutDrift()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("finalized.db"));
        QCOMPARE(run(path, RunAction::Apply).outcome, RunOutcome::Ok);
        QVERIFY(TestSupport::execSql(path, QStringLiteral("UPDATE migration_assistant_history SET finished_at = '%1';")
                                               .arg(QDateTime::currentDateTimeUtc().addDays(-15).toString(Qt::ISODateWithMs))));
        RunOptions options;
        options.action = RunAction::Finalize;
        options.connection = ConnectionSpec::sqlite(path);
        options.catalogue = std::make_shared<const PlanCatalogue>(*m_catalogue);
        const RunResult result = MigrationRunner(options).run();
        QVERIFY2(result.outcome == RunOutcome::Ok, qPrintable(result.error.message));
        QVERIFY(!TestSupport::hasTable(path, QStringLiteral("users_old")));
        // users_old is gone as the finalize meant: v2 still, and no drift (the plan's target
        // detect looked for users_old; after a finalize it no longer speaks for v2).
        const auto v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->source, DatabaseVersion::Source::History);
        QCOMPARE(v->version, QStringLiteral("v2"));
        QCOMPARE(v->lastAction, QStringLiteral("apply"));
        QVERIFY2(v->drift.isEmpty(), qPrintable(v->drift.join(QLatin1Char('\n'))));
    }

    void aVersionPastEveryPlanNeedsANewerAssistant()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("newer.db"));
        DatabaseConnection db(ConnectionSpec::sqlite(path));
        ErrorInfo error;
        QVERIFY(db.open(DatabaseConnection::Mode::ReadWrite, &error));
        HistoryStore store(db);
        QVERIFY2(store.ensureTable(&error), qPrintable(error.message));
        HistoryEntry entry;
        entry.planId = QStringLiteral("archive-tasks");
        entry.planChecksum = QString(64, QLatin1Char('a'));
        entry.fromVersion = QStringLiteral("v3");
        entry.toVersion = QStringLiteral("v4");
        entry.action = QStringLiteral("apply");
        entry.outcome = QStringLiteral("applied");
        entry.startedAt = entry.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(store.append(entry, &error), qPrintable(error.message));
        const auto v = DatabaseVersion::locate(db, *m_catalogue, &error);
        QVERIFY2(v, qPrintable(error.message));
        QVERIFY(v->newerThanKnown);
        QVERIFY(!v->isKnown());
        QCOMPARE(v->blocker(QStringLiteral("v3")),
                 QStringLiteral("This database is at v4; this assistant knows up to v3: a newer assistant is needed."));
    }

    void unknownSchemaIsUnknown()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(TestSupport::execSql(path, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY);")));
        const auto v = locate(path);
        QVERIFY(v);
        QCOMPARE(v->source, DatabaseVersion::Source::Unknown);
        QVERIFY(v->version.isEmpty());
        QVERIFY(!v->isKnown());
        QVERIFY2(v->blocker(QStringLiteral("v3")).startsWith(QStringLiteral("The version of the database is unknown")),
                 qPrintable(v->blocker(QStringLiteral("v3"))));
    }

private:
    QTemporaryDir m_dir;
    std::optional<PlanCatalogue> m_catalogue;
};

QTEST_GUILESS_MAIN(TestDatabaseVersion)
#include "tst_databaseversion.moc"
