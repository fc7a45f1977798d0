// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Flyway folder read as plans (FlywayProjectReader): names, version order, undo and repeatable
// migrations, placeholders from flyway.conf and flyway.toml, Flyway's checksums, and --lint.
#include "plan/PlanLint.h"
#include "project/FlywayChecksum.h"
#include "project/FlywayProjectReader.h"
#include "project/FlywayVersion.h"
#include "project/ProjectLoader.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestFlywayProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_folders = 0;

    QString folder(const QMap<QString, QByteArray> &files)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("p%1").arg(++m_folders));
        return TestSupport::writeFiles(dir, files) ? dir : QString();
    }

    static QStringList lintLines(const QString &dir)
    {
        QStringList out;
        for (const LintFinding &f : PlanLint::lint(dir))
            out << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.message);
        return out;
    }

private Q_SLOTS:
    void versionsCompareAsFlywayDoes()
    {
        auto v = [](const char *s) { return *FlywayVersion::parse(QString::fromLatin1(s)); };
        QVERIFY(v("1.9") < v("1.10"));
        QVERIFY(v("1") < v("1.1"));
        QVERIFY(v("1.10") < v("2"));
        QVERIFY(v("1_1") == v("1.1"));
        QVERIFY(v("2") == v("2.0"));
        QVERIFY(v("2.0.0") == v("2"));
        QVERIFY(v("001") == v("1"));
        QVERIFY(v("20240101120000") < v("20240101120001"));
        QVERIFY(v("9999999999999999999999") < v("99999999999999999999999")); // longer than 64 bits
        QCOMPARE(v("1_1").text(), QStringLiteral("1.1"));
        QCOMPARE(v("001").text(), QStringLiteral("001"));
        QVERIFY(!FlywayVersion::parse(QStringLiteral("1a")));
        QVERIFY(!FlywayVersion::parse(QStringLiteral("1..2")));
        QVERIFY(!FlywayVersion::parse(QString()));
    }

    // Values computed independently: python3 zlib.crc32 over the lines without line endings,
    // as a signed 32-bit int (tools: see the test's comment in docs/projects.md).
    void checksumsMatchFlyways()
    {
        QCOMPARE(FlywayChecksum::of("CREATE TABLE users (id INT);\n"), 1303508785);
        QCOMPARE(FlywayChecksum::of("CREATE TABLE users (id INT);\r\n"), 1303508785);
        QCOMPARE(FlywayChecksum::of("\xEF\xBB\xBF" "CREATE TABLE users (id INT);\n"), 1303508785);
        QCOMPARE(FlywayChecksum::of("SELECT 1;\nSELECT 2;\n"), -1665099012);
        QCOMPARE(FlywayChecksum::of("-- x\n\nDO $$ BEGIN PERFORM 1; END $$;\n"), -110053926);
        QCOMPARE(FlywayChecksum::of(""), 0);
    }

    void versionedMigrationsMakeAChainInNumericOrder()
    {
        const QString dir = folder({{QStringLiteral("V2__two.sql"), "SELECT 2;\n"},
                                    {QStringLiteral("V1.10__one_ten.sql"), "SELECT 110;\n"},
                                    {QStringLiteral("V1__init_schema.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("V1_1__one_one.sql"), "SELECT 11;\n"},
                                    {QStringLiteral("U1.1__undo_one_one.sql"), "SELECT -11;\n"},
                                    {QStringLiteral("README.sql"), "-- not a migration\n"}});
        QCOMPARE(ProjectLoader::kindOf(dir), ProjectKind::Flyway);
        ErrorInfo error;
        const auto project = ProjectLoader::load(dir, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->kind, ProjectKind::Flyway);
        QCOMPARE(project->startVersion, QStringLiteral("none"));
        QStringList chain;
        for (const Plan &p : project->plans)
            chain << p.fromVersion + QStringLiteral("→") + p.toVersion;
        QCOMPARE(chain, (QStringList{QStringLiteral("none→1"), QStringLiteral("1→1.1"), QStringLiteral("1.1→1.10"),
                                     QStringLiteral("1.10→2")}));
        const Plan &oneOne = project->plans.at(1);
        QCOMPARE(oneOne.id, QStringLiteral("V1_1__one_one"));
        QCOMPARE(oneOne.title, QStringLiteral("V1.1: one one"));
        QCOMPARE(oneOne.projectKind, ProjectKind::Flyway);
        QVERIFY(oneOne.registry);
        QCOMPARE(oneOne.registry, project->registry);
        QVERIFY(oneOne.toVersionAliases.contains(QStringLiteral("1_1")));
        QCOMPARE(project->versionAliases.value(QStringLiteral("V1.1")), QStringLiteral("1.1"));
        QCOMPARE(oneOne.steps.size(), 1);
        QCOMPARE(oneOne.steps.first().sql.value(QStringLiteral("postgresql")), QStringLiteral("SELECT 11;\n"));
        QCOMPARE(oneOne.steps.first().sql.value(QStringLiteral("sqlite")), QStringLiteral("SELECT 11;\n"));
        QCOMPARE(oneOne.rollbackSteps.size(), 1);
        QCOMPARE(oneOne.rollbackSteps.first().sql.value(QStringLiteral("sqlite")), QStringLiteral("SELECT -11;\n"));
        QVERIFY(oneOne.checksum.startsWith(QStringLiteral("sha256-lf:")));
        QVERIFY(project->plans.at(0).rollbackSteps.isEmpty());
        QVERIFY2(project->notes.join(QLatin1Char('\n')).contains(QStringLiteral("V1__init_schema.sql: no undo migration")),
                 qPrintable(project->notes.join(QLatin1Char('\n'))));
        QVERIFY(project->notes.join(QLatin1Char('\n')).contains(QStringLiteral("README.sql")));
    }

    void duplicateVersionsAreRefusedNamingBoth()
    {
        const QString dir = folder({{QStringLiteral("V2__a.sql"), "SELECT 1;"}, {QStringLiteral("V2.0__b.sql"), "SELECT 2;"}});
        ErrorInfo error;
        QVERIFY(!ProjectLoader::load(dir, QString(), &error));
        QVERIFY2(error.message.contains(QStringLiteral("V2__a.sql")) && error.message.contains(QStringLiteral("V2.0__b.sql")),
                 qPrintable(error.message));
    }

    void badVersionIsRefused()
    {
        const QString dir = folder({{QStringLiteral("V1__ok.sql"), "SELECT 1;"}, {QStringLiteral("V1a__x.sql"), "SELECT 1;"}});
        ErrorInfo error;
        QVERIFY(!ProjectLoader::load(dir, QString(), &error));
        QVERIFY2(error.message.contains(QStringLiteral("V1a__x.sql")), qPrintable(error.message));
    }

    void repeatablesAreALastPlan()
    {
        const QString dir = folder({{QStringLiteral("V1__t.sql"), "CREATE TABLE t (id INT);"},
                                    {QStringLiteral("R__views.sql"), "CREATE VIEW v AS SELECT id FROM t;"},
                                    {QStringLiteral("R__a_function.sql"), "SELECT 1;"}});
        ErrorInfo error;
        const auto project = ProjectLoader::load(dir, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->plans.size(), 2);
        const Plan &r = project->plans.last();
        QCOMPARE(r.fromVersion, QStringLiteral("1"));
        QCOMPARE(r.toVersion, QStringLiteral("1+repeatable"));
        QCOMPARE(r.steps.size(), 2);
        QCOMPARE(r.steps.at(0).title, QStringLiteral("R__a_function.sql")); // description order
        QCOMPARE(r.steps.at(1).title, QStringLiteral("R__views.sql"));
        QVERIFY(r.rollbackSteps.isEmpty());
        QVERIFY2(r.id.startsWith(QStringLiteral("repeatable-")), qPrintable(r.id));
    }

    void placeholdersFromFlywayConf()
    {
        const QString dir = folder({{QStringLiteral("flyway.conf"),
                                     "# settings\nflyway.placeholders.owner=app_owner\nflyway.placeholders.Days = 30\n"
                                     "flyway.table=my_history\nflyway.sqlMigrationPrefix=M\n"},
                                    {QStringLiteral("V1__p.sql"),
                                     "-- ${flyway:filename}\nGRANT SELECT ON t TO ${owner};\nSELECT ${days}, '${flyway:table}';\n"
                                     "SELECT '${flyway:defaultSchema}', ${flyway:defaultSchema}.t;\n"}});
        ErrorInfo error;
        const auto project = ProjectLoader::load(dir, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        const PlanStep &s = project->plans.first().steps.first();
        QCOMPARE(s.sql.value(QStringLiteral("postgresql")),
                 QStringLiteral("-- V1__p.sql\nGRANT SELECT ON t TO app_owner;\nSELECT 30, 'my_history';\n"
                                "SELECT {{schema_literal}}, {{schema}}.t;\n"));
        QCOMPARE(s.sql.value(QStringLiteral("sqlite")),
                 QStringLiteral("-- V1__p.sql\nGRANT SELECT ON t TO app_owner;\nSELECT 30, 'my_history';\n"
                                "SELECT 'main', main.t;\n"));
        QVERIFY2(project->notes.join(QLatin1Char('\n')).contains(QStringLiteral("flyway.sqlMigrationPrefix")),
                 qPrintable(project->notes.join(QLatin1Char('\n'))));
    }

    void placeholdersFromFlywayToml()
    {
        const QString dir = folder({{QStringLiteral("flyway.toml"),
                                     "[environments.default]\nurl = \"jdbc:postgresql://db.example:5432/shop\"\n"
                                     "user = \"deployer\"\n\n[flyway]\ntable = \"hist\"\n\n"
                                     "[flyway.placeholders]\nowner = \"app_owner\" # who\nlimit = 'ten'\n"},
                                    {QStringLiteral("V1__p.sql"), "SELECT '${owner}', '${limit}', '${flyway:user}', "
                                                                  "'${flyway:database}', '${flyway:table}';\n"}});
        ErrorInfo error;
        const auto project = ProjectLoader::load(dir, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->driver, QStringLiteral("postgresql"));
        const PlanStep &s = project->plans.first().steps.first();
        QCOMPARE(s.sql.byDriver.size(), 1);
        QCOMPARE(s.sql.value(QStringLiteral("postgresql")),
                 QStringLiteral("SELECT 'app_owner', 'ten', 'deployer', 'shop', 'hist';\n"));
    }

    void unknownPlaceholderIsAFaultWithFileAndLine()
    {
        const QString dir = folder({{QStringLiteral("V1__ok.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("V2__p.sql"), "SELECT 1;\n\nSELECT ${missing};\n"}});
        ErrorInfo error;
        QVERIFY(!ProjectLoader::load(dir, QString(), &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("V2__p.sql:3: ")) && error.message.contains(QStringLiteral("${missing}")),
                 qPrintable(error.message));
        // DO $$ … $$ is no placeholder.
        const QString dollars = folder({{QStringLiteral("V1__do.sql"), "DO $$ BEGIN PERFORM 1; END $$;\n"}});
        QVERIFY2(ProjectLoader::load(dollars, QString(), &error), qPrintable(error.message));
    }

    void placeholderReplacementCanBeOff()
    {
        const QString dir = folder({{QStringLiteral("flyway.conf"), "flyway.placeholderReplacement=false\n"},
                                    {QStringLiteral("V1__p.sql"), "SELECT '${kept}';\n"}});
        ErrorInfo error;
        const auto project = ProjectLoader::load(dir, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->plans.first().steps.first().sql.value(QStringLiteral("sqlite")), QStringLiteral("SELECT '${kept}';\n"));
    }

    void subfoldersAreScanned()
    {
        const QString dir = folder({{QStringLiteral("flyway.conf"), "flyway.locations=filesystem:sql\n"},
                                    {QStringLiteral("sql/V1__a.sql"), "SELECT 1;"},
                                    {QStringLiteral("sql/more/V2__b.sql"), "SELECT 2;"}});
        ErrorInfo error;
        const auto project = ProjectLoader::load(dir, QString(), &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->plans.size(), 2);
        QCOMPARE(project->plans.at(1).steps.first().title, QStringLiteral("sql/more/V2__b.sql"));
    }

    void aRelativeFolderReadsItsFiles()
    {
        const QString dir = folder({{QStringLiteral("V1__a.sql"), "SELECT 1;"}, {QStringLiteral("R__b.sql"), "SELECT 2;"}});
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_tmp.path()));
        ErrorInfo error;
        const auto project = ProjectLoader::load(QFileInfo(dir).fileName(), QString(), &error);
        QDir::setCurrent(before);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->plans.last().steps.first().title, QStringLiteral("R__b.sql"));
    }

    void lintNamesEveryMalformedCase()
    {
        const QString dir = folder({{QStringLiteral("V1__init.sql"), "CREATE TABLE t (id INT);\n"},
                                    {QStringLiteral("U1__init.sql"), "DROP TABLE t;\n"},
                                    {QStringLiteral("V1_2_init.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("V2__a.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("V2.0__b.sql"), "SELECT 2;\n"},
                                    {QStringLiteral("U3__orphan.sql"), "SELECT 3;\n"},
                                    {QStringLiteral("V4__concurrently.sql"),
                                     "-- an index\nSELECT 1;\n\nCREATE INDEX CONCURRENTLY i ON t (id);\n"},
                                    {QStringLiteral("V5__placeholder.sql"), "SELECT 1;\nSELECT ${nope};\n"}});
        const QStringList lines = lintLines(dir);
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("V1_2_init.sql:1: not a Flyway migration name")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("V2__a.sql:1: version 2 is also the version of V2.0__b.sql")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("U3__orphan.sql:1: an undo migration without V3")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("V4__concurrently.sql:4: CREATE INDEX CONCURRENTLY")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("V5__placeholder.sql:2: no value for the placeholder ${nope}")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("V4__concurrently.sql:1: no undo migration")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("V1__init.sql")), qPrintable(all));
    }

    void lintOfACleanFolderIsEmpty()
    {
        const QString dir = folder({{QStringLiteral("V1__init.sql"), "CREATE TABLE t (id INT);\n"},
                                    {QStringLiteral("U1__init.sql"), "DROP TABLE t;\n"}});
        QCOMPARE(lintLines(dir), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFlywayProject)
#include "tst_flywayproject.moc"
