// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanJsonLines.h"

// A forgiving scanner: it records positions and never fails; a document QJsonDocument refuses
// just gives fewer positions (the loader reports its own line and column then).
PlanJsonLines::PlanJsonLines(const QByteArray &json) : m_json(json)
{
    skipSpace();
    value(QString());
}

int PlanJsonLines::line(const QString &path) const
{
    QString p = path;
    if (p.startsWith(QLatin1String("plan.")))
        p = p.mid(5);
    while (!p.isEmpty()) {
        if (const auto it = m_lines.constFind(p); it != m_lines.constEnd())
            return *it;
        const qsizetype dot = p.lastIndexOf(QLatin1Char('.'));
        const qsizetype bracket = p.lastIndexOf(QLatin1Char('['));
        p = p.left(qMax(qMax(dot, bracket), qsizetype(0)));
    }
    return 1;
}

void PlanJsonLines::skipSpace()
{
    while (m_pos < m_json.size() && (m_json[m_pos] == ' ' || m_json[m_pos] == '\t' || m_json[m_pos] == '\r'
                                     || m_json[m_pos] == '\n')) {
        if (m_json[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
}

QString PlanJsonLines::string()
{
    QByteArray out;
    ++m_pos; // the opening quote
    while (m_pos < m_json.size() && m_json[m_pos] != '"') {
        if (m_json[m_pos] == '\\' && m_pos + 1 < m_json.size())
            out += m_json[m_pos++];
        if (m_json[m_pos] == '\n')
            ++m_line;
        out += m_json[m_pos++];
    }
    ++m_pos; // the closing quote
    return QString::fromUtf8(out);
}

void PlanJsonLines::value(const QString &path)
{
    if (m_pos >= m_json.size())
        return;
    if (!path.isEmpty())
        m_lines.insert(path, m_line);
    const char c = m_json[m_pos];
    if (c == '{') {
        ++m_pos;
        for (skipSpace(); m_pos < m_json.size() && m_json[m_pos] != '}'; skipSpace()) {
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_json[m_pos] != '"')
                return;
            const int keyLine = m_line;
            const QString key = string();
            skipSpace();
            if (m_pos < m_json.size() && m_json[m_pos] == ':')
                ++m_pos;
            skipSpace();
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            value(child);
            m_lines.insert(child, keyLine);
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        for (skipSpace(); m_pos < m_json.size() && m_json[m_pos] != ']'; skipSpace()) {
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            value(QStringLiteral("%1[%2]").arg(path).arg(index++));
        }
        ++m_pos;
    } else if (c == '"') {
        string();
    } else {
        const qsizetype start = m_pos;
        while (m_pos < m_json.size() && !QByteArrayView(",}] \t\r\n").contains(m_json[m_pos]))
            ++m_pos;
        if (m_pos == start)
            ++m_pos; // a stray '}' or ']' where a value belongs: step over it
    }
}
