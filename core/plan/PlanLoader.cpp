// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanLoader.h"

#include "plan/ManifestReader.h"
#include "plan/PlanChecksum.h"
#include "plan/PlanFinalizeReader.h"
#include "plan/StatementSplitter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <cmath>

namespace {

const QStringList kDrivers{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
const QStringList kBuiltins{QStringLiteral("schema-version"), QStringLiteral("unaccounted-table"),
                            QStringLiteral("free-space"), QStringLiteral("active-connections"),
                            QStringLiteral("server-version"), QStringLiteral("non-null-count"),
                            QStringLiteral("key-fingerprint")};

QString lineAndColumn(const QByteArray &bytes, int offset)
{
    const QByteArray before = bytes.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// True when `sql` is an INSERT whose target is not `walked` (leading comments allowed).
bool insertsElsewhere(const QString &sql, const QString &walked)
{
    static const QRegularExpression insert(
        QStringLiteral("^(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*INSERT\\s+INTO\\s+(?:\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = insert.match(sql);
    if (!m.hasMatch())
        return false;
    const QString target = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1).replace(QLatin1String("\"\""), QLatin1String("\""));
    return target.compare(walked, Qt::CaseInsensitive) != 0;
}

// The texts of a plan that people read (titles, description, check messages and explanations)
// in their language, when the installed translation has them: translations/PlanStrings.cmake
// collects them from the built-in plans into the context "Plan". A text the translation does
// not know (another plan, or one edited since) stays as written. Ids, SQL and versions never change.
QString planText(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("Plan", text.toUtf8().constData());
}

void translateTexts(Plan &plan)
{
    plan.title = planText(plan.title);
    plan.description = planText(plan.description);
    for (PlanCheck &c : plan.checks) {
        c.title = planText(c.title);
        c.message = planText(c.message);
        c.explanation = planText(c.explanation);
    }
    for (QList<PlanStep> *steps : {&plan.steps, &plan.rollbackSteps, &plan.finalize.steps})
        for (PlanStep &s : *steps)
            s.title = planText(s.title);
    for (QList<PlanValidation> *validations : {&plan.validations, &plan.rollbackValidations})
        for (PlanValidation &v : *validations)
            v.title = planText(v.title);
}

} // namespace

QStringList PlanLoader::builtinPlanIds()
{
    return QDir(QStringLiteral(":/plans")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

std::optional<Plan> PlanLoader::load(const QString &nameOrFolder, ErrorInfo *error)
{
    const QString name = nameOrFolder.isEmpty() ? defaultPlanId() : nameOrFolder;
    if (builtinPlanIds().contains(name))
        return loadFolder(QStringLiteral(":/plans/") + name, QStringLiteral("built-in"), error);
    const QFileInfo info(name);
    if (info.isDir())
        return loadFolder(info.absoluteFilePath(), info.absoluteFilePath(), error);
    fail(error, tr("There is no built-in plan \"%1\" and no plan folder by that name. Built-in plans: %2.")
                    .arg(name, builtinPlanIds().join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Plan> PlanLoader::loadFolder(const QString &folder, const QString &origin, ErrorInfo *error)
{
    const QString manifestPath = folder + QStringLiteral("/plan.json");
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("The plan folder %1 has no readable plan.json.").arg(folder), file.errorString());
        return std::nullopt;
    }
    return parseManifest(file.readAll(), folder, origin, error);
}

std::optional<Plan> PlanLoader::parseManifest(const QByteArray &bytes, const QString &folder, const QString &origin,
                                              ErrorInfo *error)
{
    const QString manifestPath = folder + QStringLiteral("/plan.json");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, tr("The plan's manifest %1 is not valid JSON (%2: %3).")
                        .arg(manifestPath, lineAndColumn(bytes, parseError.offset), parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, tr("The plan's manifest %1 must hold a JSON object.").arg(manifestPath));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    ManifestReader r(folder, manifestPath);
    Plan plan;
    plan.origin = origin;
    const auto format = r.integer(root, QStringLiteral("format"), QStringLiteral("plan"));
    if (r.ok() && format.value_or(0) != 1)
        r.fault(QStringLiteral("format"), tr("this version of the assistant reads plan format 1"));
    plan.id = r.string(root, QStringLiteral("id"), QStringLiteral("plan"), true);
    plan.title = r.string(root, QStringLiteral("title"), QStringLiteral("plan"), true);
    plan.description = r.string(root, QStringLiteral("description"), QStringLiteral("plan"), false);
    plan.fromVersion = r.string(root, QStringLiteral("from_version"), QStringLiteral("plan"), true);
    plan.toVersion = r.string(root, QStringLiteral("to_version"), QStringLiteral("plan"), true);
    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    plan.tablesBefore = r.stringList(tables, QStringLiteral("before"), QStringLiteral("tables"));
    plan.tablesAfter = r.stringList(tables, QStringLiteral("after"), QStringLiteral("tables"));
    plan.lockTables = r.stringList(tables, QStringLiteral("lock"), QStringLiteral("tables"));
    if (r.ok() && (plan.tablesBefore.isEmpty() || plan.tablesAfter.isEmpty()))
        r.fault(QStringLiteral("tables"), tr("needs \"before\" and \"after\" lists of tables"));
    plan.maskedColumns = r.stringList(root, QStringLiteral("masked_columns"), QStringLiteral("plan"));
    plan.needsKey = root.value(QLatin1String("needs_key")).toBool();
    QString where, what;
    if (r.ok() && !PlanChecksum::parseAccepted(root.value(QLatin1String("accepted_checksums")), &plan.acceptedChecksums,
                                               &where, &what))
        r.fault(where, what);
    plan.variables = r.variables(root.value(QLatin1String("variables")), QStringLiteral("variables"));
    const QJsonObject minimum = root.value(QLatin1String("minimum_server_version")).toObject();
    for (auto it = minimum.begin(); it != minimum.end(); ++it)
        plan.minimumServerVersion.insert(it.key(), it.value().toInteger());

    const QJsonObject queries = root.value(QLatin1String("queries")).toObject();
    for (auto it = queries.begin(); it != queries.end() && r.ok(); ++it) {
        if (!it.value().isObject()) {
            r.fault(QStringLiteral("queries.%1").arg(it.key()), tr("must be an object keyed by driver"));
            break;
        }
        plan.queries.insert(it.key(), r.driverSql(QJsonObject{{QStringLiteral("sql"), it.value()}},
                                                  QStringLiteral("queries.%1").arg(it.key()), true));
    }
    const QJsonObject detect = root.value(QLatin1String("detect")).toObject();
    plan.detectSource = r.nestedSql(detect, QStringLiteral("source"), QStringLiteral("detect"), true);
    plan.detectTarget = r.nestedSql(detect, QStringLiteral("target"), QStringLiteral("detect"), true);

    const QJsonValue checks = root.value(QLatin1String("checks"));
    if (r.ok() && !checks.isArray())
        r.fault(QStringLiteral("checks"), tr("must be a list of checks"));
    QSet<QString> checkIds;
    const QJsonArray checkArray = checks.toArray();
    for (qsizetype i = 0; i < checkArray.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("checks[%1]").arg(i);
        const QJsonObject o = checkArray.at(i).toObject();
        PlanCheck check;
        check.id = r.string(o, QStringLiteral("id"), at, true);
        check.title = r.string(o, QStringLiteral("title"), at, true);
        check.explanation = r.string(o, QStringLiteral("explanation"), at, false);
        check.message = r.string(o, QStringLiteral("message"), at, false);
        const QString severity = r.string(o, QStringLiteral("severity"), at, true);
        if (severity == QLatin1String("info"))
            check.severity = PlanCheck::Severity::Info;
        else if (severity == QLatin1String("warning"))
            check.severity = PlanCheck::Severity::Warning;
        else if (severity == QLatin1String("blocker"))
            check.severity = PlanCheck::Severity::Blocker;
        else if (r.ok())
            r.fault(at + QStringLiteral(".severity"), tr("must be info, warning or blocker, not \"%1\"").arg(severity));
        check.builtin = r.string(o, QStringLiteral("builtin"), at, false);
        check.parameters = o.value(QLatin1String("parameters")).toObject();
        if (!check.builtin.isEmpty() && !kBuiltins.contains(check.builtin))
            r.fault(at + QStringLiteral(".builtin"),
                    tr("unknown built-in check \"%1\" (known: %2)").arg(check.builtin, kBuiltins.join(QStringLiteral(", "))));
        check.valueFrom = r.string(o, QStringLiteral("value"), at, false);
        check.sql = r.driverSql(o, at, check.builtin.isEmpty() && check.valueFrom.isEmpty());
        check.samples = r.nestedSql(o, QStringLiteral("samples"), at, false);
        const QJsonObject failsWhen = o.value(QLatin1String("fails_when")).toObject();
        check.max = r.integer(failsWhen, QStringLiteral("above"), at + QStringLiteral(".fails_when"));
        check.min = r.integer(failsWhen, QStringLiteral("below"), at + QStringLiteral(".fails_when"));
        if (checkIds.contains(check.id))
            r.fault(at + QStringLiteral(".id"), tr("\"%1\" is used twice").arg(check.id));
        checkIds.insert(check.id);
        plan.checks << check;
    }
    if (r.ok())
        plan.steps = r.steps(root.value(QLatin1String("steps")), QStringLiteral("steps"));
    if (r.ok() && plan.steps.isEmpty())
        r.fault(QStringLiteral("steps"), tr("a plan needs at least one step"));
    if (r.ok())
        plan.validations = r.validations(root.value(QLatin1String("validations")), QStringLiteral("validations"));
    const QJsonObject rollback = root.value(QLatin1String("rollback")).toObject();
    if (r.ok())
        plan.rollbackSteps = r.steps(rollback.value(QLatin1String("steps")), QStringLiteral("rollback.steps"));
    if (r.ok())
        plan.rollbackValidations = r.validations(rollback.value(QLatin1String("validations")),
                                                 QStringLiteral("rollback.validations"));
    if (const QJsonValue finalize = root.value(QLatin1String("finalize")); r.ok() && !finalize.isUndefined())
        plan.finalize = PlanFinalizeReader::read(
            finalize, [&r](const QJsonValue &v, const QString &at) { return r.steps(v, at); },
            [&r](const QString &where, const QString &what) { r.fault(where, what); });
    // A step outside the transaction runs after its COMMIT: only the migration's last steps can
    // (run in their order, after the rest), never a rollback's or a finalize's.
    for (qsizetype i = 1; r.ok() && i < plan.steps.size(); ++i)
        if (plan.steps.at(i - 1).outsideTransaction && !plan.steps.at(i).outsideTransaction)
            r.fault(QStringLiteral("steps[%1].outside_transaction").arg(i - 1),
                    tr("a step outside the transaction runs after the COMMIT: put it after every step that runs "
                       "inside"));
    if (r.ok() && plan.isBatched() && plan.hasStepsOutsideTransaction())
        r.fault(QStringLiteral("steps"), tr("a batched plan runs batch by batch: its steps cannot run outside the "
                                            "transaction"));
    for (const PlanStep &s : std::as_const(plan.rollbackSteps) + plan.finalize.steps)
        if (r.ok() && s.outsideTransaction)
            r.fault(QStringLiteral("rollback.steps.%1.outside_transaction").arg(s.id),
                    tr("only the migration's steps can run outside the transaction"));
    for (const PlanValidation &v : std::as_const(plan.validations) + plan.rollbackValidations)
        if (r.ok() && !v.equalsCheck.isEmpty() && !checkIds.contains(v.equalsCheck))
            r.fault(QStringLiteral("validations"),
                    tr("\"%1\" compares with check \"%2\", which the plan does not have").arg(v.id, v.equalsCheck));
    auto knownQuery = [&](const QString &ref) {
        return ref.isEmpty() || (ref.count(QLatin1Char('.')) == 1 && plan.queries.contains(ref.section(QLatin1Char('.'), 0, 0)));
    };
    for (const PlanCheck &c : std::as_const(plan.checks))
        if (r.ok() && !knownQuery(c.valueFrom))
            r.fault(QStringLiteral("checks.%1.value").arg(c.id),
                    tr("\"%1\" must name a query of the plan and its column, as query.column").arg(c.valueFrom));
    for (const PlanValidation &v : std::as_const(plan.validations) + plan.rollbackValidations)
        if (r.ok() && !knownQuery(v.valueFrom))
            r.fault(QStringLiteral("validations.%1.value").arg(v.id),
                    tr("\"%1\" must name a query of the plan and its column, as query.column").arg(v.valueFrom));
    for (const PlanStep &s : std::as_const(plan.steps) + plan.rollbackSteps)
        for (auto it = s.sql.byDriver.begin(); r.ok() && it != s.sql.byDriver.end(); ++it)
            if (!s.chunkTable.isEmpty() && !it.value().contains(QLatin1String("{{chunk")))
                r.fault(QStringLiteral("steps.%1").arg(s.id),
                        tr("a chunked step's %1 SQL must contain {{chunk}}").arg(it.key()));
            else if (!s.chunkTable.isEmpty()
                     && StatementSplitter::split(it.value(), it.key() == QLatin1String("sqlite")
                                                                 ? StatementSplitter::Dialect::Sqlite
                                                                 : StatementSplitter::Dialect::Postgresql)
                                .size() != 1)
                r.fault(QStringLiteral("steps.%1").arg(s.id),
                        tr("a chunked step's %1 SQL must be exactly one statement").arg(it.key()));
            else if (!s.chunkTable.isEmpty() && !insertsElsewhere(it.value(), s.chunkTable))
                // Chunks are physical ranges (rowid, ctid): a statement that wrote the table it
                // walks would move rows into chunks still to come and process them twice.
                r.fault(QStringLiteral("steps.%1").arg(s.id),
                        tr("a chunked step's %1 SQL must be an INSERT into another table than \"%2\", the one "
                           "it walks").arg(it.key(), s.chunkTable));

    if (!r.ok()) {
        fail(error, tr("Invalid plan: %1").arg(r.error), tr("Plan folder: %1").arg(folder));
        return std::nullopt;
    }
    plan.checksum = PlanChecksum::ofPlan(bytes, r.files);
    plan.legacyChecksum = PlanChecksum::ofPlan(bytes, r.files, true);
    plan.folder = folder;
    plan.fileChecksums.insert(QStringLiteral("plan.json"), PlanChecksum::ofFile(bytes));
    for (auto it = r.files.begin(); it != r.files.end(); ++it)
        plan.fileChecksums.insert(it.key(), PlanChecksum::ofFile(it.value()));
    translateTexts(plan);
    return plan;
}
