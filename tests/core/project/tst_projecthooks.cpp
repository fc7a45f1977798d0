// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseConnection.h"
#include "path/DatabaseVersion.h"
#include "plan/PlanCatalogue.h"
#include "project/ForeignRegistry.h"
#include "transaction/MigrationRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A registry as small as a tool's can be: a table of versions in the database (written inside
// the run's transaction), and, for registries kept beside the database, a file appended to
// after the COMMIT. What the engine owes every foreign registry is what this test checks:
// read decides the version, record goes in with the run or not at all, recordAfterCommit
// follows only a commit.
class TableRegistry : public ForeignRegistry
{
public:
    TableRegistry(QHash<QString, QPair<QString, QString>> versions, QString afterCommitFile)
        : m_versions(std::move(versions))
        , m_file(std::move(afterCommitFile))
    {
    }

    QString toolName() const override { return QStringLiteral("Testtool"); }
    QString whereText(const DatabaseConnection &) const override { return QStringLiteral("test_registry"); }

    std::optional<RegistryState> read(DatabaseConnection &db, ErrorInfo *error) const override
    {
        RegistryState state;
        QSqlQuery q(db.database());
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'test_registry'")))
            return fail(error, q.lastError().text()), std::nullopt;
        if (!q.next())
            return state;
        state.present = true;
        if (!q.exec(QStringLiteral("SELECT version, dirty FROM test_registry ORDER BY rowid DESC LIMIT 1")))
            return fail(error, q.lastError().text()), std::nullopt;
        if (q.next()) {
            state.version = q.value(0).toString() == QLatin1String("none") ? QString() : q.value(0).toString();
            state.dirty = q.value(1).toInt() != 0;
            state.dirtyDetail = state.dirty ? QStringLiteral("Testtool left %1 dirty.").arg(q.value(0).toString())
                                            : QString();
        }
        return state;
    }

    bool record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const override
    {
        QSqlQuery q(db.database());
        const auto [from, to] = m_versions.value(change.planId);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS test_registry (version TEXT, dirty INTEGER DEFAULT 0)")))
            return fail(error, q.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO test_registry (version) VALUES (?)"));
        q.addBindValue(change.action == RunAction::Rollback ? from : to);
        return q.exec() || fail(error, q.lastError().text());
    }

    bool recordAfterCommit(DatabaseConnection &, const QList<RegistryChange> &changes, ErrorInfo *error) const override
    {
        QFile file(m_file);
        if (!file.open(QIODevice::Append))
            return fail(error, file.errorString());
        for (const RegistryChange &c : changes)
            file.write((runActionName(c.action) + QLatin1Char(' ') + c.planId + QLatin1Char('\n')).toUtf8());
        return true;
    }

private:
    QHash<QString, QPair<QString, QString>> m_versions;
    QString m_file;
};

Plan change(const QString &id, const QString &from, const QString &to, const QString &deploy, const QString &revert,
            const std::shared_ptr<const ForeignRegistry> &registry)
{
    Plan plan;
    plan.id = id;
    plan.title = id;
    plan.fromVersion = from;
    plan.toVersion = to;
    plan.origin = QStringLiteral("test");
    plan.checksum = QStringLiteral("sha256-lf:") + id;
    plan.projectKind = ProjectKind::Sqitch;
    plan.registry = registry;
    PlanStep step;
    step.id = QStringLiteral("deploy");
    step.sql.byDriver.insert(QStringLiteral("sqlite"), deploy);
    plan.steps << step;
    step.id = QStringLiteral("revert");
    step.sql.byDriver.insert(QStringLiteral("sqlite"), revert);
    plan.rollbackSteps << step;
    return plan;
}

} // namespace

// The engine's side of a foreign project (issue 15), with a registry of the test's own: where
// the database is comes from the registry; apply, a failed apply and a rollback along the
// path keep the registry exactly in step with the database.
class TestProjectHooks : public QObject
{
    Q_OBJECT

    std::shared_ptr<const PlanCatalogue> catalogue(bool failSecond)
    {
        auto registry = std::make_shared<const TableRegistry>(
            QHash<QString, QPair<QString, QString>>{{QStringLiteral("users"), {QStringLiteral("none"), QStringLiteral("users")}},
                                                    {QStringLiteral("flips"), {QStringLiteral("users"), QStringLiteral("flips")}}},
            m_dir.filePath(QStringLiteral("after-commit.txt")));
        QList<Plan> plans;
        plans << change(QStringLiteral("users"), QStringLiteral("none"), QStringLiteral("users"),
                        QStringLiteral("CREATE TABLE users (nickname TEXT PRIMARY KEY);"),
                        QStringLiteral("DROP TABLE users;"), registry);
        plans << change(QStringLiteral("flips"), QStringLiteral("users"), QStringLiteral("flips"),
                        failSecond ? QStringLiteral("CREATE TABLE flips (id INTEGER); SELECT no_such_function();")
                                   : QStringLiteral("CREATE TABLE flips (id INTEGER);"),
                        QStringLiteral("DROP TABLE flips;"), registry);
        plans.last().toVersionAliases << QStringLiteral("@v1") << QStringLiteral("v1");
        ErrorInfo error;
        auto linked = PlanCatalogue::link(plans, &error);
        if (!linked)
            qWarning() << error.message;
        return linked ? std::make_shared<const PlanCatalogue>(std::move(*linked)) : nullptr;
    }

    RunResult run(const QString &path, RunAction action, bool failSecond = false, const QString &to = {})
    {
        RunOptions options;
        options.action = action;
        options.connection = ConnectionSpec::sqlite(path);
        options.catalogue = catalogue(failSecond);
        options.targetVersion = to;
        options.acceptAllWarnings = true;
        options.operatorName = QStringLiteral("anna");
        options.lockFile = m_dir.filePath(QStringLiteral("run.lock"));
        return MigrationRunner(options).run();
    }

    QString registryVersion(const QString &path)
    {
        return TestSupport::scalar(path, QStringLiteral("SELECT version FROM test_registry ORDER BY rowid DESC LIMIT 1"))
            .toString();
    }

    QString afterCommit()
    {
        QFile file(m_dir.filePath(QStringLiteral("after-commit.txt")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("after-commit.txt"))); }

    void freshDatabaseIsAtTheStartThenApplyRecords()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
        QVERIFY(TestSupport::execSql(path, QStringLiteral("CREATE TABLE other (x INTEGER);")));
        RunResult status = run(path, RunAction::Status);
        QCOMPARE(status.fromVersion, QStringLiteral("none"));

        const RunResult applied = run(path, RunAction::Apply);
        QVERIFY2(applied.outcome == RunOutcome::Ok, qPrintable(applied.error.message));
        QCOMPARE(applied.toVersion, QStringLiteral("flips"));
        QCOMPARE(registryVersion(path), QStringLiteral("flips"));
        // Once, after the path's one COMMIT, in order.
        QCOMPARE(afterCommit(), QStringLiteral("apply users\napply flips\n"));
        QCOMPARE(run(path, RunAction::Apply).outcome, RunOutcome::NothingToDo);

        // --rollback --to the start undoes both, newest first; the registry follows.
        QFile::remove(m_dir.filePath(QStringLiteral("after-commit.txt")));
        const RunResult back = run(path, RunAction::Rollback, false, QStringLiteral("none"));
        QVERIFY2(back.outcome == RunOutcome::RolledBack, qPrintable(back.error.message));
        QCOMPARE(registryVersion(path), QStringLiteral("none"));
        QCOMPARE(afterCommit(), QStringLiteral("rollback flips\nrollback users\n"));
        QVERIFY(!TestSupport::hasTable(path, QStringLiteral("users")));
    }

    void aFailureLeavesTheRegistryAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("failing.db"));
        QVERIFY(TestSupport::execSql(path, QStringLiteral("CREATE TABLE other (x INTEGER);")));
        const QByteArray before = TestSupport::fileSha256(path);
        const RunResult r = run(path, RunAction::Apply, true);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(TestSupport::fileSha256(path), before);
        QCOMPARE(afterCommit(), QString());
    }

    void aTagNamesItsChange()
    {
        const QString path = m_dir.filePath(QStringLiteral("tag.db"));
        QVERIFY(TestSupport::execSql(path, QStringLiteral("CREATE TABLE other (x INTEGER);")));
        const RunResult r = run(path, RunAction::Apply, false, QStringLiteral("@v1"));
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message));
        QCOMPARE(registryVersion(path), QStringLiteral("flips"));
    }

    void aDirtyRegistryBlocksEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("dirty.db"));
        QVERIFY(TestSupport::execSql(path, QStringLiteral("CREATE TABLE test_registry (version TEXT, dirty INTEGER);"
                                                          "INSERT INTO test_registry VALUES ('users', 1);")));
        const QByteArray before = TestSupport::fileSha256(path);
        const RunResult r = run(path, RunAction::Apply);
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        QVERIFY2(r.error.message.contains(QStringLiteral("Testtool left users dirty.")), qPrintable(r.error.message));
        QCOMPARE(TestSupport::fileSha256(path), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProjectHooks)
#include "tst_projecthooks.moc"
