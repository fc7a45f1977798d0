// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/TableState.h"

QJsonObject TableState::toJson() const
{
    return {{QStringLiteral("table"), table},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("checksum"), checksum},
            {QStringLiteral("schema"), schema}};
}

TableState TableState::fromJson(const QJsonObject &object)
{
    TableState s;
    s.table = object.value(QLatin1String("table")).toString();
    s.rows = object.value(QLatin1String("rows")).toInteger();
    s.checksum = object.value(QLatin1String("checksum")).toString();
    s.schema = object.value(QLatin1String("schema")).toString();
    return s;
}
