// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

// QSqlQuery runs one statement at a time, so a plan's .sql script is split here.
class StatementSplitter
{
public:
    enum class Dialect { Sqlite, Postgresql };
    // Splits a script into statements. Each returned statement has its terminating ';' removed and
    // surrounding whitespace trimmed; statements that are empty or hold only comments are dropped.
    // Comments inside a statement are kept verbatim (they are harmless to the engines).
    static QStringList split(const QString &script, Dialect dialect);
};
