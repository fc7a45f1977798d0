// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// SQL text for each database driver ("sqlite", "postgresql"), as a plan gives it.
class DriverSql
{
public:
    QHash<QString, QString> byDriver;
    // Where each driver's SQL was read: its file within the plan folder; no entry for SQL
    // written inline. Faults in a script are reported at file:line.
    QHash<QString, QString> files;

    bool isEmpty() const { return byDriver.isEmpty(); }
    bool has(const QString &driver) const { return byDriver.contains(driver); }
    QString value(const QString &driver) const { return byDriver.value(driver); }
};
