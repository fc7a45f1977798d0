// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/ManifestReader.h"

#include "plan/PlanLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {
const QStringList kDrivers{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
const QStringList kTransforms{QStringLiteral("encrypt"), QStringLiteral("decrypt")};
} // namespace

void ManifestReader::fault(const QString &where, const QString &what)
{
    if (error.isEmpty())
        error = QStringLiteral("%1: %2: %3").arg(m_manifest, where, what);
}

QString ManifestReader::string(const QJsonObject &o, const QString &key, const QString &where, bool required)
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

QStringList ManifestReader::stringList(const QJsonObject &o, const QString &key, const QString &where)
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

std::optional<qint64> ManifestReader::integer(const QJsonObject &o, const QString &key, const QString &where)
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

DriverSql ManifestReader::driverSql(const QJsonObject &o, const QString &where, bool required)
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
        if (hasFile)
            out.files.insert(it.key(), QDir::cleanPath(it.value().toString()));
    }
    return out;
}

DriverSql ManifestReader::nestedSql(const QJsonObject &o, const QString &key, const QString &where, bool required)
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

QString ManifestReader::readFile(const QString &relative, const QString &where)
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

QList<PlanStep> ManifestReader::steps(const QJsonValue &value, const QString &where)
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
        step.outsideTransaction = o.value(QLatin1String("outside_transaction")).toBool();
        if (step.outsideTransaction && (!step.chunkTable.isEmpty() || o.contains(QLatin1String("batched"))))
            fault(at + QStringLiteral(".outside_transaction"),
                  PlanLoader::tr("a chunked or batched step runs inside a transaction; only a plain step runs outside"));
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

BatchSpec ManifestReader::batch(const QJsonValue &value, const QString &where)
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

QList<PlanValidation> ManifestReader::validations(const QJsonValue &value, const QString &where)
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
        if (o.value(QLatin1String("expect")) == QJsonValue(QStringLiteral("succeeds"))) {
            // A verify script (Sqitch's): it passes when it runs without an error.
            v.mustSucceed = true;
            if (!v.valueFrom.isEmpty())
                fault(at + QStringLiteral(".value"), PlanLoader::tr("a script that must succeed has its own SQL, not a value"));
            out << v;
            continue;
        }
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

QHash<QString, QString> ManifestReader::variables(const QJsonValue &value, const QString &where)
{
    QHash<QString, QString> out;
    if (value.isUndefined())
        return out;
    if (!value.isObject()) {
        fault(where, PlanLoader::tr("must be an object of names and string values"));
        return out;
    }
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!name.match(it.key()).hasMatch())
            fault(where + QLatin1Char('.') + it.key(), PlanLoader::tr("a variable's name is letters, digits and _"));
        else if (!it.value().isString())
            fault(where + QLatin1Char('.') + it.key(), PlanLoader::tr("must be a string"));
        else
            out.insert(it.key(), it.value().toString());
    }
    return out;
}
