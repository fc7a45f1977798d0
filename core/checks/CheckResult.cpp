// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckResult.h"

#include <QJsonArray>

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("severity"), severityName()},
                  {QStringLiteral("passed"), passed},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("message"), message}};
    if (!planId.isEmpty())
        o.insert(QStringLiteral("plan"), planId);
    if (!explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), explanation);
    if (!sampleRows.isEmpty()) {
        QJsonArray rows;
        for (const QStringList &row : sampleRows) {
            QJsonObject r;
            for (int i = 0; i < row.size() && i < sampleColumns.size(); ++i)
                r.insert(sampleColumns.at(i), row.at(i));
            rows.append(r);
        }
        o.insert(QStringLiteral("samples"), rows);
    }
    if (!passed && severity == PlanCheck::Severity::Warning) {
        o.insert(QStringLiteral("accepted"), accepted);
        if (accepted)
            o.insert(QStringLiteral("accepted_by"), acceptedBy);
    }
    return o;
}
