// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SqitchConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

std::optional<SqitchConfig> SqitchConfig::read(const QString &path, ErrorInfo *error)
{
    QFile file(path);
    if (!file.exists())
        return SqitchConfig{};
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), error);
}

namespace {

// The value after `=`: quotes group, `#`/`;` outside them end the line, escapes as git's.
bool parseValue(const QString &raw, QString *out, QString *why)
{
    QString value;
    bool quoted = false;
    int pendingSpace = 0; // blanks outside quotes count only when something follows them
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (!quoted && (c == QLatin1Char('#') || c == QLatin1Char(';')))
            break;
        if (!quoted && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
            ++pendingSpace;
            continue;
        }
        if (!value.isEmpty() || quoted)
            value += QString(pendingSpace, QLatin1Char(' '));
        pendingSpace = 0;
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (++i >= raw.size()) {
                *why = SqitchConfig::tr("a backslash ends the line");
                return false;
            }
            const QChar e = raw.at(i);
            if (e == QLatin1Char('n'))
                value += QLatin1Char('\n');
            else if (e == QLatin1Char('t'))
                value += QLatin1Char('\t');
            else if (e == QLatin1Char('b'))
                value.chop(1);
            else if (e == QLatin1Char('"') || e == QLatin1Char('\\'))
                value += e;
            else {
                *why = SqitchConfig::tr("unknown escape \\%1").arg(e);
                return false;
            }
            continue;
        }
        value += c;
    }
    if (quoted) {
        *why = SqitchConfig::tr("a quote is not closed");
        return false;
    }
    *out = value;
    return true;
}

} // namespace

std::optional<SqitchConfig> SqitchConfig::parse(const QByteArray &text, const QString &fileName, ErrorInfo *error)
{
    static const QRegularExpression sectionLine(
        QStringLiteral("^\\[\\s*([A-Za-z0-9.-]+)(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*\\]\\s*(?:[#;].*)?$"));
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]*)\\s*(?:=(.*))?$"));
    SqitchConfig config;
    QString section;
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // A value continued on the next line ends with a backslash.
        while (line.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
            QString next = lines.at(++i);
            if (next.endsWith(QLatin1Char('\r')))
                next.chop(1);
            line = line.chopped(1) + next;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        auto syntax = [&](const QString &what) {
            fail(error, tr("%1:%2: %3").arg(fileName).arg(lineNo).arg(what));
            return std::nullopt;
        };
        if (trimmed.startsWith(QLatin1Char('['))) {
            const auto m = sectionLine.match(trimmed);
            if (!m.hasMatch())
                return syntax(tr("not a section header: %1").arg(trimmed));
            section = m.captured(1).toLower();
            if (m.capturedStart(2) >= 0) {
                QString sub = m.captured(2);
                sub.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
                section += QLatin1Char('.') + sub;
            }
            continue;
        }
        const auto m = keyLine.match(trimmed);
        if (!m.hasMatch())
            return syntax(tr("expected key = value, found: %1").arg(trimmed));
        if (section.isEmpty())
            return syntax(tr("%1 comes before any [section]").arg(m.captured(1)));
        QString value = QStringLiteral("true");
        QString why;
        if (m.capturedStart(2) >= 0 && !parseValue(m.captured(2), &value, &why))
            return syntax(why);
        config.m_values.insert(section + QLatin1Char('.') + m.captured(1).toLower(), value);
    }
    return config;
}

QString SqitchConfig::value(const QString &key, const QString &fallback) const
{
    return m_values.value(key, fallback);
}

bool SqitchConfig::hasSubsection(const QString &section, const QString &subsection) const
{
    const QString prefix = section + QLatin1Char('.') + subsection + QLatin1Char('.');
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        if (it.key().startsWith(prefix))
            return true;
    return false;
}
