// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A `@tag` line of sqitch.plan: it marks the change before it.
class SqitchTag
{
public:
    QString name;         // without the @
    QDateTime plannedAt;  // UTC
    QString plannerName;
    QString plannerEmail;
    QString note;
    int line = 0;
    QString id;           // Sqitch's tag id: SHA-1 of its info text (SqitchPlanFile computes it)

    QString formatName() const { return QLatin1Char('@') + name; }
};
