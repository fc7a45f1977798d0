// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/StatementSplitter.h"

#include <QStringView>

// One left-to-right pass over the script. Every branch either consumes at least one character or
// jumps to the end of the input, and nothing is ever rescanned, so the split is O(n) (the closing
// $tag$ search is a substring search over text that is consumed by it).
//
// A statement starts at its first token: comments and whitespace *between* statements (for example
// a "-- step 3" header line, or a comment after the previous ';') are not part of any statement.
// Comments after the first token are kept verbatim. If the input ends inside a string, quoted
// identifier, block comment, dollar quote or trigger body, the remainder is returned as the last
// statement so the engine reports the error.
//
// Known limits (heuristics that match what sqlite3 and psql do well enough for plan scripts):
// - SQLite: an unquoted identifier spelled BEGIN, CASE or END inside a trigger body (SQLite lets
//   these keywords fall back to identifiers) is counted as a keyword unless it follows a '.' as in
//   NEW.end; quote such names ("end", [end], `end`).
// - PostgreSQL: a backslash outside strings and comments starts a psql meta-command that runs to
//   the end of its line and ends the statement before it (psql would keep that statement in its
//   buffer); plan scripts write meta-commands on lines of their own. sqlite3's dot-commands
//   (.read, .bail) are not recognised.
// - PostgreSQL: SQL-standard routine bodies (CREATE FUNCTION ... BEGIN ATOMIC ... END) are not
//   recognised; use a dollar-quoted body instead. standard_conforming_strings is assumed on.

namespace {

using Dialect = StatementSplitter::Dialect;

bool isAsciiSpace(char16_t u)
{
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v';
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? isAsciiSpace(u) : c.isSpace();
}

bool isAsciiLetter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

// Both engines treat every non-ASCII character (other than spaces) as part of an identifier.
bool isIdentStart(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return isAsciiLetter(u) || u == u'_';
    return !c.isSpace();
}

// Identifier continuation without '$' (dollar-quote tags may not contain '$').
bool isTagChar(QChar c)
{
    return isIdentStart(c) || isDigit(c.unicode());
}

// Identifier continuation: both engines allow '$' after the first character.
bool isIdentChar(QChar c)
{
    return isTagChar(c) || c.unicode() == u'$';
}

bool isKeyword(QStringView word, QStringView keyword)
{
    return word.size() == keyword.size() && word.compare(keyword, Qt::CaseInsensitive) == 0;
}

class Splitter
{
public:
    Splitter(QStringView text, Dialect dialect)
        : m_text(text), m_n(text.size()), m_pg(dialect == Dialect::Postgresql)
    {
    }

    qsizetype offset(qsizetype piece) const { return m_offsets.at(piece); }

    QList<StatementSplitter::Piece> run()
    {
        qsizetype i = 0;
        while (i < m_n) {
            i = step(i);
        }
        finishStatement(m_n);
        return m_out;
    }

private:
    // How far the current statement's leading words match CREATE [TEMP|TEMPORARY] TRIGGER.
    enum class Head { Start, AfterCreate, AfterTemp, Trigger, Other };

    static constexpr qsizetype Unterminated = -1;

    QChar at(qsizetype i) const { return i < m_n ? m_text[i] : QChar(); }

    // Consumes one token (or one character) starting at i and returns the index after it.
    qsizetype step(qsizetype i)
    {
        const QChar c = m_text[i];
        const char16_t u = c.unicode();

        if (isSpace(c))
            return i + 1;

        if (u == u'-' && at(i + 1) == u'-') {
            const qsizetype nl = m_text.indexOf(u'\n', i + 2);
            return nl < 0 ? m_n : nl + 1;
        }

        if (u == u'/' && at(i + 1) == u'*') {
            // Block comments are never content, except when unterminated: then the engine
            // gets to report them.
            return endOrRemainder(i, skipBlockComment(i));
        }

        if (u == u';') {
            if (m_depth == 0) {
                finishStatement(i);
                return i + 1;
            }
            return i + 1; // inside a trigger body
        }

        if (u == u'\\' && m_pg)
            return metaCommand(i);

        markContent(i);

        if (isIdentStart(c))
            return word(i);

        if (isDigit(u)) {
            // Numbers (and junk like 1end) must not produce keywords.
            qsizetype j = i + 1;
            while (j < m_n && isTagChar(m_text[j]))
                ++j;
            nonWordToken();
            m_afterDot = false;
            return j;
        }

        nonWordToken();
        m_afterDot = u == u'.';

        switch (u) {
        case u'\'':
            return endOrRemainder(i, skipQuoted(i, u'\'', false));
        case u'"':
            return endOrRemainder(i, skipQuoted(i, u'"', false));
        case u'`':
            if (!m_pg)
                return endOrRemainder(i, skipQuoted(i, u'`', false));
            break;
        case u'[':
            if (!m_pg) {
                const qsizetype close = m_text.indexOf(u']', i + 1);
                return endOrRemainder(i, close < 0 ? Unterminated : close + 1);
            }
            break;
        case u'$':
            if (m_pg)
                return dollar(i);
            return sqliteParameter(i);
        case u':':
            if (m_pg)
                return psqlVariable(i);
            return sqliteParameter(i);
        case u'@':
            if (!m_pg)
                return sqliteParameter(i);
            break;
        default:
            break;
        }
        return i + 1;
    }

    // An unterminated construct swallows the rest of the input; it becomes (part of) the last
    // statement even if it is a comment.
    qsizetype endOrRemainder(qsizetype start, qsizetype end)
    {
        if (end != Unterminated)
            return end;
        markContent(start);
        return m_n;
    }

    // i is at an identifier start. Handles PostgreSQL E'...' strings and SQLite trigger keywords.
    qsizetype word(qsizetype i)
    {
        qsizetype j = i + 1;
        while (j < m_n && isIdentChar(m_text[j]))
            ++j;
        const QStringView w = m_text.sliced(i, j - i);
        const bool afterDot = m_afterDot;
        m_afterDot = false;

        if (m_pg) {
            if (w.size() == 1 && (w[0] == u'E' || w[0] == u'e') && at(j) == u'\'')
                return endOrRemainder(i, skipQuoted(j, u'\'', true));
            return j;
        }

        switch (m_head) {
        case Head::Start:
            m_head = isKeyword(w, u"create") ? Head::AfterCreate : Head::Other;
            break;
        case Head::AfterCreate:
            if (isKeyword(w, u"temp") || isKeyword(w, u"temporary"))
                m_head = Head::AfterTemp;
            else
                m_head = isKeyword(w, u"trigger") ? Head::Trigger : Head::Other;
            break;
        case Head::AfterTemp:
            m_head = isKeyword(w, u"trigger") ? Head::Trigger : Head::Other;
            break;
        case Head::Trigger:
            // BEGIN opens the body, CASE an expression; END closes either. A CASE in the WHEN
            // clause before BEGIN balances out on its own.
            if (afterDot)
                break; // NEW.end, t.case: a qualified name, not a keyword
            if (isKeyword(w, u"begin") || isKeyword(w, u"case"))
                ++m_depth;
            else if (isKeyword(w, u"end") && m_depth > 0)
                --m_depth;
            break;
        case Head::Other:
            break;
        }
        return j;
    }

    // SQLite parameters :name, @name, $name: the name must not count as a keyword.
    qsizetype sqliteParameter(qsizetype i)
    {
        qsizetype j = i + 1;
        while (j < m_n && isIdentChar(m_text[j]))
            ++j;
        return j;
    }

    // i is at ':' (PostgreSQL): a ::cast, or psql's :name, :'name', :"name" (names are ASCII
    // letters, digits and '_', as psql reads them), or a lone ':' (an array slice's).
    qsizetype psqlVariable(qsizetype i)
    {
        if (at(i + 1) == u':')
            return i + 2;
        const char16_t quote = at(i + 1) == u'\'' || at(i + 1) == u'"' ? at(i + 1).unicode() : 0;
        const qsizetype nameStart = quote ? i + 2 : i + 1;
        qsizetype j = nameStart;
        while (j < m_n && m_text[j].unicode() < 0x80 && isTagChar(m_text[j]))
            ++j;
        if (j == nameStart || isDigit(m_text[nameStart].unicode()) || (quote && at(j) != quote))
            return i + 1;
        const qsizetype end = quote ? j + 1 : j;
        m_variables.append({i, end - i, m_text.sliced(nameStart, j - nameStart).toString(), quote});
        return end;
    }

    // i is at a backslash outside any string or comment (PostgreSQL): psql's meta-command, to
    // the end of the line. The statement before it ends there (psql would keep it in its
    // query buffer; plan scripts put meta-commands on lines of their own).
    qsizetype metaCommand(qsizetype i)
    {
        finishStatement(i);
        const qsizetype nl = m_text.indexOf(u'\n', i);
        const qsizetype end = nl < 0 ? m_n : nl;
        const QStringView command = m_text.sliced(i, end - i).trimmed();
        m_out.append({command.toString(), 0, true, {}});
        m_offsets.append(i);
        return end;
    }

    // i is at '$' (PostgreSQL) that does not continue an identifier: $$, $tag$ or $1.
    qsizetype dollar(qsizetype i)
    {
        qsizetype j = i + 1;
        if (j < m_n && isIdentStart(m_text[j])) {
            while (j < m_n && isTagChar(m_text[j]))
                ++j;
        }
        if (at(j) != u'$')
            return i + 1; // $1 or a stray '$': the rest is scanned normally
        const QStringView delimiter = m_text.sliced(i, j - i + 1);
        const qsizetype close = m_text.indexOf(delimiter, j + 1);
        return endOrRemainder(i, close < 0 ? Unterminated : close + delimiter.size());
    }

    // i is at the opening quote q. Returns the index after the closing quote or Unterminated.
    qsizetype skipQuoted(qsizetype i, char16_t q, bool backslashEscapes) const
    {
        qsizetype j = i + 1;
        while (j < m_n) {
            const char16_t u = m_text[j].unicode();
            if (backslashEscapes && u == u'\\') {
                j += 2;
                continue;
            }
            if (u == q) {
                if (at(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return Unterminated;
    }

    // i is at "/*". PostgreSQL block comments nest, SQLite's end at the first "*/".
    qsizetype skipBlockComment(qsizetype i) const
    {
        int depth = 1;
        qsizetype j = i + 2;
        while (j < m_n) {
            const char16_t u = m_text[j].unicode();
            if (u == u'*' && at(j + 1) == u'/') {
                j += 2;
                if (--depth == 0)
                    return j;
                continue;
            }
            if (m_pg && u == u'/' && at(j + 1) == u'*') {
                j += 2;
                ++depth;
                continue;
            }
            ++j;
        }
        return Unterminated;
    }

    void markContent(qsizetype i)
    {
        if (m_start < 0)
            m_start = i;
    }

    // Anything but a word before TRIGGER means this is not a CREATE [TEMP] TRIGGER statement.
    void nonWordToken()
    {
        if (m_head != Head::Trigger)
            m_head = Head::Other;
    }

    void finishStatement(qsizetype end)
    {
        if (m_start >= 0) {
            const QStringView statement = m_text.sliced(m_start, end - m_start).trimmed();
            if (!statement.isEmpty()) {
                QList<StatementSplitter::Variable> variables;
                for (StatementSplitter::Variable v : std::as_const(m_variables)) {
                    v.at -= m_start;
                    if (v.at + v.length <= statement.size())
                        variables.append(v);
                }
                m_out.append({statement.toString(), 0, false, variables});
                m_offsets.append(m_start);
            }
        }
        m_variables.clear();
        m_start = -1;
        m_head = Head::Start;
        m_depth = 0;
        m_afterDot = false;
    }

    const QStringView m_text;
    const qsizetype m_n;
    const bool m_pg;
    QList<StatementSplitter::Piece> m_out;
    QList<qsizetype> m_offsets; // where each piece starts in the script
    QList<StatementSplitter::Variable> m_variables; // of the current statement, offsets in the script
    qsizetype m_start = -1; // the statement's first token; -1 while only whitespace/comments
    Head m_head = Head::Start;
    int m_depth = 0; // BEGIN/CASE nesting inside an SQLite CREATE TRIGGER statement
    bool m_afterDot = false;
};

} // namespace

QStringList StatementSplitter::split(const QString &script, Dialect dialect)
{
    QStringList out;
    for (const Piece &piece : pieces(script, dialect))
        if (!piece.metaCommand)
            out << piece.text;
    return out;
}

QList<StatementSplitter::Piece> StatementSplitter::pieces(const QString &script, Dialect dialect)
{
    Splitter splitter(script, dialect);
    QList<Piece> out = splitter.run();
    // Lines in one more pass: the pieces' offsets only grow, so it stays O(n).
    int line = 1;
    qsizetype counted = 0;
    for (qsizetype k = 0; k < out.size(); ++k) {
        const qsizetype offset = splitter.offset(k);
        line += int(QStringView(script).sliced(counted, offset - counted).count(u'\n'));
        counted = offset;
        out[k].line = line;
    }
    return out;
}
