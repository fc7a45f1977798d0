// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryEntry.h"

#include "plan/PlanChecksum.h"
#include "snapshot/TableSnapshot.h"

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject files;
    for (auto it = planFiles.begin(); it != planFiles.end(); ++it)
        files.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("plan"), planId},
            {QStringLiteral("plan_checksum"), planChecksum},
            {QStringLiteral("plan_checksum_algorithm"), PlanChecksum::algorithmOf(planChecksum)},
            {QStringLiteral("plan_files"), planFiles.isEmpty() ? QJsonValue() : QJsonValue(files)},
            {QStringLiteral("from_version"), fromVersion},
            {QStringLiteral("to_version"), toVersion},
            {QStringLiteral("action"), action},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("host"), host},
            {QStringLiteral("os_user"), osUser},
            {QStringLiteral("operator"), operatorName},
            {QStringLiteral("app_version"), appVersion},
            {QStringLiteral("accepted_risks"), acceptedRisks},
            {QStringLiteral("tables_before"), TableSnapshot::toJson(tablesBefore)},
            {QStringLiteral("tables_after"), TableSnapshot::toJson(tablesAfter)},
            {QStringLiteral("backup_path"), backupPath}};
}
