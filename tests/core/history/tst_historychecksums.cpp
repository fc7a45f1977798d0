// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The history compared with the plan now: the same plan (also after line endings changed, or
// by a checksum it accepts, or as an earlier version of the assistant recorded it) is no
// change; a changed plan is a warning naming its files. And a history table of an earlier
// version gains the per-file column inside the run's transaction, its old rows still read.
#include "history/AppliedPlanCheck.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "db/DatabaseConnection.h"
#include "plan/PlanChecksum.h"
#include "plan/PlanLoader.h"
#include "run/RunResult.h"
#include "transaction/MigrationRunner.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

// The table as versions before plan_files created it, with one apply row in their format.
const char *kOldTable =
    "CREATE TABLE migration_assistant_history (id INTEGER PRIMARY KEY, plan_id TEXT NOT NULL, plan_checksum TEXT NOT "
    "NULL, from_version TEXT, to_version TEXT, action TEXT NOT NULL, outcome TEXT NOT NULL, started_at TEXT NOT NULL, "
    "finished_at TEXT NOT NULL, host TEXT, os_user TEXT, operator TEXT, app_version TEXT, accepted_risks TEXT NOT NULL "
    "DEFAULT '[]', tables_before TEXT NOT NULL DEFAULT '[]', tables_after TEXT NOT NULL DEFAULT '[]', backup_path "
    "TEXT);";

HistoryEntry appliedWith(const Plan &plan)
{
    RunResult result;
    return RunHistory::entryFor(plan, RunAction::Apply, QDateTime::currentDateTimeUtc(), result);
}

} // namespace

class TestHistoryChecksums : public QObject
{
    Q_OBJECT

    std::optional<Plan> loadCopy(const QString &dir, const std::function<bool(const QString &folder)> &edit)
    {
        const QString folder = TestSupport::copyBuiltinPlan(dir);
        if (folder.isEmpty() || !edit(folder))
            return std::nullopt;
        ErrorInfo error;
        auto plan = PlanLoader::load(folder, &error);
        if (!plan)
            qWarning() << error.message;
        return plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ErrorInfo error;
        m_builtin = PlanLoader::load(QStringLiteral("user-integrations"), &error);
        QVERIFY2(m_builtin, qPrintable(error.message));
    }

    void samePlanIsNoChange()
    {
        const HistoryEntry entry = appliedWith(*m_builtin);
        QCOMPARE(entry.planChecksum, m_builtin->checksum);
        QCOMPARE(entry.planFiles, m_builtin->fileChecksums);
        QVERIFY(AppliedPlanCheck::isSamePlan(entry, *m_builtin));
        QVERIFY(!AppliedPlanCheck::compare(entry, *m_builtin));
    }

    void editedFileIsNamed()
    {
        QTemporaryDir dir;
        const auto edited = loadCopy(dir.path(), [](const QString &folder) {
            return TestSupport::appendToFile(folder + QStringLiteral("/sqlite/03_swap_users.sql"), "-- a comment\n");
        });
        QVERIFY(edited);
        const auto check = AppliedPlanCheck::compare(appliedWith(*m_builtin), *edited);
        QVERIFY(check);
        QCOMPARE(check->id, QStringLiteral("plan-changed-since-apply"));
        QCOMPARE(check->severity, PlanCheck::Severity::Warning);
        QVERIFY(check->isWarning());
        QCOMPARE(check->value, 1);
        QVERIFY2(check->message.endsWith(QStringLiteral("changed since it was applied: sqlite/03_swap_users.sql")),
                 qPrintable(check->message));
        QVERIFY2(check->explanation.contains(m_builtin->checksum), qPrintable(check->explanation));
        RunResult result;
        AppliedPlanCheck::addTo(result, appliedWith(*m_builtin), *edited);
        QCOMPARE(result.warnings(), 1);
    }

    void removedAndNewFilesAreNamed()
    {
        HistoryEntry entry = appliedWith(*m_builtin);
        entry.planChecksum = QStringLiteral("sha256-lf:") + QString(64, QLatin1Char('0'));
        entry.planFiles.remove(QStringLiteral("sqlite/02_copy_users.sql"));
        entry.planFiles.insert(QStringLiteral("sqlite/00_gone.sql"), entry.planChecksum);
        QCOMPARE(AppliedPlanCheck::changedFiles(entry, *m_builtin),
                 (QStringList{QStringLiteral("sqlite/00_gone.sql (removed)"), QStringLiteral("sqlite/02_copy_users.sql (new)")}));
    }

    void acceptedChecksumIsNoChange()
    {
        QTemporaryDir dir;
        const QString earlier = m_builtin->checksum;
        const auto later = loadCopy(dir.path(), [&](const QString &folder) {
            return TestSupport::appendToFile(folder + QStringLiteral("/sqlite/03_swap_users.sql"), "-- a comment\n")
                   && TestSupport::replaceInFile(folder + QStringLiteral("/plan.json"), "\"format\": 1,",
                                                 "\"format\": 1,\n    \"accepted_checksums\": [\"" + earlier.toUtf8() + "\"],");
        });
        QVERIFY(later);
        QVERIFY(later->checksum != earlier);
        QVERIFY(later->acceptedChecksums.contains(earlier));
        QVERIFY(!AppliedPlanCheck::compare(appliedWith(*m_builtin), *later));
        // Only what it lists: a row of yet another plan is still a change.
        HistoryEntry other = appliedWith(*m_builtin);
        other.planChecksum = QStringLiteral("sha256-lf:") + QString(64, QLatin1Char('1'));
        QVERIFY(AppliedPlanCheck::compare(other, *later));
    }

    void oldRowComparesAsItWasMade()
    {
        // Plain hex over the raw bytes, no per-file checksums: what earlier versions wrote.
        HistoryEntry old = appliedWith(*m_builtin);
        old.planChecksum = m_builtin->legacyChecksum;
        old.planFiles.clear();
        QVERIFY(AppliedPlanCheck::isSamePlan(old, *m_builtin));
        old.planChecksum = m_builtin->legacyChecksum.toUpper();
        QVERIFY(AppliedPlanCheck::isSamePlan(old, *m_builtin));

        old.planChecksum = QString(64, QLatin1Char('a'));
        const auto check = AppliedPlanCheck::compare(old, *m_builtin);
        QVERIFY(check);
        QVERIFY2(check->message.contains(QStringLiteral("files recorded before this version of the assistant")),
                 qPrintable(check->message));
        QCOMPARE(check->value, 0);
    }

    // A table of an earlier version: reading leaves it alone, writing (in the run's
    // transaction) adds plan_files; a transaction that does not commit leaves no column.
    void oldTableGainsThePerFileColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-table.db"));
        QString sqlError;
        QVERIFY2(TestSupport::execSql(path, QString::fromLatin1(kOldTable)
                                                + QStringLiteral("INSERT INTO migration_assistant_history (plan_id, "
                                                                 "plan_checksum, action, outcome, started_at, "
                                                                 "finished_at) VALUES ('user-integrations', '%1', "
                                                                 "'apply', 'applied', '2025-01-01T00:00:00.000Z', "
                                                                 "'2025-01-01T00:00:01.000Z');")
                                                      .arg(m_builtin->legacyChecksum),
                                        &sqlError),
                 qPrintable(sqlError));
        const QString columns = QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('migration_assistant_history')");
        DatabaseConnection db(ConnectionSpec::sqlite(path));
        ErrorInfo error;
        QVERIFY(db.open(DatabaseConnection::Mode::ReadWrite, &error));
        HistoryStore store(db);
        auto entries = store.entries({}, &error);
        QVERIFY2(entries, qPrintable(error.message));
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().planFiles.isEmpty());
        QVERIFY(AppliedPlanCheck::isSamePlan(entries->first(), *m_builtin));
        QVERIFY(!db.scalar(columns, &error).toString().contains(QStringLiteral("plan_files")));

        HistoryEntry entry = appliedWith(*m_builtin);
        entry.action = QStringLiteral("rollback");
        QVERIFY(db.exec(QStringLiteral("BEGIN"), &error));
        QVERIFY2(store.append(entry, &error), qPrintable(error.message));
        QVERIFY(db.scalar(columns, &error).toString().contains(QStringLiteral("plan_files")));
        QVERIFY(db.exec(QStringLiteral("ROLLBACK"), &error));
        QVERIFY(!db.scalar(columns, &error).toString().contains(QStringLiteral("plan_files")));

        QVERIFY(db.exec(QStringLiteral("BEGIN"), &error));
        QVERIFY2(store.append(entry, &error), qPrintable(error.message));
        QVERIFY(db.exec(QStringLiteral("COMMIT"), &error));
        entries = store.entries({}, &error);
        QVERIFY2(entries, qPrintable(error.message));
        QCOMPARE(entries->size(), 2);
        QVERIFY(entries->at(0).planFiles.isEmpty());
        QCOMPARE(entries->at(1).planFiles, m_builtin->fileChecksums);
        QCOMPARE(entries->at(1).toJson().value(QLatin1String("plan_checksum_algorithm")).toString(),
                 QStringLiteral("sha256-lf"));
        QCOMPARE(entries->at(0).toJson().value(QLatin1String("plan_checksum_algorithm")).toString(),
                 QStringLiteral("sha256"));
    }

    // The whole way: an applied database whose history an earlier version wrote shows no change
    // in --status; an edited plan shows the warning.
    void statusOfAnOldRow()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("status.db"));
        RunOptions options;
        options.connection = ConnectionSpec::sqlite(path);
        options.plan = TestSupport::plan(QStringLiteral("user-integrations"));
        options.acceptAllWarnings = true;
        options.action = RunAction::Apply;
        const RunResult applied = MigrationRunner(options).run();
        QCOMPARE(applied.outcome, RunOutcome::Ok);
        QString sqlError;
        QVERIFY2(TestSupport::execSql(path, QStringLiteral("UPDATE migration_assistant_history SET plan_checksum = '%1', "
                                                           "plan_files = NULL")
                                                .arg(m_builtin->legacyChecksum),
                                      &sqlError),
                 qPrintable(sqlError));
        options.action = RunAction::Status;
        RunResult status = MigrationRunner(options).run();
        QCOMPARE(status.outcome, RunOutcome::Ok);
        QCOMPARE(status.warnings(), 0);
        QVERIFY(status.history.first().planFiles.isEmpty());

        QTemporaryDir dir;
        const auto edited = loadCopy(dir.path(), [](const QString &folder) {
            return TestSupport::appendToFile(folder + QStringLiteral("/sqlite/03_swap_users.sql"), "-- a comment\n");
        });
        QVERIFY(edited);
        options.plan = std::make_shared<const Plan>(*edited);
        status = MigrationRunner(options).run();
        QCOMPARE(status.outcome, RunOutcome::Ok);
        QCOMPARE(status.warnings(), 1);
        QCOMPARE(status.checks.first().id, AppliedPlanCheck::id());
        QVERIFY2(status.checks.first().message.contains(QStringLiteral("files recorded before this version")),
                 qPrintable(status.checks.first().message));
    }

private:
    QTemporaryDir m_dir;
    std::optional<Plan> m_builtin;
};

QTEST_GUILESS_MAIN(TestHistoryChecksums)
#include "tst_historychecksums.moc"
