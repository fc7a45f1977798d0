// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanLoader.h"

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
const QStringList kTransforms{QStringLiteral("encrypt"), QStringLiteral("decrypt")};

// Walks the manifest, remembering the first fault with its path in the document.
class ManifestReader
{
public:
    ManifestReader(QString folder, QString manifestName)
        : m_folder(std::move(folder)), m_manifest(std::move(manifestName)) {}

    QString error;
    QMap<QString, QByteArray> files; // every SQL file read, for the checksum

    bool ok() const { return error.isEmpty(); }
    void fault(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2: %3").arg(m_manifest, where, what);
    }

    QString string(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fault(where + QLatin1Char('.') + key, PlanLoader::tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fault(where + QLatin1Char('.') + key, PlanLoader::tr("must be a string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fault(where + QLatin1Char('.') + key, PlanLoader::tr("must not be empty"));
        return v.toString();
    }

    QStringList stringList(const QJsonObject &o, const QString &key, const QString &where)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fault(where + QLatin1Char('.') + key, PlanLoader::tr("must be a list of strings"));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fault(where + QLatin1Char('.') + key, PlanLoader::tr("must be a list of strings"));
                return out;
            }
            out << item.toString();
        }
        return out;
    }

    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        // Whole and within ±2^53 (exact in a double) before any cast: 1e300 must be refused, not UB.
        const double d = v.toDouble();
        if (!v.isDouble() || !(std::fabs(d) <= 9007199254740992.0) || d != std::floor(d)) {
            fault(where + QLatin1Char('.') + key, PlanLoader::tr("must be a whole number"));
            return std::nullopt;
        }
        return qint64(d);
    }

    // {"sqlite": "SQL", "postgresql": "SQL"} inline, or with key "file": file names.
    DriverSql driverSql(const QJsonObject &o, const QString &where, bool required)
    {
        DriverSql out;
        const bool hasSql = o.contains(QLatin1String("sql"));
        const bool hasFile = o.contains(QLatin1String("file"));
        if (hasSql && hasFile) {
            fault(where, PlanLoader::tr("give either \"sql\" or \"file\", not both"));
            return out;
        }
        if (!hasSql && !hasFile) {
            if (required)
                fault(where, PlanLoader::tr("needs \"sql\" or \"file\""));
            return out;
        }
        const QString key = hasSql ? QStringLiteral("sql") : QStringLiteral("file");
        const QJsonValue v = o.value(key);
        if (!v.isObject()) {
            fault(where + QLatin1Char('.') + key, PlanLoader::tr("must be an object keyed by driver (sqlite, postgresql)"));
            return out;
        }
        const QJsonObject perDriver = v.toObject();
        for (auto it = perDriver.begin(); it != perDriver.end(); ++it) {
            const QString at = where + QLatin1Char('.') + key + QLatin1Char('.') + it.key();
            if (!kDrivers.contains(it.key())) {
                fault(at, PlanLoader::tr("unknown driver (known: sqlite, postgresql)"));
                return out;
            }
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                fault(at, PlanLoader::tr("must be a non-empty string"));
                return out;
            }
            out.byDriver.insert(it.key(), hasSql ? it.value().toString() : readFile(it.value().toString(), at));
        }
        return out;
    }

    DriverSql nestedSql(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fault(where + QLatin1Char('.') + key, PlanLoader::tr("missing"));
            return {};
        }
        if (!v.isObject()) {
            fault(where + QLatin1Char('.') + key, PlanLoader::tr("must be an object keyed by driver (sqlite, postgresql)"));
            return {};
        }
        return driverSql(QJsonObject{{QStringLiteral("sql"), v}}, where + QLatin1Char('.') + key, required);
    }

    QString readFile(const QString &relative, const QString &where)
    {
        if (relative.contains(QLatin1String("..")) || QDir::isAbsolutePath(relative)) {
            fault(where, PlanLoader::tr("the file must be inside the plan folder: %1").arg(relative));
            return {};
        }
        QFile file(m_folder + QLatin1Char('/') + relative);
        if (!file.open(QIODevice::ReadOnly)) {
            fault(where, PlanLoader::tr("no readable file %1 in the plan folder").arg(relative));
            return {};
        }
        const QByteArray bytes = file.readAll();
        files.insert(relative, bytes);
        return QString::fromUtf8(bytes);
    }

    QList<PlanStep> steps(const QJsonValue &value, const QString &where)
    {
        QList<PlanStep> out;
        if (!value.isArray()) {
            fault(where, PlanLoader::tr("must be a list of steps"));
            return out;
        }
        QSet<QString> ids;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
            if (!array.at(i).isObject()) {
                fault(at, PlanLoader::tr("must be an object"));
                break;
            }
            const QJsonObject o = array.at(i).toObject();
            PlanStep step;
            step.id = string(o, QStringLiteral("id"), at, true);
            step.title = string(o, QStringLiteral("title"), at, true);
            step.chunkTable = string(o, QStringLiteral("chunk"), at, false);
            if (o.contains(QLatin1String("batched"))) {
                step.batch = batch(o.value(QLatin1String("batched")), at + QStringLiteral(".batched"));
                if (o.contains(QLatin1String("sql")) || o.contains(QLatin1String("file")) || !step.chunkTable.isEmpty())
                    fault(at, PlanLoader::tr("a batched step has no SQL and no chunk: the transform does its work"));
            } else {
                step.sql = driverSql(o, at, true);
            }
            if (ids.contains(step.id))
                fault(at + QStringLiteral(".id"), PlanLoader::tr("\"%1\" is used twice").arg(step.id));
            ids.insert(step.id);
            out << step;
        }
        return out;
    }

    // {"table", "key", "transform": "encrypt"|"decrypt", "columns": [...], "suffix", "key_id_column"}
    BatchSpec batch(const QJsonValue &value, const QString &where)
    {
        BatchSpec out;
        if (!value.isObject()) {
            fault(where, PlanLoader::tr("must be an object"));
            return out;
        }
        const QJsonObject o = value.toObject();
        out.table = string(o, QStringLiteral("table"), where, true);
        out.key = string(o, QStringLiteral("key"), where, true);
        out.transform = string(o, QStringLiteral("transform"), where, true);
        out.columns = stringList(o, QStringLiteral("columns"), where);
        if (o.contains(QLatin1String("suffix")))
            out.suffix = string(o, QStringLiteral("suffix"), where, true);
        out.keyIdColumn = string(o, QStringLiteral("key_id_column"), where, false);
        if (ok() && !kTransforms.contains(out.transform))
            fault(where + QStringLiteral(".transform"),
                  PlanLoader::tr("unknown transform \"%1\" (known: %2)").arg(out.transform, kTransforms.join(QStringLiteral(", "))));
        if (ok() && out.columns.isEmpty())
            fault(where + QStringLiteral(".columns"), PlanLoader::tr("needs at least one column"));
        return out;
    }

    QList<PlanValidation> validations(const QJsonValue &value, const QString &where)
    {
        QList<PlanValidation> out;
        if (value.isUndefined())
            return out;
        if (!value.isArray()) {
            fault(where, PlanLoader::tr("must be a list of validations"));
            return out;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
            const QJsonObject o = array.at(i).toObject();
            PlanValidation v;
            v.id = string(o, QStringLiteral("id"), at, true);
            v.title = string(o, QStringLiteral("title"), at, true);
            v.valueFrom = string(o, QStringLiteral("value"), at, false);
            v.sql = driverSql(o, at, v.valueFrom.isEmpty());
            const QJsonObject expect = o.value(QLatin1String("expect")).toObject();
            v.equals = integer(expect, QStringLiteral("equals"), at + QStringLiteral(".expect"));
            v.min = integer(expect, QStringLiteral("min"), at + QStringLiteral(".expect"));
            v.equalsCheck = string(expect, QStringLiteral("equals_check"), at + QStringLiteral(".expect"), false);
            if (!v.equals && !v.min && v.equalsCheck.isEmpty())
                fault(at + QStringLiteral(".expect"), PlanLoader::tr("needs equals, min or equals_check"));
            out << v;
        }
        return out;
    }

private:
    QString m_folder;
    QString m_manifest;
};

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
    plan.impactPreview = root.value(QLatin1String("impact_preview")).toBool();
    QString where, what;
    if (r.ok() && !PlanChecksum::parseAccepted(root.value(QLatin1String("accepted_checksums")), &plan.acceptedChecksums,
                                               &where, &what))
        r.fault(where, what);
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
    // A plan previewed by rehearsal may have no authored checks at all.
    if (r.ok() && !checks.isArray() && !(plan.impactPreview && checks.isUndefined()))
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
    // A previewed plan may have no rollback at all (SQLite restores its backup instead).
    if (r.ok() && !(plan.impactPreview && rollback.value(QLatin1String("steps")).isUndefined()))
        plan.rollbackSteps = r.steps(rollback.value(QLatin1String("steps")), QStringLiteral("rollback.steps"));
    if (r.ok())
        plan.rollbackValidations = r.validations(rollback.value(QLatin1String("validations")),
                                                 QStringLiteral("rollback.validations"));
    if (const QJsonValue finalize = root.value(QLatin1String("finalize")); r.ok() && !finalize.isUndefined())
        plan.finalize = PlanFinalizeReader::read(
            finalize, [&r](const QJsonValue &v, const QString &at) { return r.steps(v, at); },
            [&r](const QString &where, const QString &what) { r.fault(where, what); });
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
