// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Sqitch project read into plans: the fixtures as they are, and faults in copies of them.
#include "SqitchTool.h"
#include "project/ProjectLoader.h"
#include "project/SqitchConfig.h"
#include "project/SqitchPlanFile.h"
#include "project/SqitchProjectReader.h"
#include "project/SqitchRegistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSqitchProjectReader : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const MigrationProject &project)
    {
        QStringList out;
        for (const Plan &p : project.plans)
            out << p.id;
        return out;
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    static QString planError(const QByteArray &plan)
    {
        ErrorInfo error;
        const auto parsed = SqitchPlanFile::parse(plan, QStringLiteral("sqitch.plan"), &error);
        return parsed ? QString() : error.message;
    }

private Q_SLOTS:
    void sqliteFixture()
    {
        const QString folder = SqitchTool::fixture(QStringLiteral("sqitch-sqlite-intro"));
        if (folder.isEmpty())
            QSKIP("the Sqitch fixtures are not there");
        QCOMPARE(ProjectLoader::kindOf(folder), ProjectKind::Sqitch);
        ErrorInfo error;
        const auto project = ProjectLoader::load(folder, QStringLiteral("sqlite"), &error);
        QVERIFY2(project, qPrintable(error.message + QLatin1Char(' ') + error.details));
        QCOMPARE(project->name, QStringLiteral("flipr"));
        QCOMPARE(project->driver, QStringLiteral("sqlite"));
        QCOMPARE(project->startVersion, QStringLiteral("none"));
        QCOMPARE(ids(*project), (QStringList{"users", "flips", "userflips@v1.0.0-dev2", "lists", "hashtags", "userflips"}));
        QStringList chain;
        for (const Plan &p : project->plans) {
            chain << p.fromVersion + QStringLiteral("→") + p.toVersion;
            QCOMPARE(p.projectKind, ProjectKind::Sqitch);
            QCOMPARE(p.registry, project->registry);
            QCOMPARE(p.steps.size(), 1);
            QVERIFY(p.steps.first().sql.has(QStringLiteral("sqlite")));
            QCOMPARE(p.rollbackSteps.size(), 1);
            QCOMPARE(p.validations.size(), 1);
            QVERIFY(p.validations.first().mustSucceed);
            QVERIFY(p.checksum.startsWith(QLatin1String("sha256-lf:")));
            QCOMPARE(p.fileChecksums.size(), 3);
        }
        QCOMPARE(chain.first(), QStringLiteral("none→users"));
        QCOMPARE(chain.last(), QStringLiteral("hashtags→userflips"));
        // The earlier userflips is read from its @v1.0.0-dev2 scripts, the last from userflips.sql.
        QCOMPARE(project->plans.at(2).steps.first().title, QStringLiteral("deploy/userflips@v1.0.0-dev2.sql"));
        QCOMPARE(project->plans.at(5).rollbackSteps.first().title, QStringLiteral("revert/userflips.sql"));
        QCOMPARE(project->plans.at(2).toVersionAliases,
                 (QStringList{"v1.0.0-dev1", "@v1.0.0-dev1", "userflips@v1.0.0-dev1"}));
        QCOMPARE(project->versionAliases.value(QStringLiteral("@v1.0.0-dev2")), QStringLiteral("hashtags"));
        QCOMPARE(project->versionAliases.value(QStringLiteral("@ROOT")), QStringLiteral("users"));
        QCOMPARE(project->versionAliases.value(QStringLiteral("@HEAD")), QStringLiteral("userflips"));
        QVERIFY2(project->notes.isEmpty(), qPrintable(project->notes.join(QLatin1Char('\n'))));
    }

    void pgFixture()
    {
        const QString folder = SqitchTool::fixture(QStringLiteral("sqitch-intro"));
        if (folder.isEmpty())
            QSKIP("the Sqitch fixtures are not there");
        ErrorInfo error;
        const auto project = ProjectLoader::load(folder, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->driver, QStringLiteral("postgresql"));
        QCOMPARE(project->plans.size(), 13);
        QCOMPARE(ids(*project).mid(10), (QStringList{"pgcrypto", "insert_user", "change_pass"}));
        QCOMPARE(project->plans.at(2).id, QStringLiteral("insert_user@v1.0.0-dev2"));
        QVERIFY(project->plans.at(0).steps.first().sql.has(QStringLiteral("postgresql")));
        QCOMPARE(project->versionAliases.value(QStringLiteral("v1.0.0-dev1")), QStringLiteral("change_pass@v1.0.0-dev2"));
        // The other engine's database is refused with what to do.
        QVERIFY(!ProjectLoader::load(folder, QStringLiteral("sqlite"), &error));
        QVERIFY2(error.message.contains(QLatin1String("give a PostgreSQL database")), qPrintable(error.message));
    }

    // The ids are Sqitch's own: `sqitch plan --format raw` prints them.
    void idsAreSqitchs_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("sqlite") << QStringLiteral("sqitch-sqlite-intro");
        QTest::newRow("pg") << QStringLiteral("sqitch-intro");
    }
    void idsAreSqitchs()
    {
        QFETCH(QString, fixture);
        const QString folder = SqitchTool::fixture(fixture);
        if (folder.isEmpty() || !SqitchTool::available())
            QSKIP("sqitch or the fixtures are not there");
        const SqitchTool::Result r = SqitchTool::run(folder, {QStringLiteral("plan"), QStringLiteral("--format"),
                                                              QStringLiteral("raw"), QStringLiteral("--no-pager")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList theirs;
        static const QRegularExpression line(QStringLiteral("^deploy ([0-9a-f]{40})"), QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(r.out); it.hasNext();)
            theirs << it.next().captured(1);
        ErrorInfo error;
        const auto plan = SqitchPlanFile::read(folder + QStringLiteral("/sqitch.plan"), &error);
        QVERIFY2(plan, qPrintable(error.message));
        QStringList ours;
        for (const SqitchChange &c : plan->changes)
            ours << c.id;
        QCOMPARE(ours, theirs);
    }

    void config()
    {
        ErrorInfo error;
        const auto c = SqitchConfig::parse("# a comment\n[core]\n\tengine = PG ; trailing\n\ttop_dir = \"my dir\" # x\n"
                                           "[engine \"pg\"]\n\tregistry = meta\n[core \"sqlite\"]\n\tclient = sqlite3\n"
                                           "[deploy]\n\tverify\n\tnote = \"a \\\"quoted\\\" #word\"\n",
                                           QStringLiteral("sqitch.conf"), &error);
        QVERIFY2(c, qPrintable(error.message));
        QCOMPARE(c->value(QStringLiteral("core.engine")), QStringLiteral("PG"));
        QCOMPARE(c->value(QStringLiteral("core.top_dir")), QStringLiteral("my dir"));
        QCOMPARE(c->value(QStringLiteral("engine.pg.registry")), QStringLiteral("meta"));
        QCOMPARE(c->value(QStringLiteral("deploy.verify")), QStringLiteral("true"));
        QCOMPARE(c->value(QStringLiteral("deploy.note")), QStringLiteral("a \"quoted\" #word"));
        QVERIFY(c->hasSubsection(QStringLiteral("core"), QStringLiteral("sqlite")));
        QCOMPARE(SqitchProjectReader::engineOf(*c, {}, &error), QStringLiteral("pg"));
        QCOMPARE(SqitchProjectReader::setting(*c, QStringLiteral("pg"), QStringLiteral("registry"), QStringLiteral("sqitch")),
                 QStringLiteral("meta"));
        // The older form: no core.engine, a [core "sqlite"] section.
        const auto old = SqitchConfig::parse("[core \"sqlite\"]\n\tregistry = reg\n", QStringLiteral("sqitch.conf"), &error);
        QVERIFY(old);
        QCOMPARE(SqitchProjectReader::engineOf(*old, {}, &error), QStringLiteral("sqlite"));
        QVERIFY(!SqitchConfig::parse("[core]\nengine = \"pg\n", QStringLiteral("sqitch.conf"), &error));
        QCOMPARE(error.message, QStringLiteral("sqitch.conf:2: a quote is not closed"));
    }

    void planFaults_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QString>("message");
        const QByteArray head = "%syntax-version=1.0.0\n%project=p\n\n";
        const QByteArray who = " 2020-01-01T00:00:00Z A B <a@b.c>";
        QTest::newRow("no project") << QByteArray("%syntax-version=1.0.0\n\na" + who + "\n")
                                    << QStringLiteral("sqitch.plan: Missing %project pragma");
        QTest::newRow("no blank line") << QByteArray("%project=p\na" + who + "\n")
                                       << QStringLiteral("sqitch.plan:2: Invalid pragma; a blank line must come between pragmas and changes");
        QTest::newRow("tag first") << QByteArray(head + "@t" + who + "\n")
                                   << QStringLiteral("sqitch.plan:4: Tag \"t\" declared without a preceding change");
        QTest::newRow("unknown dep") << QByteArray(head + "a [b]" + who + "\n")
                                     << QStringLiteral("sqitch.plan:4: Unknown change \"b\" required by change \"a\"");
        QTest::newRow("dep later") << QByteArray(head + "a [b]" + who + "\nb" + who + "\n")
                                   << QStringLiteral("sqitch.plan:4: Change \"a\" is planned before the change \"b\" it requires; move it down in the plan");
        QTest::newRow("rework untagged") << QByteArray(head + "a" + who + "\na" + who + "\n")
                                         << QStringLiteral("sqitch.plan:5: Change \"a\" duplicates earlier declaration on line 4");
        QTest::newRow("no planner") << QByteArray(head + "a 2020-01-01T00:00:00Z\n")
                                    << QStringLiteral("sqitch.plan:4: Missing planner name and email");
        QTest::newRow("reserved") << QByteArray(head + "a" + who + "\n@HEAD" + who + "\n")
                                  << QStringLiteral("sqitch.plan:5: \"@HEAD\" is a reserved name");
        QTest::newRow("dup tag") << QByteArray(head + "a" + who + "\n@t" + who + "\nb" + who + "\n@t" + who + "\n")
                                 << QStringLiteral("sqitch.plan:7: Tag \"t\" duplicates earlier declaration on line 5");
    }
    void planFaults()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QString, message);
        QCOMPARE(planError(plan), message);
    }

    void planSyntax()
    {
        ErrorInfo error;
        const auto plan = SqitchPlanFile::parse(
            "%syntax-version=1.0.0\n%project=p\n%uri=HTTPS://Example.COM:443/p/\n\n# a comment\n"
            "a 2020-01-01T00:00:00Z A B <a@b.c> # first \\n line\n"
            "@t1 2020-01-02T00:00:00Z A B <a@b.c>\n\n"
            "b [a !c other:x a@t1] 2020-01-03T00:00:00Z A B <a@b.c>\n"
            "@t2 2020-01-04T00:00:00Z A B <a@b.c>\n"
            "a [a@t2] 2020-01-05T00:00:00Z A B <a@b.c>\n",
            QStringLiteral("sqitch.plan"), &error);
        QVERIFY2(plan, qPrintable(error.message));
        QCOMPARE(plan->changes.size(), 3);
        QCOMPARE(plan->changes.at(0).note, QStringLiteral("first \n line"));
        QCOMPARE(plan->changes.at(1).required.size(), 3);
        QCOMPARE(plan->changes.at(1).conflicts.size(), 1);
        QVERIFY(plan->changes.at(1).required.at(1).isExternal(QStringLiteral("p")));
        // Sqitch's rework tags: the tags between the instances, latest first, then its own.
        QCOMPARE(plan->changes.at(0).reworkTags.size(), 2);
        QCOMPARE(plan->changes.at(0).reworkTags.at(0).name, QStringLiteral("t2"));
        QCOMPARE(plan->changes.at(0).reworkTags.at(1).name, QStringLiteral("t1"));
        QCOMPARE(plan->resolve(plan->changes.at(2).required.first(), 2), 0);
        QCOMPARE(SqitchPlanFile::canonicalUri(plan->uri), QStringLiteral("https://example.com/p/"));
        QVERIFY(plan->changeInfo(1).contains(QLatin1String("requires\n  + a\n  + other:x\n  + a@t1\nconflicts\n  - c")));
    }

    void refusals()
    {
        QTemporaryDir dir;
        const QString folder = SqitchTool::copyFixture(QStringLiteral("sqitch-sqlite-intro"), dir.path());
        if (folder.isEmpty())
            QSKIP("the Sqitch fixtures are not there");
        ErrorInfo error;
        write(folder + QStringLiteral("/sqitch.conf"), "[core]\n\tengine = mysql\n");
        QVERIFY(!ProjectLoader::load(folder, {}, &error));
        QVERIFY2(error.message.contains(QLatin1String("mysql engine")), qPrintable(error.message));
        write(folder + QStringLiteral("/sqitch.conf"), "[core]\n\tengine = sqlite\n");
        QVERIFY(QFile::remove(folder + QStringLiteral("/deploy/lists.sql")));
        QVERIFY(QFile::remove(folder + QStringLiteral("/revert/hashtags.sql")));
        QVERIFY(!ProjectLoader::load(folder, {}, &error));
        QVERIFY2(error.message.startsWith(QLatin1String("deploy/lists.sql: the deploy script of the change \"lists\" (sqitch.plan:10)")),
                 qPrintable(error.message));
        QVERIFY(QFile::copy(SqitchTool::fixture(QStringLiteral("sqitch-sqlite-intro")) + QStringLiteral("/deploy/lists.sql"),
                            folder + QStringLiteral("/deploy/lists.sql")));
        const auto project = ProjectLoader::load(folder, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(project->plans.at(4).rollbackSteps.isEmpty());
        QCOMPARE(project->notes, (QStringList{"revert/hashtags.sql is missing: the change \"hashtags\" cannot be rolled back; "
                                              "add a revert script."}));
    }

    // What cannot be mapped is named: another project's requirement, a conflict.
    void notes()
    {
        QTemporaryDir dir;
        const QString folder = SqitchTool::copyFixture(QStringLiteral("sqitch-sqlite-intro"), dir.path());
        if (folder.isEmpty())
            QSKIP("the Sqitch fixtures are not there");
        QFile plan(folder + QStringLiteral("/sqitch.plan"));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QByteArray text = plan.readAll();
        plan.close();
        text.replace("lists [users]", "lists [users other:accounts !hashtags]");
        write(folder + QStringLiteral("/sqitch.plan"), text);
        ErrorInfo error;
        const auto project = ProjectLoader::load(folder, QStringLiteral("sqlite"), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->notes.size(), 2);
        QVERIFY2(project->notes.at(0).startsWith(QLatin1String("sqitch.plan:10: \"lists\" requires other:accounts of another project")),
                 qPrintable(project->notes.at(0)));
        QVERIFY2(project->notes.at(1).startsWith(QLatin1String("sqitch.plan:10: \"lists\" conflicts with hashtags")),
                 qPrintable(project->notes.at(1)));
    }

    void registryFileName()
    {
        QCOMPARE(SqitchRegistry::sqliteRegistryPath(QStringLiteral("/d/flipr.db"), QStringLiteral("sqitch")), QStringLiteral("/d/sqitch.db"));
        QCOMPARE(SqitchRegistry::sqliteRegistryPath(QStringLiteral("/d/flipr"), QStringLiteral("sqitch")), QStringLiteral("/d/sqitch"));
        QCOMPARE(SqitchRegistry::sqliteRegistryPath(QStringLiteral("/d/flipr.db"), QStringLiteral("meta.sqlite")),
                 QStringLiteral("/d/meta.sqlite"));
        QCOMPARE(SqitchRegistry::sqliteRegistryPath(QStringLiteral("/d/flipr.db"), QStringLiteral("/r/reg.db")), QStringLiteral("/r/reg.db"));
    }
};

QTEST_GUILESS_MAIN(TestSqitchProjectReader)
#include "tst_sqitchprojectreader.moc"
