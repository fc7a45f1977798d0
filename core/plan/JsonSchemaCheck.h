// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// The part of JSON Schema (draft 2020-12) that resources/schema/plan.schema.json uses, and no
// more: type, required, properties, additionalProperties (false or a schema), items, enum,
// pattern, minimum, maximum, minItems and $ref to "#/$defs/NAME". Faults name the place as
// PlanLoader does ("steps[2].file.sqlite: …"), so --lint finds their line in plan.json.
class JsonSchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaCheck)

public:
    explicit JsonSchemaCheck(QJsonObject schema) : m_root(std::move(schema)) {}

    // Every fault of `value` against the schema: "PLACE: WHAT" (PLACE empty for the document itself).
    QStringList validate(const QJsonValue &value) const;

    // plan.schema.json as compiled in (:/schema/plan.schema.json).
    static QJsonObject planSchema();

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, QStringList &faults) const;

    QJsonObject m_root;
};
