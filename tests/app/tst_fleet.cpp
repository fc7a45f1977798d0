// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fleets (../shared/spec/cli.md, "Fleets"), run by the REAL binary: 30 SQLite files named by
// one glob, each of them exactly a single run. 22 at v1 are migrated, 4 already at v2 have
// nothing to do, one with duplicate e-mails is blocked, one whose lock another running
// assistant holds is locked, one truncated and one read-only cannot be opened: each target's
// result and exit code, the bad ones byte for byte unchanged, the fleet's exit code the most
// severe by the spec's order (2). The rerun does only what was left. Stages: a canary stage
// with on_error stop keeps the rest from running.
#include "PausedRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>

namespace {

using Result = TestSupport::ProcessResult;

constexpr int kUsers = 200;
const QString kHistory = QStringLiteral("migration_assistant_history");

// chattr +i: read-only for root too (tests run as root here); undone on destruction.
class Immutable
{
public:
    explicit Immutable(const QString &path) : m_path(path)
    {
        m_ok = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~Immutable()
    {
        if (m_ok)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
    }
    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_ok = false;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// target URL → its entry of the --json document
std::map<QString, QJsonObject> byTarget(const QJsonObject &doc)
{
    std::map<QString, QJsonObject> out;
    for (const QJsonValue &v : doc.value(QLatin1String("targets")).toArray())
        out[v.toObject().value(QLatin1String("target")).toString()] = v.toObject();
    return out;
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_v1;
    QString m_v2;

    Result fleet(const QString &manifest, const QString &action, const QStringList &extra = {})
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--fleet"), manifest,
                                                  QStringLiteral("--") + action}
                                          + extra,
                                      300000, m_env);
    }

private Q_SLOTS:
    void initTestCase();
    void thirtyDatabases();
    void canaryStageStops();
    void lockedThenDoneByTheHolder();
    void badManifests();
};

void TestFleet::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
    m_v1 = TestSupport::demoDatabase(m_tmp.path(), kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_v2 = m_tmp.filePath(QStringLiteral("v2.db"));
    QVERIFY(QFile::copy(m_v1, m_v2));
    EXPECT_EXIT(TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--plan"),
                                        QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                        QStringLiteral("sqlite:") + m_v2, QStringLiteral("--apply"), QStringLiteral("--yes")},
                                       60000, m_env),
                0);
}

void TestFleet::thirtyDatabases()
{
    QTemporaryDir dir;
    const auto path = [&](const QString &name) { return dir.filePath(name + QStringLiteral(".db")); };
    QStringList fresh;
    for (int i = 0; i < 22; ++i) {
        fresh << path(QStringLiteral("v1-%1").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(QFile::copy(m_v1, fresh.last()));
    }
    QStringList done;
    for (int i = 0; i < 4; ++i) {
        done << path(QStringLiteral("v2-%1").arg(i));
        QVERIFY(QFile::copy(m_v2, done.last()));
    }
    const QString duplicate = path(QStringLiteral("duplicate-emails"));
    QVERIFY(QFile::copy(m_v1, duplicate));
    QString error;
    QVERIFY2(TestSupport::execSql(duplicate,
                                  QStringLiteral("INSERT INTO users (id, email, created_at) SELECT 'dup-upper-case', "
                                                 "upper(email), created_at FROM users WHERE email NOT GLOB '*[^ -~]*' "
                                                 "AND email = lower(email) AND email <> upper(email) ORDER BY rowid LIMIT 1;"),
                                  &error),
             qPrintable(error));
    const QString held = path(QStringLiteral("held"));
    QVERIFY(QFile::copy(m_v1, held));
    const QString truncated = path(QStringLiteral("truncated"));
    QVERIFY(QFile::copy(m_v1, truncated));
    QVERIFY(QFile(truncated).resize(QFileInfo(truncated).size() / 2));
    const QString readOnly = path(QStringLiteral("read-only"));
    QVERIFY(QFile::copy(m_v1, readOnly));
    const QStringList bad{duplicate, held, truncated, readOnly};
    std::map<QString, QByteArray> sha;
    for (const QString &db : bad)
        sha[db] = TestSupport::fileSha256(db);
    Immutable immutable(readOnly);
    if (!immutable.ok())
        QSKIP("chattr +i does not work here: no read-only file for root");
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.db")}, QDir::Files).size(), 30);

    // Another assistant holds held.db's lock (paused with it taken) for the whole fleet run.
    PausedRun holder;
    QString why;
    QVERIFY2(holder.start({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"),
                           QStringLiteral("--db"), QStringLiteral("sqlite:") + held, QStringLiteral("--apply"),
                           QStringLiteral("--yes")},
                          QStringLiteral("lock:120000"), &why, m_env),
             qPrintable(why));

    const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
    QVERIFY(writeFile(manifest, QJsonDocument(QJsonObject{
                                                  {QStringLiteral("targets"),
                                                   QJsonArray{QStringLiteral("sqlite:") + dir.path() + QStringLiteral("/*.db")}},
                                                  {QStringLiteral("defaults"),
                                                   QJsonObject{{QStringLiteral("plan"), QStringLiteral("user-integrations")},
                                                               {QStringLiteral("parallel"), 3}}}})
                                    .toJson()));
    const Result r = fleet(manifest, QStringLiteral("apply"), {QStringLiteral("--yes"), QStringLiteral("--json"),
                                                               QStringLiteral("--progress")});
    EXPECT_EXIT(r, 2); // truncated and read-only: 2 comes before 3 (blocked) and 4 (locked)
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("action")).toString(), QStringLiteral("apply"));
    QCOMPARE(doc.value(QLatin1String("exit_code")).toInt(), 2);
    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    const QString shown = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    QVERIFY2(summary.value(QLatin1String("ok")).toInt() == 22, qPrintable(shown));
    QVERIFY2(summary.value(QLatin1String("nothing-to-do")).toInt() == 4, qPrintable(shown));
    QVERIFY2(summary.value(QLatin1String("blocked")).toInt() == 1, qPrintable(shown));
    QVERIFY2(summary.value(QLatin1String("failed")).toInt() == 2, qPrintable(shown));
    QVERIFY2(summary.value(QLatin1String("locked")).toInt() == 1, qPrintable(shown));
    QVERIFY2(summary.value(QLatin1String("skipped")).toInt() == 0, qPrintable(shown));

    auto targets = byTarget(doc);
    QCOMPARE(int(targets.size()), 30);
    const auto expect = [&](const QString &db, const char *result, int exitCode) {
        const QJsonObject t = targets[QStringLiteral("sqlite:") + db];
        const QString text = QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact));
        return t.value(QLatin1String("result")).toString() == QLatin1String(result)
                       && t.value(QLatin1String("exit_code")).toInt(-1) == exitCode
                   ? QString()
                   : db + QStringLiteral(": ") + text;
    };
    for (const QString &db : fresh) {
        QString problem = expect(db, "ok", 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!targets[QStringLiteral("sqlite:") + db].value(QLatin1String("backup")).toString().isEmpty());
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(kHistory)).toInt(), 1);
    }
    for (const QString &db : done) {
        const QString problem = expect(db, "nothing-to-do", 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (const auto &[db, result, code] : {std::tuple{duplicate, "blocked", 3}, {held, "locked", 4},
                                           {truncated, "failed", 2}, {readOnly, "failed", 2}}) {
        const QString problem = expect(db, result, code);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(TestSupport::fileSha256(db) == sha[db], qPrintable(db + QStringLiteral(" changed")));
    }
    // The locked one names its holder.
    QVERIFY2(targets[QStringLiteral("sqlite:") + held].value(QLatin1String("message")).toString().contains(
                 QString::number(holder.pid())),
             qPrintable(TestSupport::describe(r)));
    // Every progress event names its target; one "finished" per target.
    int finished = 0;
    for (const QByteArray &line : r.err.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        QVERIFY2(e.contains(QLatin1String("target")), line.constData());
        finished += e.value(QLatin1String("event")).toString() == QLatin1String("finished") ? 1 : 0;
    }
    QCOMPARE(finished, 30);

    // The holder goes away without having changed a thing; the rerun does only what was left.
    holder.signal(SIGKILL);
    holder.finish(10000);
    QVERIFY(TestSupport::fileSha256(held) == sha[held]);
    const QString report = dir.filePath(QStringLiteral("report.html"));
    const Result again = fleet(manifest, QStringLiteral("apply"),
                               {QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--report"), report});
    EXPECT_EXIT(again, 2);
    PARSE_JSON(second, again);
    targets = byTarget(second);
    const QJsonObject s2 = second.value(QLatin1String("summary")).toObject();
    QVERIFY2(s2.value(QLatin1String("ok")).toInt() == 1 && s2.value(QLatin1String("nothing-to-do")).toInt() == 26
                 && s2.value(QLatin1String("blocked")).toInt() == 1 && s2.value(QLatin1String("failed")).toInt() == 2,
             qPrintable(TestSupport::describe(again)));
    QString problem = expect(held, "ok", 0);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QString &db : fresh)
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(kHistory)).toInt(), 1);
    for (const QString &db : {duplicate, truncated, readOnly})
        QVERIFY2(TestSupport::fileSha256(db) == sha[db], qPrintable(db + QStringLiteral(" changed")));
    QFile html(report);
    QVERIFY2(html.open(QIODevice::ReadOnly), "no report");
    const QString page = QString::fromUtf8(html.readAll());
    for (const QString &db : fresh + done + bad)
        QVERIFY2(page.contains(db.toHtmlEscaped()), qPrintable(db));

    // Text mode: the summary table names every target and ends with the summary.
    const Result text = fleet(manifest, QStringLiteral("status"));
    EXPECT_EXIT(text, 2);
    QVERIFY2(text.out.contains("TARGET") && text.out.contains("30 target"), qPrintable(TestSupport::describe(text)));
}

// A canary stage first: its failure (on_error stop) leaves the rest skipped, nothing changed.
void TestFleet::canaryStageStops()
{
    QTemporaryDir dir;
    const QString canary = dir.filePath(QStringLiteral("canary.db"));
    QVERIFY(QFile::copy(m_v1, canary));
    QVERIFY(TestSupport::execSql(canary, QStringLiteral("INSERT INTO users (id, email, created_at) SELECT 'dup', "
                                                        "upper(email), created_at FROM users WHERE email = lower(email) "
                                                        "AND email <> upper(email) AND email NOT GLOB '*[^ -~]*' "
                                                        "ORDER BY rowid LIMIT 1;")));
    QDir().mkpath(dir.filePath(QStringLiteral("rest")));
    QStringList rest;
    for (int i = 0; i < 3; ++i) {
        rest << dir.filePath(QStringLiteral("rest/r%1.db").arg(i));
        QVERIFY(QFile::copy(m_v1, rest.last()));
    }
    const QByteArray restSha = TestSupport::fileSha256(rest.first());
    const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
    QVERIFY(writeFile(manifest, QStringLiteral("{\n"
                                               "\"targets\": [ { \"url\": \"sqlite:%1\", \"label\": \"canary\" },\n"
                                               "{ \"url\": \"sqlite:%2/rest/*.db\", \"label\": \"customers\" } ],\n"
                                               "\"stages\": [ { \"name\": \"canary\", \"labels\": [\"canary\"], \"on_error\": \"stop\" },\n"
                                               "{ \"name\": \"everyone\", \"parallel\": 2, \"on_error\": \"continue\", \"max_failures\": 2 } ],\n"
                                               "\"defaults\": { \"plan\": \"user-integrations\",\n"
                                               "\"accept_risk\": [\"incomplete-oauth-gmail\", \"incomplete-oauth-google_calendar\"] }\n"
                                               "}").arg(canary, dir.path()).toUtf8()));
    const Result r = fleet(manifest, QStringLiteral("apply"), {QStringLiteral("--json")});
    EXPECT_EXIT(r, 3);
    PARSE_JSON(doc, r);
    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    QVERIFY2(summary.value(QLatin1String("blocked")).toInt() == 1 && summary.value(QLatin1String("skipped")).toInt() == 3,
             qPrintable(TestSupport::describe(r)));
    QCOMPARE(byTarget(doc)[QStringLiteral("sqlite:") + canary].value(QLatin1String("stage")).toString(),
             QStringLiteral("canary"));
    for (const QString &db : rest)
        QCOMPARE(TestSupport::fileSha256(db), restSha);

    // Without the canary's blocker, the rest run after it; the manifest's accept_risk is what
    // lets them past the warnings (no --yes), and each target's history says so.
    QVERIFY(TestSupport::execSql(canary, QStringLiteral("DELETE FROM users WHERE id = 'dup';")));
    const Result fixed = fleet(manifest, QStringLiteral("apply"), {QStringLiteral("--json")});
    EXPECT_EXIT(fixed, 0);
    PARSE_JSON(after, fixed);
    QCOMPARE(after.value(QLatin1String("summary")).toObject().value(QLatin1String("ok")).toInt(), 4);
    for (const auto &[url, t] : byTarget(after))
        QVERIFY2(t.value(QLatin1String("accepted_risks")).toArray().contains(QStringLiteral("incomplete-oauth-gmail")),
                 qPrintable(url));
    QVERIFY(TestSupport::scalar(rest.first(), QStringLiteral("SELECT accepted_risks FROM %1").arg(kHistory))
                .toString()
                .contains(QLatin1String("incomplete-oauth-gmail")));
}

// The holder of a target's lock finishes its own apply while the fleet does the others: the
// fleet's retry at the end of the stage (waiting, --wait-lock) finds it done, nothing-to-do.
void TestFleet::lockedThenDoneByTheHolder()
{
    QTemporaryDir dir;
    const QString held = dir.filePath(QStringLiteral("a-held.db"));
    QVERIFY(QFile::copy(m_v1, held));
    for (const char *name : {"b.db", "c.db"})
        QVERIFY(QFile::copy(m_v1, dir.filePath(QString::fromLatin1(name))));
    PausedRun holder;
    QString why;
    QVERIFY2(holder.start({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"),
                           QStringLiteral("--db"), QStringLiteral("sqlite:") + held, QStringLiteral("--apply"),
                           QStringLiteral("--yes")},
                          QStringLiteral("lock:2500"), &why, m_env),
             qPrintable(why));
    const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
    QVERIFY(writeFile(manifest, QJsonDocument(QJsonObject{{QStringLiteral("targets"),
                                                           QJsonArray{QStringLiteral("sqlite:") + dir.path()
                                                                      + QStringLiteral("/*.db")}}})
                                    .toJson()));
    const Result r = fleet(manifest, QStringLiteral("apply"),
                           {QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--yes"),
                            QStringLiteral("--json"), QStringLiteral("--progress"), QStringLiteral("--wait-lock"),
                            QStringLiteral("60")});
    EXPECT_EXIT(r, 0);
    EXPECT_EXIT(holder.finish(30000), 0);
    PARSE_JSON(doc, r);
    const auto targets = byTarget(doc);
    QCOMPARE(targets.at(QStringLiteral("sqlite:") + held).value(QLatin1String("result")).toString(),
             QStringLiteral("nothing-to-do"));
    QCOMPARE(doc.value(QLatin1String("summary")).toObject().value(QLatin1String("ok")).toInt(), 2);
    QVERIFY2(r.err.contains("\"event\":\"locked\""), qPrintable(TestSupport::describe(r)));
    QCOMPARE(TestSupport::scalar(held, QStringLiteral("SELECT count(*) FROM %1").arg(kHistory)).toInt(), 1);
}

void TestFleet::badManifests()
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
    for (const QByteArray &text : {QByteArray("not json"), QByteArray("{\"targets\": \"sqlite:/x.db\"}"),
                                   QByteArray("{\"targets\": [], \"colour\": 1}"),
                                   QByteArray("{\"targets\": [\"postgresql://u:secret@h/db\"]}"),
                                   QByteArray("{\"targets\": [\"sqlite:/x/*.db\"], \"stages\": [{\"name\": \"a\", \"on_error\": \"maybe\"}]}")}) {
        QVERIFY(writeFile(manifest, text));
        const Result r = fleet(manifest, QStringLiteral("check"));
        EXPECT_EXIT(r, 1);
        QVERIFY2(!r.err.contains("secret") && !r.out.contains("secret"), qPrintable(TestSupport::describe(r)));
    }
    QVERIFY(writeFile(manifest, "{\"targets\": [\"sqlite:/nowhere/*.db\"]}"));
    EXPECT_EXIT(fleet(manifest, QStringLiteral("check"), {QStringLiteral("--db"), QStringLiteral("sqlite:/x.db")}), 1);
    EXPECT_EXIT(fleet(manifest, QStringLiteral("baseline"), {QStringLiteral("v1")}), 1);
    EXPECT_EXIT(TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--parallel"), QStringLiteral("2"),
                                        QStringLiteral("--db"), QStringLiteral("sqlite:/x.db"), QStringLiteral("--check")},
                                       30000, m_env),
                1);
    // A glob that matches nothing is no failure: nothing to do, and a note says so.
    const Result empty = fleet(manifest, QStringLiteral("check"), {QStringLiteral("--json")});
    EXPECT_EXIT(empty, 0);
    QVERIFY2(empty.out.contains("matches no database"), qPrintable(TestSupport::describe(empty)));

    // A schema pattern whose catalogue cannot be read is a failure of the fleet even when every
    // stage takes its targets by label (no stage takes it, none reported it before).
    QVERIFY(writeFile(manifest, "{\"targets\": [{\"url\": \"postgresql://app@127.0.0.1:1/customers?schema=tenant_*"
                                "&connect_timeout=2\", \"label\": \"eu\"}],"
                                " \"stages\": [{\"name\": \"eu\", \"labels\": [\"eu\"]}]}"));
    const Result unread = fleet(manifest, QStringLiteral("check"), {QStringLiteral("--json")});
    EXPECT_EXIT(unread, 2);
    const QJsonObject doc = QJsonDocument::fromJson(unread.out).object();
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("failed")).toInt(), 1);
    QVERIFY2(doc.value(QStringLiteral("targets")).toArray().first().toObject().value(QStringLiteral("message")).toString()
                 .contains(QStringLiteral("Cannot connect")),
             qPrintable(TestSupport::describe(unread)));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
