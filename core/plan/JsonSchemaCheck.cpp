// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/JsonSchemaCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::isfinite(v.toDouble());
    return false;
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

QJsonObject JsonSchemaCheck::planSchema()
{
    QFile file(QStringLiteral(":/schema/plan.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList JsonSchemaCheck::validate(const QJsonValue &value) const
{
    QStringList faults;
    check(value, m_root, QString(), faults);
    return faults;
}

void JsonSchemaCheck::check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                            QStringList &faults) const
{
    const QString where = path.isEmpty() ? QStringLiteral("plan") : path;
    auto fault = [&](const QString &what) { faults << QStringLiteral("%1: %2").arg(where, what); };

    if (const QString ref = schema.value(QLatin1String("$ref")).toString(); !ref.isEmpty()) {
        const QString prefix = QStringLiteral("#/$defs/");
        const QJsonObject target = m_root.value(QLatin1String("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
        if (!ref.startsWith(prefix) || target.isEmpty())
            return fault(tr("the schema's $ref %1 names nothing").arg(ref));
        check(value, target, path, faults);
    }
    if (const QJsonValue choices = schema.value(QLatin1String("anyOf")); choices.isArray()) {
        // One of the alternatives must hold ("expect": an object of bounds, or "succeeds"); the
        // faults shown are those of the alternative of the value's type, else of the first.
        QStringList shown;
        for (const QJsonValue &choice : choices.toArray()) {
            QStringList own;
            check(value, choice.toObject(), path, own);
            if (own.isEmpty())
                return;
            const QString type = choice.toObject().value(QLatin1String("type")).toString();
            if (shown.isEmpty() || (!type.isEmpty() && hasType(value, type)))
                shown = own;
        }
        faults << shown;
        return;
    }
    if (const QJsonValue type = schema.value(QLatin1String("type")); !type.isUndefined()) {
        const QStringList types = type.isArray() ? type.toVariant().toStringList() : QStringList{type.toString()};
        bool any = false;
        for (const QString &t : types)
            any = any || hasType(value, t);
        if (!any)
            return fault(tr("must be of type %1").arg(types.join(QStringLiteral(" or "))));
    }
    if (const QJsonValue allowed = schema.value(QLatin1String("enum")); allowed.isArray() && !allowed.toArray().contains(value)) {
        QStringList shown;
        for (const QJsonValue &a : allowed.toArray())
            shown << QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        fault(tr("must be one of %1").arg(shown.join(QStringLiteral(", "))));
    }
    if (value.isString() && schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
        if (!pattern.match(value.toString()).hasMatch())
            fault(tr("does not match the pattern %1").arg(pattern.pattern()));
    }
    if (value.isDouble()) {
        if (const QJsonValue m = schema.value(QLatin1String("minimum")); m.isDouble() && value.toDouble() < m.toDouble())
            fault(tr("must be at least %1").arg(m.toDouble()));
        if (const QJsonValue m = schema.value(QLatin1String("maximum")); m.isDouble() && value.toDouble() > m.toDouble())
            fault(tr("must be at most %1").arg(m.toDouble()));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (const QJsonValue m = schema.value(QLatin1String("minItems")); m.isDouble() && array.size() < m.toInteger())
            fault(m.toInteger() == 1 ? tr("must not be empty") : tr("needs at least %1 entries").arg(m.toInteger()));
        if (const QJsonValue items = schema.value(QLatin1String("items")); items.isObject())
            for (qsizetype i = 0; i < array.size(); ++i)
                check(array.at(i), items.toObject(), QStringLiteral("%1[%2]").arg(path).arg(i), faults);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &key : schema.value(QLatin1String("required")).toArray())
            if (!object.contains(key.toString()))
                faults << QStringLiteral("%1: %2").arg(child(path, key.toString()), tr("missing"));
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), child(path, it.key()), faults);
            else if (additional.isBool() && !additional.toBool())
                faults << QStringLiteral("%1: %2").arg(child(path, it.key()),
                                                       tr("unknown key (known here: %1)")
                                                           .arg(QStringList(properties.keys()).join(QStringLiteral(", "))));
            else if (additional.isObject())
                check(it.value(), additional.toObject(), child(path, it.key()), faults);
        }
    }
}
