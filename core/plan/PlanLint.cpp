// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanLint.h"

#include "plan/JsonSchemaCheck.h"
#include "plan/PlanJsonLines.h"
#include "plan/PlanLoader.h"
#include "plan/ScriptLint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QString kManifest = QStringLiteral("plan.json");
const QStringList kDrivers{QStringLiteral("sqlite"), QStringLiteral("postgresql")};

// The loader's one fault, at its line: "…/plan.json: steps[2].file.sqlite: no readable file …".
LintFinding loaderFinding(const QString &folder, const QString &message, const QByteArray &manifest)
{
    static const QRegularExpression jsonPlace(QStringLiteral("line (\\d+), column \\d+"));
    if (const auto m = jsonPlace.match(message); m.hasMatch())
        return {kManifest, m.captured(1).toInt(), message};
    const QString prefix = folder + QStringLiteral("/plan.json: ");
    const qsizetype at = message.indexOf(prefix);
    if (at < 0)
        return {kManifest, 1, message};
    const QString rest = message.mid(at + prefix.size());
    const qsizetype colon = rest.indexOf(QLatin1String(": "));
    const QString where = colon < 0 ? QString() : rest.left(colon);
    return {kManifest, PlanJsonLines(manifest).line(where), colon < 0 ? rest : where + QStringLiteral(": ") + rest.mid(colon + 2)};
}

class SqlWalker
{
public:
    SqlWalker(const QString &folder, const QByteArray &manifest, qint64 minimumPostgresql,
              const QHash<QString, QString> &variables)
        : m_folder(folder), m_lines(manifest), m_minimumPostgresql(minimumPostgresql), m_variables(variables) {}

    QList<LintFinding> findings;

    // {"sqlite": "…", "postgresql": "…"} at `path`: SQL inline in plan.json, or file names.
    void driverMap(const QJsonValue &value, const QString &path, bool files,
                   ScriptTransactionControl::Use use = ScriptTransactionControl::Use::Step)
    {
        const QJsonObject perDriver = value.toObject();
        for (auto it = perDriver.begin(); it != perDriver.end(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (!files) {
                for (LintFinding f : ScriptLint::check(it.value().toString(), it.key(), m_minimumPostgresql, use, m_variables))
                    findings << LintFinding{kManifest, m_lines.line(at), f.message};
                continue;
            }
            const QString relative = it.value().toString();
            QFile file(m_folder + QLatin1Char('/') + relative);
            if (!file.open(QIODevice::ReadOnly))
                continue; // the loader has said so already
            for (LintFinding f : ScriptLint::check(QString::fromUtf8(file.readAll()), it.key(), m_minimumPostgresql,
                                                       use, m_variables)) {
                f.file = QDir::cleanPath(relative);
                findings << f;
            }
        }
    }

    // An object with "sql" or "file" (steps, checks, validations), and optionally "samples".
    void item(const QJsonObject &o, const QString &path)
    {
        // As the runner reads it: a verify script, or a step outside the transaction.
        const auto use = o.value(QLatin1String("expect")) == QJsonValue(QStringLiteral("succeeds"))
            ? ScriptTransactionControl::Use::Verify
            : o.value(QLatin1String("outside_transaction")).toBool() ? ScriptTransactionControl::Use::StepOutsideTransaction
                                                                     : ScriptTransactionControl::Use::Step;
        if (o.contains(QLatin1String("sql")))
            driverMap(o.value(QLatin1String("sql")), path + QStringLiteral(".sql"), false, use);
        if (o.contains(QLatin1String("file")))
            driverMap(o.value(QLatin1String("file")), path + QStringLiteral(".file"), true, use);
        if (o.contains(QLatin1String("samples")))
            driverMap(o.value(QLatin1String("samples")), path + QStringLiteral(".samples"), false);
    }

    void list(const QJsonValue &value, const QString &path)
    {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            item(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i));
    }

    int line(const QString &path) const { return m_lines.line(path); }

private:
    QString m_folder;
    PlanJsonLines m_lines;
    qint64 m_minimumPostgresql = 0;
    QHash<QString, QString> m_variables;
};

} // namespace

QList<LintFinding> PlanLint::lint(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return {LintFinding{QString(), 1, tr("there is no folder %1").arg(folder)}};
    if (QFileInfo::exists(folder + QStringLiteral("/plan.json")))
        return lintPlan(folder);
    QList<LintFinding> out;
    const QStringList subfolders = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    bool anyPlan = false;
    for (const QString &sub : subfolders) {
        if (!QFileInfo::exists(folder + QLatin1Char('/') + sub + QStringLiteral("/plan.json")))
            continue;
        anyPlan = true;
        for (LintFinding f : lintPlan(folder + QLatin1Char('/') + sub)) {
            f.file = sub + QLatin1Char('/') + f.file;
            out << f;
        }
    }
    if (!anyPlan)
        out << LintFinding{kManifest, 1,
                           tr("no plan.json here, nor in a subfolder: --lint checks the assistant's plan folders "
                              "(plan.json and its SQL, docs/plans.md); other migration projects are not linted")};
    return out;
}

QList<LintFinding> PlanLint::lintPlan(const QString &folder)
{
    QFile file(folder + QStringLiteral("/plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {LintFinding{kManifest, 1, tr("cannot read plan.json: %1").arg(file.errorString())}};
    const QByteArray manifest = file.readAll();
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QJsonObject root = QJsonDocument::fromJson(manifest).object();
    // What the loader would ignore without a word (a misspelt key) is a fault here: the schema.
    QList<LintFinding> schemaFindings;
    const PlanJsonLines lines(manifest);
    if (!root.isEmpty())
        for (const QString &fault : JsonSchemaCheck(JsonSchemaCheck::planSchema()).validate(root))
            schemaFindings << LintFinding{kManifest, lines.line(fault.section(QStringLiteral(": "), 0, 0)),
                                          tr("%1 (plan.schema.json)").arg(fault)};
    ErrorInfo error;
    const auto plan = PlanLoader::parseManifest(manifest, absolute, absolute, &error);
    if (!plan)
        return QList<LintFinding>{loaderFinding(absolute, error.message, manifest)} + schemaFindings;

    SqlWalker walker(absolute, manifest, plan->minimumServerVersion.value(QStringLiteral("postgresql"), 0),
                     plan->variables);
    walker.list(root.value(QLatin1String("steps")), QStringLiteral("steps"));
    const QJsonObject rollback = root.value(QLatin1String("rollback")).toObject();
    walker.list(rollback.value(QLatin1String("steps")), QStringLiteral("rollback.steps"));
    walker.list(root.value(QLatin1String("finalize")).toObject().value(QLatin1String("steps")),
                QStringLiteral("finalize.steps"));
    walker.list(root.value(QLatin1String("checks")), QStringLiteral("checks"));
    walker.list(root.value(QLatin1String("validations")), QStringLiteral("validations"));
    walker.list(rollback.value(QLatin1String("validations")), QStringLiteral("rollback.validations"));
    const QJsonObject queries = root.value(QLatin1String("queries")).toObject();
    for (auto it = queries.begin(); it != queries.end(); ++it)
        walker.driverMap(it.value(), QStringLiteral("queries.") + it.key(), false);
    const QJsonObject detect = root.value(QLatin1String("detect")).toObject();
    walker.driverMap(detect.value(QLatin1String("source")), QStringLiteral("detect.source"), false);
    walker.driverMap(detect.value(QLatin1String("target")), QStringLiteral("detect.target"), false);

    QList<LintFinding> out = schemaFindings + walker.findings;
    auto add = [&](const QString &path, const QString &message) { out << LintFinding{kManifest, walker.line(path), message}; };
    if (plan->rollbackSteps.isEmpty())
        add(QStringLiteral("rollback"),
            tr("no rollback steps: --rollback could not undo this plan; add \"rollback\": {\"steps\": […]} that "
               "restores the tables of \"tables.before\""));
    if (plan->validations.isEmpty())
        add(QStringLiteral("steps"), tr("no validations: nothing confirms the migration before its commit; add "
                                        "\"validations\""));
    if (!plan->rollbackSteps.isEmpty() && plan->rollbackValidations.isEmpty())
        add(QStringLiteral("rollback"), tr("no rollback validations: nothing confirms the rollback before its commit; "
                                           "add \"rollback\": {\"validations\": […]}"));

    // Which drivers the plan speaks: any SQL of a step names them.
    QSet<QString> drivers;
    for (const QList<PlanStep> *steps : {&plan->steps, &plan->rollbackSteps, &plan->finalize.steps})
        for (const PlanStep &s : *steps)
            for (auto it = s.sql.byDriver.begin(); it != s.sql.byDriver.end(); ++it)
                drivers.insert(it.key());
    for (const QString &driver : kDrivers) {
        if (!drivers.contains(driver))
            continue;
        if (!plan->detectSource.has(driver) || !plan->detectTarget.has(driver))
            add(QStringLiteral("detect"),
                tr("the plan has %1 SQL but no %1 detect query for \"source\" and \"target\": the assistant cannot "
                   "tell which version a %1 database is at").arg(driver));
        const QList<QPair<QString, const QList<PlanStep> *>> lists{{QStringLiteral("steps"), &plan->steps},
                                                                   {QStringLiteral("rollback.steps"), &plan->rollbackSteps},
                                                                   {QStringLiteral("finalize.steps"), &plan->finalize.steps}};
        for (const auto &[where, steps] : lists)
            for (qsizetype i = 0; i < steps->size(); ++i)
                if (!steps->at(i).isBatched() && !steps->at(i).sql.has(driver))
                    add(QStringLiteral("%1[%2]").arg(where).arg(i),
                        tr("the step \"%1\" has no %2 SQL, but other steps do").arg(steps->at(i).id, driver));
    }
    for (const PlanStep &s : std::as_const(plan->steps) + plan->rollbackSteps)
        if (s.isBatched() && !plan->needsKey)
            add(QStringLiteral("needs_key"),
                tr("the batched step \"%1\" encrypts or decrypts: the plan needs \"needs_key\": true (--key-file)").arg(s.id));
    std::stable_sort(out.begin(), out.end(), [](const LintFinding &a, const LintFinding &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return out;
}
