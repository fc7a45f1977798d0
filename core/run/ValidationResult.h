// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// One post-migration validation as it came out: what was expected and what was found.
class ValidationResult
{
public:
    QString id;
    QString title;
    bool passed = false;
    qint64 value = 0;
    QString expected; // "= 10 000", "≥ 1"

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("title"), title},
                {QStringLiteral("passed"), passed},
                {QStringLiteral("value"), value},
                {QStringLiteral("expected"), expected}};
    }
};
