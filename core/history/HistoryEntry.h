// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/TableState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// One row of the plan history kept in the database itself (like Flyway's schema history):
// a successful apply or rollback, who ran it, and the tables before and after; a baseline
// (a database made outside the assistant recorded at a version) or a finalize (the plan's
// keep period ended, what its rollback needed was dropped).
// Failed runs leave no row: they leave the database exactly as it was.
class HistoryEntry
{
public:
    qint64 id = 0;
    QString planId;
    QString planChecksum; // "sha256-lf:<hex>"; plain hex in rows of earlier versions (PlanChecksum)
    // The plan's files and their checksums ("plan.json" → "sha256-lf:<hex>"): which files of a
    // plan changed since. Empty in rows written before the column plan_files existed.
    QMap<QString, QString> planFiles;
    QString fromVersion;
    QString toVersion;
    QString action;  // "apply", "rollback", "baseline" or "finalize"
    QString outcome; // "applied", "rolled-back", "baselined" or "finalized"
    QDateTime startedAt;
    QDateTime finishedAt;
    QString host;
    QString osUser;
    QString operatorName;
    QString appVersion;
    QJsonArray acceptedRisks; // [{"id", "value", "accepted_by"}]
    QList<TableState> tablesBefore;
    QList<TableState> tablesAfter;
    QString backupPath;

    QJsonObject toJson() const;
};
