// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// PlanLoader: the built-in plan as the spec describes it, plans loaded from a folder with
// the same checksum, and every kind of broken plan.json reported with the file and the
// fault, never as a crash.
#include "plan/Plan.h"
#include "plan/PlanChecksum.h"
#include "plan/PlanLoader.h"
#include "plan/PlanOnDisk.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A checksum as the assistant writes it: the algorithm, then SHA-256 in hex.
bool isChecksum(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^sha256-lf:[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

// Every text file of a folder rewritten with CRLF line endings, plan.json and the first SQL
// file also with a UTF-8 BOM: what a Windows checkout or editor does to a plan.
bool toCrlfWithBom(const QString &folder)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    bool bomDone = false;
    while (it.hasNext()) {
        const QString file = it.next();
        QByteArray bytes = readAll(file);
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        if (file.endsWith(QLatin1String("/plan.json")) || (!bomDone && file.endsWith(QLatin1String(".sql")))) {
            bomDone = bomDone || file.endsWith(QLatin1String(".sql"));
            bytes.prepend("\xEF\xBB\xBF");
        }
        if (!writeAll(file, bytes))
            return false;
    }
    return true;
}

// One edit of a copied plan folder: the raw bytes of plan.json, and the folder itself.
using PlanEdit = std::function<void(QByteArray &manifest, const QString &folder)>;

// An edit made on the parsed plan.json, written back as indented JSON.
PlanEdit json(std::function<void(QJsonObject &root)> edit)
{
    return [edit](QByteArray &manifest, const QString &) {
        QJsonObject root = QJsonDocument::fromJson(manifest).object();
        edit(root);
        manifest = QJsonDocument(root).toJson(QJsonDocument::Indented);
    };
}

// Edits element i of the array root[key] (an object).
void editArrayItem(QJsonObject &root, const QString &key, qsizetype i, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray array = root.value(key).toArray();
    QJsonObject item = array.at(i).toObject();
    edit(item);
    array.replace(i, item);
    root.insert(key, array);
}

// The index of the first element of root[key] for which pred holds (0 when none does).
qsizetype findItem(const QJsonObject &root, const QString &key, const std::function<bool(const QJsonObject &)> &pred)
{
    const QJsonArray array = root.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        if (pred(array.at(i).toObject()))
            return i;
    return 0;
}

bool hasFile(const QJsonObject &o) { return o.contains(QLatin1String("file")); }
bool isChunked(const QJsonObject &o) { return o.contains(QLatin1String("chunk")) && hasFile(o); }
bool hasEqualsCheck(const QJsonObject &o)
{
    return o.value(QLatin1String("expect")).toObject().contains(QLatin1String("equals_check"));
}
bool hasBuiltin(const QJsonObject &o) { return o.contains(QLatin1String("builtin")); }

} // namespace

Q_DECLARE_METATYPE(PlanEdit)

class TestPlanLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void builtinLoads();
    void builtinIsListed();
    void specChecks_data();
    void specChecks();
    void validationsCompareWithTheSpecChecks_data();
    void validationsCompareWithTheSpecChecks();
    void checksumIsStable();

    void folderLoadsWithTheBuiltinChecksum();
    void oneByteOfSqlChangesTheChecksum();
    void manifestChangeChangesTheChecksum();
    void unrelatedFileKeepsTheChecksum();
    void folderChangedSinceLoadedIsNamed();
    void lineEndingsAndBomKeepTheChecksum();
    void legacyChecksumHashesTheRawBytes();
    void acceptedChecksumsAreRead();

    void malformed_data();
    void malformed();
    void missingFolder();
    void folderWithoutManifest();
    void unknownPlanName();
    void emptyNameMeansDefaultPlan();
    void randomMutationsNeverCrash();

private:
    std::optional<Plan> m_builtin;
};

void TestPlanLoader::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestSupport::builtinPlanSource() + QStringLiteral("/plan.json")), qPrintable(TestSupport::builtinPlanSource()));
    ErrorInfo error;
    m_builtin = PlanLoader::load(QStringLiteral("user-integrations"), &error);
    QVERIFY2(m_builtin.has_value(), qPrintable(error.message + QLatin1Char(' ') + error.details));
}

void TestPlanLoader::builtinLoads()
{
    const Plan &plan = *m_builtin;
    QCOMPARE(plan.id, QStringLiteral("user-integrations"));
    QCOMPARE(plan.origin, QStringLiteral("built-in"));
    QCOMPARE(plan.fromVersion, QStringLiteral("v1"));
    QCOMPARE(plan.toVersion, QStringLiteral("v2"));
    QVERIFY(!plan.title.isEmpty());
    QVERIFY(!plan.steps.isEmpty());
    QVERIFY(!plan.rollbackSteps.isEmpty());
    QVERIFY(!plan.validations.isEmpty());
    QVERIFY(plan.supportsDriver(QStringLiteral("sqlite")));
    QVERIFY(!plan.supportsDriver(QStringLiteral("mysql")));
    QVERIFY(plan.detectSource.has(QStringLiteral("sqlite")));
    QVERIFY(plan.detectTarget.has(QStringLiteral("sqlite")));
    for (const PlanStep &step : plan.steps + plan.rollbackSteps) {
        QVERIFY2(!step.id.isEmpty() && !step.title.isEmpty(), qPrintable(step.id));
        QVERIFY2(!step.sql.value(QStringLiteral("sqlite")).trimmed().isEmpty(), qPrintable(step.id));
        if (!step.chunkTable.isEmpty())
            QVERIFY2(step.sql.value(QStringLiteral("sqlite")).contains(QLatin1String("{{chunk")), qPrintable(step.id));
    }
    // The tables the spec names, before (v1) and after (v2).
    for (const char *table : {"users", "emails", "digests", "tasks"}) {
        QVERIFY2(plan.tablesBefore.contains(QLatin1String(table)), table);
        QVERIFY2(plan.tablesAfter.contains(QLatin1String(table)), table);
    }
    for (const char *table : {"users_old", "services", "user_integrations"})
        QVERIFY2(plan.tablesAfter.contains(QLatin1String(table)), table);
    QVERIFY(isChecksum(plan.checksum));
    QCOMPARE(plan.check(QStringLiteral("no-such-check")), nullptr);
    // The post-migration checklist: users_old is kept 14 days, then --finalize drops it.
    QVERIFY(plan.finalize.isDeclared());
    QCOMPARE(plan.finalize.keepDays, 14);
    QCOMPARE(plan.finalize.steps.size(), 1);
    for (const char *driver : {"sqlite", "postgresql"})
        QVERIFY2(plan.finalize.steps.first().sql.value(QLatin1String(driver)).contains(QLatin1String("DROP TABLE users_old")),
                 driver);
}

void TestPlanLoader::builtinIsListed()
{
    QVERIFY(PlanLoader::builtinPlanIds().contains(QStringLiteral("user-integrations")));
    QVERIFY(PlanLoader::builtinPlanIds().contains(PlanLoader::defaultPlanId()));
}

void TestPlanLoader::specChecks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("rule"); // "never": never fails; "above0": fails when value > 0; "builtin"

    const int info = int(PlanCheck::Severity::Info);
    const int warning = int(PlanCheck::Severity::Warning);
    const int blocker = int(PlanCheck::Severity::Blocker);
    QTest::newRow("users-total") << "users-total" << info << "never";
    QTest::newRow("migrate-gmail") << "migrate-gmail" << info << "never";
    QTest::newRow("migrate-google_calendar") << "migrate-google_calendar" << info << "never";
    QTest::newRow("migrate-telegram") << "migrate-telegram" << info << "never";
    QTest::newRow("migrate-signal") << "migrate-signal" << info << "never";
    QTest::newRow("incomplete-oauth-gmail") << "incomplete-oauth-gmail" << warning << "above0";
    QTest::newRow("incomplete-oauth-google_calendar") << "incomplete-oauth-google_calendar" << warning << "above0";
    QTest::newRow("null-emails") << "null-emails" << blocker << "above0";
    QTest::newRow("duplicate-emails") << "duplicate-emails" << blocker << "above0";
    QTest::newRow("orphan-rows") << "orphan-rows" << blocker << "above0";
    QTest::newRow("users-old-exists") << "users-old-exists" << blocker << "above0";
    QTest::newRow("active-connections") << "active-connections" << warning << "above0";
    QTest::newRow("server-version") << "server-version" << blocker << "builtin";
    QTest::newRow("free-space") << "free-space" << blocker << "builtin";
}

void TestPlanLoader::specChecks()
{
    QFETCH(QString, id);
    QFETCH(int, severity);
    QFETCH(QString, rule);

    const PlanCheck *check = m_builtin->check(id);
    QVERIFY2(check, qPrintable(QStringLiteral("the plan has no check %1").arg(id)));
    QCOMPARE(check->id, id);
    QCOMPARE(PlanCheck::severityName(check->severity),
             PlanCheck::severityName(static_cast<PlanCheck::Severity>(severity)));
    QVERIFY(!check->title.isEmpty());
    if (rule == QLatin1String("never")) {
        QVERIFY(check->passes(0));
        QVERIFY(check->passes(1));
        QVERIFY(check->passes(1000000000));
    } else if (rule == QLatin1String("above0")) {
        QVERIFY(check->passes(0));
        QVERIFY(!check->passes(1));
        QVERIFY(!check->passes(12345));
    } else {
        QVERIFY2(!check->builtin.isEmpty(), "a check the engine computes");
    }
    // Exactly once.
    int seen = 0;
    for (const PlanCheck &c : m_builtin->checks)
        seen += c.id == id;
    QCOMPARE(seen, 1);
}

void TestPlanLoader::validationsCompareWithTheSpecChecks_data()
{
    QTest::addColumn<QString>("checkId");
    for (const char *id : {"users-total", "migrate-gmail", "migrate-google_calendar", "migrate-telegram", "migrate-signal"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestPlanLoader::validationsCompareWithTheSpecChecks()
{
    // Spec, guarantees: user count unchanged, integration counts equal the migrate-* checks.
    QFETCH(QString, checkId);
    bool found = false;
    for (const PlanValidation &v : m_builtin->validations)
        found = found || v.equalsCheck == checkId;
    QVERIFY2(found, qPrintable(QStringLiteral("no validation compares with %1").arg(checkId)));
}

void TestPlanLoader::checksumIsStable()
{
    ErrorInfo error;
    const auto again = PlanLoader::load(QStringLiteral("user-integrations"), &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->checksum, m_builtin->checksum);
    QVERIFY(isChecksum(again->checksum));
}

void TestPlanLoader::folderLoadsWithTheBuiltinChecksum()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->checksum, m_builtin->checksum);
    QCOMPARE(plan->id, m_builtin->id);
    QCOMPARE(plan->origin, QFileInfo(folder).absoluteFilePath());
    QCOMPARE(plan->steps.size(), m_builtin->steps.size());
    QCOMPARE(plan->checks.size(), m_builtin->checks.size());
    // The same through loadFolder.
    const auto direct = PlanLoader::loadFolder(folder, QStringLiteral("test"), &error);
    QVERIFY2(direct, qPrintable(error.message));
    QCOMPARE(direct->checksum, m_builtin->checksum);
    QCOMPARE(direct->origin, QStringLiteral("test"));
}

void TestPlanLoader::oneByteOfSqlChangesTheChecksum()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    const QString sqlFile = folder + QStringLiteral("/sqlite/01_create_users_new.sql");
    QByteArray sql = readAll(sqlFile);
    QVERIFY(!sql.isEmpty());
    // Change one byte, keeping the SQL valid: a space becomes a tab.
    const qsizetype at = sql.indexOf(' ');
    QVERIFY(at >= 0);
    sql[at] = '\t';
    QVERIFY(writeAll(sqlFile, sql));
    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QVERIFY(isChecksum(plan->checksum));
    QVERIFY(plan->checksum != m_builtin->checksum);

    // And back: the same bytes give the same checksum again.
    sql[at] = ' ';
    QVERIFY(writeAll(sqlFile, sql));
    const auto restored = PlanLoader::load(folder, &error);
    QVERIFY2(restored, qPrintable(error.message));
    QCOMPARE(restored->checksum, m_builtin->checksum);
}

void TestPlanLoader::manifestChangeChangesTheChecksum()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    QByteArray manifest = readAll(folder + QStringLiteral("/plan.json"));
    manifest.replace("Move service credentials", "Move service-credentials");
    QVERIFY(writeAll(folder + QStringLiteral("/plan.json"), manifest));
    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QVERIFY(plan->checksum != m_builtin->checksum);
}

void TestPlanLoader::unrelatedFileKeepsTheChecksum()
{
    // Only the manifest and the SQL files it names count.
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    QVERIFY(writeAll(folder + QStringLiteral("/README.txt"), "notes"));
    QVERIFY(writeAll(folder + QStringLiteral("/sqlite/99_unused.sql"), "SELECT 1;"));
    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->checksum, m_builtin->checksum);
}

// The plan a person checked is the plan that runs: a file of the folder edited, removed or made
// unreadable after loading is refused with the file named; the same bytes again are accepted.
void TestPlanLoader::folderChangedSinceLoadedIsNamed()
{
    QVERIFY(PlanOnDisk::unchanged(*m_builtin, nullptr));
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QVERIFY(isChecksum(plan->fileChecksums.value(QStringLiteral("plan.json"))));
    QVERIFY(plan->fileChecksums.contains(QStringLiteral("sqlite/01_create_users_new.sql")));
    QVERIFY2(PlanOnDisk::unchanged(*plan, &error), qPrintable(error.message));

    const QString sqlFile = folder + QStringLiteral("/sqlite/01_create_users_new.sql");
    const QByteArray sql = readAll(sqlFile);
    QVERIFY(writeAll(sqlFile, sql + "\n-- edited after the checks\n"));
    error = {};
    QVERIFY(!PlanOnDisk::unchanged(*plan, &error));
    QVERIFY2(error.message.contains(QStringLiteral("changed since it was loaded (sqlite/01_create_users_new.sql)")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(folder), qPrintable(error.message));

    QVERIFY(writeAll(sqlFile, sql));
    error = {};
    QVERIFY2(PlanOnDisk::unchanged(*plan, &error), qPrintable(error.message));

    QVERIFY(QFile::remove(folder + QStringLiteral("/plan.json")));
    error = {};
    QVERIFY(!PlanOnDisk::unchanged(*plan, &error));
    QVERIFY2(error.message.contains(QStringLiteral("can no longer be used")), qPrintable(error.message));
}

// CRLF, lone CR and a BOM are normalised before hashing: a plan checked out on Windows is the
// same plan. The raw bytes did change: the legacy checksum (earlier versions') says so.
void TestPlanLoader::lineEndingsAndBomKeepTheChecksum()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    ErrorInfo error;
    const auto before = PlanLoader::load(folder, &error);
    QVERIFY2(before, qPrintable(error.message));
    QVERIFY(toCrlfWithBom(folder));
    QVERIFY(readAll(folder + QStringLiteral("/plan.json")).startsWith("\xEF\xBB\xBF{\r\n"));
    const auto crlf = PlanLoader::load(folder, &error);
    QVERIFY2(crlf, qPrintable(error.message));
    QCOMPARE(crlf->checksum, m_builtin->checksum);
    QCOMPARE(crlf->fileChecksums, m_builtin->fileChecksums);
    QVERIFY(crlf->legacyChecksum != m_builtin->legacyChecksum);
    QVERIFY2(PlanOnDisk::unchanged(*before, &error), qPrintable(error.message));

    // Old Mac line endings (a lone CR) too.
    const QString sqlFile = folder + QStringLiteral("/sqlite/02_copy_users.sql");
    QByteArray sql = readAll(sqlFile);
    sql.replace("\r\n", "\r");
    QVERIFY(writeAll(sqlFile, sql));
    const auto cr = PlanLoader::load(folder, &error);
    QVERIFY2(cr, qPrintable(error.message));
    QCOMPARE(cr->checksum, m_builtin->checksum);

    // A real edit (one comment word) is another checksum, for that file only.
    QVERIFY(TestSupport::appendToFile(sqlFile, "-- edited\r"));
    const auto edited = PlanLoader::load(folder, &error);
    QVERIFY2(edited, qPrintable(error.message));
    QVERIFY(isChecksum(edited->checksum));
    QVERIFY(edited->checksum != m_builtin->checksum);
    QStringList differ;
    for (auto it = edited->fileChecksums.begin(); it != edited->fileChecksums.end(); ++it)
        if (m_builtin->fileChecksums.value(it.key()) != it.value())
            differ << it.key();
    QCOMPARE(differ, QStringList{QStringLiteral("sqlite/02_copy_users.sql")});
}

// Earlier versions wrote plain SHA-256 hex over the raw bytes into the history; the plan keeps
// that checksum too, so such rows still compare as they were made.
void TestPlanLoader::legacyChecksumHashesTheRawBytes()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY(hex.match(m_builtin->legacyChecksum).hasMatch());
    QCOMPARE(PlanChecksum::algorithmOf(m_builtin->legacyChecksum), QStringLiteral("sha256"));
    QCOMPARE(PlanChecksum::algorithmOf(m_builtin->checksum), QStringLiteral("sha256-lf"));
    QCOMPARE(PlanChecksum::shortForm(m_builtin->checksum), m_builtin->checksum.left(22));
    QCOMPARE(PlanChecksum::shortForm(m_builtin->legacyChecksum), m_builtin->legacyChecksum.left(12));
    // What earlier versions computed: the manifest's bytes, then each file's name and bytes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(readAll(TestSupport::builtinPlanSource() + QStringLiteral("/plan.json")));
    QMap<QString, QByteArray> files;
    for (auto it = m_builtin->fileChecksums.begin(); it != m_builtin->fileChecksums.end(); ++it)
        if (it.key() != QLatin1String("plan.json"))
            files.insert(it.key(), readAll(TestSupport::builtinPlanSource() + QLatin1Char('/') + it.key()));
    for (auto it = files.begin(); it != files.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(it.value());
    }
    QCOMPARE(m_builtin->legacyChecksum, QString::fromLatin1(hash.result().toHex()));
    QCOMPARE(PlanChecksum::normalised("\xEF\xBB\xBF" "a\r\nb\rc\n"), QByteArray("a\nb\nc\n"));
    QCOMPARE(PlanChecksum::normalised("a\xEF\xBB\xBF"), QByteArray("a\xEF\xBB\xBF")); // only a leading BOM
}

void TestPlanLoader::acceptedChecksumsAreRead()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    QByteArray manifest = readAll(folder + QStringLiteral("/plan.json"));
    json([&](QJsonObject &root) {
        root.insert(QStringLiteral("accepted_checksums"),
                    QJsonArray{m_builtin->checksum, m_builtin->legacyChecksum.toUpper()});
    })(manifest, folder);
    QVERIFY(writeAll(folder + QStringLiteral("/plan.json"), manifest));
    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->acceptedChecksums, (QStringList{m_builtin->checksum, m_builtin->legacyChecksum}));
    QVERIFY(plan->checksum != m_builtin->checksum); // the list is part of the manifest
    QVERIFY(m_builtin->acceptedChecksums.isEmpty());
}

void TestPlanLoader::malformed_data()
{
    QTest::addColumn<PlanEdit>("edit");
    QTest::addColumn<QStringList>("words"); // each must appear in the message (case-insensitive)

    // --- Not JSON, or not an object ------------------------------------------------------------
    QTest::newRow("invalid JSON: missing colon on line 2")
        << PlanEdit([](QByteArray &m, const QString &) { m.insert(m.indexOf('\n') + 1, " \"oops\" 1,\n"); })
        << QStringList{"not valid JSON", "line 2"};
    QTest::newRow("invalid JSON: garbage at the end")
        << PlanEdit([](QByteArray &m, const QString &) { m.append("\n}}"); }) << QStringList{"JSON", "line"};
    QTest::newRow("invalid JSON: truncated")
        << PlanEdit([](QByteArray &m, const QString &) { m.truncate(m.size() / 2); }) << QStringList{"JSON", "line"};
    QTest::newRow("invalid JSON: empty file")
        << PlanEdit([](QByteArray &m, const QString &) { m.clear(); }) << QStringList{"JSON"};
    QTest::newRow("top-level array")
        << PlanEdit([](QByteArray &m, const QString &) { m = "[" + m + "]"; }) << QStringList{"JSON object"};
    QTest::newRow("top-level number")
        << PlanEdit([](QByteArray &m, const QString &) { m = "1"; }) << QStringList{"JSON"};

    // --- Header -----------------------------------------------------------------------------------
    QTest::newRow("format 2") << json([](QJsonObject &r) { r.insert(QStringLiteral("format"), 2); })
                              << QStringList{"format", "1"};
    QTest::newRow("format missing") << json([](QJsonObject &r) { r.remove(QStringLiteral("format")); })
                                    << QStringList{"format"};
    QTest::newRow("format as a string") << json([](QJsonObject &r) { r.insert(QStringLiteral("format"), QStringLiteral("1")); })
                                        << QStringList{"format", "whole number"};
    QTest::newRow("format 1.5") << json([](QJsonObject &r) { r.insert(QStringLiteral("format"), 1.5); })
                                << QStringList{"format", "whole number"};
    QTest::newRow("missing id") << json([](QJsonObject &r) { r.remove(QStringLiteral("id")); })
                                << QStringList{"id", "missing"};
    QTest::newRow("id is a number") << json([](QJsonObject &r) { r.insert(QStringLiteral("id"), 7); })
                                    << QStringList{"id", "must be a string"};
    QTest::newRow("blank title") << json([](QJsonObject &r) { r.insert(QStringLiteral("title"), QStringLiteral("  ")); })
                                 << QStringList{"title", "must not be empty"};
    QTest::newRow("missing to_version") << json([](QJsonObject &r) { r.remove(QStringLiteral("to_version")); })
                                        << QStringList{"to_version", "missing"};
    QTest::newRow("tables.before missing") << json([](QJsonObject &r) {
        QJsonObject t = r.value(QLatin1String("tables")).toObject();
        t.remove(QStringLiteral("before"));
        r.insert(QStringLiteral("tables"), t);
    }) << QStringList{"tables", "before"};
    QTest::newRow("tables.after holds a number") << json([](QJsonObject &r) {
        QJsonObject t = r.value(QLatin1String("tables")).toObject();
        t.insert(QStringLiteral("after"), QJsonArray{QStringLiteral("users"), 3});
        r.insert(QStringLiteral("tables"), t);
    }) << QStringList{"tables.after", "list of strings"};
    QTest::newRow("accepted_checksums not a list") << json([](QJsonObject &r) {
        r.insert(QStringLiteral("accepted_checksums"), QStringLiteral("sha256-lf:00"));
    }) << QStringList{"plan.json: accepted_checksums:", "list of checksums"};
    QTest::newRow("accepted_checksums with a short one") << json([](QJsonObject &r) {
        r.insert(QStringLiteral("accepted_checksums"),
                 QJsonArray{QStringLiteral("sha256-lf:") + QString(64, QLatin1Char('a')), QStringLiteral("sha256-lf:abc")});
    }) << QStringList{"plan.json: accepted_checksums[1]:", "sha256-lf:<64 hex digits>"};
    QTest::newRow("accepted_checksums of another algorithm") << json([](QJsonObject &r) {
        r.insert(QStringLiteral("accepted_checksums"), QJsonArray{QStringLiteral("md5:") + QString(64, QLatin1Char('a'))});
    }) << QStringList{"accepted_checksums[0]"};
    QTest::newRow("accepted_checksums holds a number") << json([](QJsonObject &r) {
        r.insert(QStringLiteral("accepted_checksums"), QJsonArray{7});
    }) << QStringList{"accepted_checksums[0]"};
    QTest::newRow("masked_columns not a list") << json([](QJsonObject &r) {
        r.insert(QStringLiteral("masked_columns"), QStringLiteral("access_token"));
    }) << QStringList{"masked_columns", "list"};
    QTest::newRow("detect.source missing") << json([](QJsonObject &r) {
        QJsonObject d = r.value(QLatin1String("detect")).toObject();
        d.remove(QStringLiteral("source"));
        r.insert(QStringLiteral("detect"), d);
    }) << QStringList{"detect.source", "missing"};
    QTest::newRow("detect.source for mysql") << json([](QJsonObject &r) {
        QJsonObject d = r.value(QLatin1String("detect")).toObject();
        d.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("mysql"), QStringLiteral("SELECT 1")}});
        r.insert(QStringLiteral("detect"), d);
    }) << QStringList{"detect.source", "mysql", "unknown driver"};

    // --- Checks -----------------------------------------------------------------------------------
    QTest::newRow("checks not a list") << json([](QJsonObject &r) { r.insert(QStringLiteral("checks"), QJsonObject()); })
                                       << QStringList{"checks", "list"};
    QTest::newRow("severity fatal") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("checks"), 1, [](QJsonObject &c) { c.insert(QStringLiteral("severity"), QStringLiteral("fatal")); });
    }) << QStringList{"checks[1].severity", "fatal", "info, warning or blocker"};
    QTest::newRow("severity missing") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("checks"), 2, [](QJsonObject &c) { c.remove(QStringLiteral("severity")); });
    }) << QStringList{"checks[2].severity", "missing"};
    QTest::newRow("check id used twice") << json([](QJsonObject &r) {
        const QString first = r.value(QLatin1String("checks")).toArray().at(0).toObject().value(QLatin1String("id")).toString();
        editArrayItem(r, QStringLiteral("checks"), 3, [first](QJsonObject &c) { c.insert(QStringLiteral("id"), first); });
    }) << QStringList{"checks[3].id", "used twice"};
    QTest::newRow("unknown builtin") << json([](QJsonObject &r) {
        const qsizetype i = findItem(r, QStringLiteral("checks"), hasBuiltin);
        editArrayItem(r, QStringLiteral("checks"), i, [](QJsonObject &c) { c.insert(QStringLiteral("builtin"), QStringLiteral("moon-phase")); });
    }) << QStringList{"builtin", "moon-phase", "unknown built-in"};
    QTest::newRow("query check without any SQL") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("checks"), 1, [](QJsonObject &c) {
            c.remove(QStringLiteral("sql"));
            c.remove(QStringLiteral("value"));
            c.remove(QStringLiteral("builtin"));
        });
    }) << QStringList{"checks[1]", "needs \"sql\" or \"file\""};
    QTest::newRow("check SQL for mysql") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("checks"), 1, [](QJsonObject &c) {
            c.remove(QStringLiteral("value"));
            c.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("mysql"), QStringLiteral("SELECT 1")}});
        });
    }) << QStringList{"checks[1].sql.mysql", "unknown driver"};
    QTest::newRow("fails_when.above not whole") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("checks"), 1, [](QJsonObject &c) {
            c.insert(QStringLiteral("fails_when"), QJsonObject{{QStringLiteral("above"), 0.5}});
        });
    }) << QStringList{"checks[1].fails_when.above", "whole number"};

    // --- Steps ------------------------------------------------------------------------------------
    QTest::newRow("steps empty") << json([](QJsonObject &r) { r.insert(QStringLiteral("steps"), QJsonArray()); })
                                 << QStringList{"steps", "at least one step"};
    QTest::newRow("steps missing") << json([](QJsonObject &r) { r.remove(QStringLiteral("steps")); })
                                   << QStringList{"steps", "list of steps"};
    QTest::newRow("step is not an object") << json([](QJsonObject &r) {
        QJsonArray steps = r.value(QLatin1String("steps")).toArray();
        steps.insert(0, QStringLiteral("create everything"));
        r.insert(QStringLiteral("steps"), steps);
    }) << QStringList{"steps[0]", "object"};
    QTest::newRow("step without sql or file") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.remove(QStringLiteral("sql"));
        });
    }) << QStringList{"steps[0]", "needs \"sql\" or \"file\""};
    QTest::newRow("step with both sql and file") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("SELECT 1")}});
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("sqlite/01_create_users_new.sql")}});
        });
    }) << QStringList{"steps[0]", "not both"};
    QTest::newRow("step without title") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), 0, [](QJsonObject &s) { s.remove(QStringLiteral("title")); });
    }) << QStringList{"steps[0].title", "missing"};
    QTest::newRow("step id used twice") << json([](QJsonObject &r) {
        const QString first = r.value(QLatin1String("steps")).toArray().at(0).toObject().value(QLatin1String("id")).toString();
        editArrayItem(r, QStringLiteral("steps"), 1, [first](QJsonObject &s) { s.insert(QStringLiteral("id"), first); });
    }) << QStringList{"steps[1].id", "used twice"};
    QTest::newRow("step file does not exist") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), hasFile), [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("sqlite/99_missing.sql")}});
        });
    }) << QStringList{"file.sqlite", "sqlite/99_missing.sql"};
    QTest::newRow("step file is a folder") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), hasFile), [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("sqlite")}});
        });
    }) << QStringList{"file.sqlite", "sqlite"};
    QTest::newRow("step file path with ..") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), hasFile), [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("../outside.sql")}});
        });
    }) << QStringList{"file.sqlite", "../outside.sql", "inside the plan folder"};
    QTest::newRow("step file path with .. that comes back") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), hasFile), [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("sqlite/../sqlite/01_create_users_new.sql")}});
        });
    }) << QStringList{"file.sqlite", "inside the plan folder"};
    QTest::newRow("step file absolute path") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), hasFile), [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("/etc/hostname")}});
        });
    }) << QStringList{"file.sqlite", "/etc/hostname", "inside the plan folder"};
    QTest::newRow("step file for mysql") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), hasFile), [](QJsonObject &s) {
            QJsonObject file = s.value(QLatin1String("file")).toObject();
            file.insert(QStringLiteral("mysql"), QStringLiteral("mysql/01.sql"));
            s.insert(QStringLiteral("file"), file);
        });
    }) << QStringList{"file.mysql", "unknown driver"};
    QTest::newRow("step inline SQL for mysql only") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("mysql"), QStringLiteral("SELECT 1")}});
        });
    }) << QStringList{"steps[0].sql.mysql", "unknown driver"};
    QTest::newRow("step SQL is blank") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("   ")}});
        });
    }) << QStringList{"steps[0].sql.sqlite", "non-empty string"};
    QTest::newRow("step SQL is a plain string") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("sql"), QStringLiteral("SELECT 1"));
        });
    }) << QStringList{"steps[0].sql", "keyed by driver"};
    QTest::newRow("chunked step: inline SQL lacks {{chunk}}") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), isChunked), [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("id"), QStringLiteral("unchunked-step"));
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("DELETE FROM users WHERE 1 = 1")}});
        });
    }) << QStringList{"unchunked-step", "{{chunk}}"};
    QTest::newRow("chunked step: its SQL file lacks {{chunk}}") << PlanEdit([](QByteArray &m, const QString &folder) {
        // Every SQL file loses its placeholder; the loader must notice on the first chunked step.
        QDirIterator it(folder, {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QByteArray sql = readAll(path);
            sql.replace("{{chunk}}", "1 = 1");
            writeAll(path, sql);
        }
        Q_UNUSED(m);
    }) << QStringList{"{{chunk}}", "chunked"};
    QTest::newRow("chunked step: two statements") << json([](QJsonObject &r) {
        // PlanStep: "A chunked step is a single statement holding {{chunk}}"; the runner prepares
        // it as one statement, which SQLite refuses for two. The loader should say so, with the place.
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), isChunked), [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("id"), QStringLiteral("two-statement-chunk"));
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("sqlite"),
                QStringLiteral("UPDATE users SET name = name WHERE {{chunk}};\nUPDATE users SET timezone = timezone WHERE {{chunk}};")}});
        });
    }) << QStringList{"two-statement-chunk"};
    QTest::newRow("chunked step: updates the table it walks") << json([](QJsonObject &r) {
        // Chunks are physical ranges; an UPDATE moves rows (a new ctid on PostgreSQL) into
        // chunks still to come, which would then be processed twice.
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), isChunked), [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("id"), QStringLiteral("self-updating-chunk"));
            s.insert(QStringLiteral("chunk"), QStringLiteral("users"));
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("sqlite"),
                QStringLiteral("UPDATE users SET name = upper(name) WHERE {{chunk}};")}});
        });
    }) << QStringList{"self-updating-chunk", "INSERT", "users"};
    QTest::newRow("chunked step: inserts into the table it walks") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("steps"), findItem(r, QStringLiteral("steps"), isChunked), [](QJsonObject &s) {
            s.remove(QStringLiteral("file"));
            s.insert(QStringLiteral("id"), QStringLiteral("self-inserting-chunk"));
            s.insert(QStringLiteral("chunk"), QStringLiteral("users"));
            s.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("sqlite"),
                QStringLiteral("-- copies\nINSERT INTO \"USERS\" (email) SELECT email FROM users WHERE {{chunk}};")}});
        });
    }) << QStringList{"self-inserting-chunk", "INSERT"};

    // --- Validations and rollback ---------------------------------------------------------------
    QTest::newRow("validation equals_check names an unknown check") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("validations"), findItem(r, QStringLiteral("validations"), hasEqualsCheck), [](QJsonObject &v) {
            v.insert(QStringLiteral("expect"), QJsonObject{{QStringLiteral("equals_check"), QStringLiteral("no-such-check")}});
        });
    }) << QStringList{"validations", "no-such-check"};
    QTest::newRow("validation without expect") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("validations"), 0, [](QJsonObject &v) { v.remove(QStringLiteral("expect")); });
    }) << QStringList{"validations[0].expect", "needs equals, min or equals_check"};
    QTest::newRow("validation equals 1.5") << json([](QJsonObject &r) {
        editArrayItem(r, QStringLiteral("validations"), 0, [](QJsonObject &v) {
            v.insert(QStringLiteral("expect"), QJsonObject{{QStringLiteral("equals"), 1.5}});
        });
    }) << QStringList{"validations[0].expect.equals", "whole number"};
    QTest::newRow("validations not a list") << json([](QJsonObject &r) { r.insert(QStringLiteral("validations"), 3); })
                                            << QStringList{"validations", "list"};
    QTest::newRow("rollback missing") << json([](QJsonObject &r) { r.remove(QStringLiteral("rollback")); })
                                      << QStringList{"rollback.steps"};
    QTest::newRow("rollback step file does not exist") << json([](QJsonObject &r) {
        QJsonObject rollback = r.value(QLatin1String("rollback")).toObject();
        editArrayItem(rollback, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("sqlite/rollback_99.sql")}});
        });
        r.insert(QStringLiteral("rollback"), rollback);
    }) << QStringList{"rollback.steps[0].file.sqlite", "rollback_99.sql"};
    QTest::newRow("rollback validation equals_check names an unknown check") << json([](QJsonObject &r) {
        QJsonObject rollback = r.value(QLatin1String("rollback")).toObject();
        editArrayItem(rollback, QStringLiteral("validations"), 0, [](QJsonObject &v) {
            v.insert(QStringLiteral("expect"), QJsonObject{{QStringLiteral("equals_check"), QStringLiteral("ghost-check")}});
        });
        r.insert(QStringLiteral("rollback"), rollback);
    }) << QStringList{"ghost-check"};
    // --- finalize ---------------------------------------------------------------------------------
    QTest::newRow("finalize not an object") << json([](QJsonObject &r) { r.insert(QStringLiteral("finalize"), 14); })
                                            << QStringList{"finalize", "object"};
    QTest::newRow("finalize keep_days negative") << json([](QJsonObject &r) {
        QJsonObject finalize = r.value(QLatin1String("finalize")).toObject();
        finalize.insert(QStringLiteral("keep_days"), -1);
        r.insert(QStringLiteral("finalize"), finalize);
    }) << QStringList{"finalize.keep_days", "whole number"};
    QTest::newRow("finalize keep_days missing") << json([](QJsonObject &r) {
        QJsonObject finalize = r.value(QLatin1String("finalize")).toObject();
        finalize.remove(QStringLiteral("keep_days"));
        r.insert(QStringLiteral("finalize"), finalize);
    }) << QStringList{"finalize.keep_days"};
    QTest::newRow("finalize without steps") << json([](QJsonObject &r) {
        QJsonObject finalize = r.value(QLatin1String("finalize")).toObject();
        finalize.insert(QStringLiteral("steps"), QJsonArray());
        r.insert(QStringLiteral("finalize"), finalize);
    }) << QStringList{"finalize.steps", "at least one step"};
    QTest::newRow("finalize step chunked") << json([](QJsonObject &r) {
        QJsonObject finalize = r.value(QLatin1String("finalize")).toObject();
        editArrayItem(finalize, QStringLiteral("steps"), 0,
                      [](QJsonObject &s) { s.insert(QStringLiteral("chunk"), QStringLiteral("users_old")); });
        r.insert(QStringLiteral("finalize"), finalize);
    }) << QStringList{"finalize.steps", "no chunk"};
    QTest::newRow("finalize step file does not exist") << json([](QJsonObject &r) {
        QJsonObject finalize = r.value(QLatin1String("finalize")).toObject();
        editArrayItem(finalize, QStringLiteral("steps"), 0, [](QJsonObject &s) {
            s.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("sqlite/finalize_99.sql")}});
        });
        r.insert(QStringLiteral("finalize"), finalize);
    }) << QStringList{"finalize.steps[0].file.sqlite", "finalize_99.sql"};
}

void TestPlanLoader::malformed()
{
    QFETCH(PlanEdit, edit);
    QFETCH(QStringList, words);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    const QString manifestPath = folder + QStringLiteral("/plan.json");
    QByteArray manifest = readAll(manifestPath);
    QVERIFY(!manifest.isEmpty());
    edit(manifest, folder);
    QVERIFY(writeAll(manifestPath, manifest));

    ErrorInfo error;
    const auto plan = PlanLoader::load(folder, &error);
    QVERIFY2(!plan, "a broken plan must not load");
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(QLatin1String("plan.json")), qPrintable(error.message));
    for (const QString &word : std::as_const(words))
        QVERIFY2(error.message.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(word, error.message)));

    // Without an ErrorInfo it fails the same way, quietly.
    QVERIFY(!PlanLoader::load(folder, nullptr));
}

void TestPlanLoader::missingFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.path() + QStringLiteral("/no-such-plan");
    ErrorInfo error;
    QVERIFY(!PlanLoader::load(missing, &error));
    QVERIFY2(error.message.contains(missing), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("user-integrations")), qPrintable(error.message)); // lists built-ins

    ErrorInfo direct;
    QVERIFY(!PlanLoader::loadFolder(missing, missing, &direct));
    QVERIFY2(direct.message.contains(QLatin1String("plan.json")), qPrintable(direct.message));
    QVERIFY2(direct.message.contains(missing), qPrintable(direct.message));
}

void TestPlanLoader::folderWithoutManifest()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(QFile::remove(folder + QStringLiteral("/plan.json")));
    ErrorInfo error;
    QVERIFY(!PlanLoader::load(folder, &error));
    QVERIFY2(error.message.contains(QLatin1String("plan.json")), qPrintable(error.message));
    QVERIFY2(error.message.contains(folder), qPrintable(error.message));

    // A plan.json that is a folder is no better.
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/plan.json")));
    ErrorInfo again;
    QVERIFY(!PlanLoader::load(folder, &again));
    QVERIFY2(again.message.contains(QLatin1String("plan.json")), qPrintable(again.message));
}

void TestPlanLoader::unknownPlanName()
{
    ErrorInfo error;
    QVERIFY(!PlanLoader::load(QStringLiteral("no-such-plan-anywhere"), &error));
    QVERIFY2(error.message.contains(QLatin1String("no-such-plan-anywhere")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("user-integrations")), qPrintable(error.message));
}

void TestPlanLoader::emptyNameMeansDefaultPlan()
{
    ErrorInfo error;
    const auto plan = PlanLoader::load(QString(), &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->id, PlanLoader::defaultPlanId());
    QCOMPARE(plan->checksum, m_builtin->checksum);
}

void TestPlanLoader::randomMutationsNeverCrash()
{
    QTemporaryDir dir;
    const QString folder = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!folder.isEmpty());
    const QString manifestPath = folder + QStringLiteral("/plan.json");
    const QByteArray original = readAll(manifestPath);
    QVERIFY(!original.isEmpty());

    QRandomGenerator random(20240611);
    int loaded = 0;
    int refused = 0;
    for (int round = 0; round < 210; ++round) {
        QByteArray m = original;
        const int kind = round % 3;
        const qsizetype at = qsizetype(random.bounded(quint64(m.size())));
        if (kind == 0) {
            m.remove(at, 1);
        } else if (kind == 1) {
            const qsizetype other = qsizetype(random.bounded(quint64(m.size())));
            std::swap(m[at], m[other]);
        } else {
            m.truncate(at);
        }
        QVERIFY(writeAll(manifestPath, m));
        ErrorInfo error;
        const auto plan = PlanLoader::load(folder, &error);
        if (plan) {
            ++loaded;
            QVERIFY(isChecksum(plan->checksum));
            QVERIFY(!plan->steps.isEmpty());
        } else {
            ++refused;
            QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(QStringLiteral("round %1").arg(round)));
            QVERIFY2(error.message.contains(QLatin1String("plan.json")),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.message)));
        }
    }
    qInfo("random mutations: %d loaded, %d refused", loaded, refused);
    QCOMPARE(loaded + refused, 210);
}

QTEST_GUILESS_MAIN(TestPlanLoader)
#include "tst_planloader.moc"
