// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
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

    // A psql variable reference in a statement (PostgreSQL only): :name, :'name' or :"name",
    // found outside strings, quoted identifiers, dollar-quoted bodies and comments (never a
    // ::cast). `at` and `length` are within the statement's text.
    struct Variable
    {
        qsizetype at = 0;
        qsizetype length = 0;
        QString name;
        char16_t quote = 0; // 0, '\'' or '"'
    };
    // What split() returns, with more said of each piece: its first line in the script, the
    // psql variables it names, and psql's meta-commands (a line from a backslash outside any
    // string or comment, PostgreSQL only), which are pieces of their own, not statements.
    struct Piece
    {
        QString text;
        int line = 1; // of its first character, 1-based
        bool metaCommand = false;
        QList<Variable> variables;
    };
    static QList<Piece> pieces(const QString &script, Dialect dialect);
};
