// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each value of a JSON document starts (1-based line), by its path as PlanLoader names
// places in its messages: "format", "tables.before", "steps[2].file.sqlite". QJsonDocument
// keeps no positions, so --lint reads them here to point at plan.json's lines.
class PlanJsonLines
{
public:
    explicit PlanJsonLines(const QByteArray &json);

    // The line of `path`, else of its nearest ancestor that has one ("checks.x.value" → "checks"); 1 at worst.
    int line(const QString &path) const;

private:
    void value(const QString &path);
    void skipSpace();
    QString string();

    QByteArray m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};
