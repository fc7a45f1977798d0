// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/FlywayConfig.h"

#include "project/ProjectScriptText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// "jdbc:postgresql://host:5432/shop?x=y" → shop; "jdbc:sqlite:/path/app.db" → app.db.
void readUrl(const QString &url, QString *driver, QString *database)
{
    if (url.startsWith(QLatin1String("jdbc:postgresql:"))) {
        *driver = QStringLiteral("postgresql");
        QString rest = url.section(QLatin1Char('?'), 0, 0);
        const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
        if (slash > QStringLiteral("jdbc:postgresql://").size() - 1)
            *database = rest.mid(slash + 1);
    } else if (url.startsWith(QLatin1String("jdbc:sqlite:"))) {
        *driver = QStringLiteral("sqlite");
        *database = QStringLiteral("main");
    }
}

// A TOML value as this reader knows them: "text", 'text', ["first", …] (the first), or bare.
QString tomlValue(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('['))) {
        value = value.mid(1).section(QLatin1Char(','), 0, 0).trimmed();
        if (value.endsWith(QLatin1Char(']')))
            value.chop(1);
        value = value.trimmed();
    }
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))) {
        const QChar quote = value.front();
        const qsizetype end = value.indexOf(quote, 1);
        value = value.mid(1, end < 0 ? -1 : end - 1);
        if (quote == QLatin1Char('"'))
            value.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        return value;
    }
    return value.section(QLatin1Char('#'), 0, 0).trimmed();
}

} // namespace

bool FlywayConfig::take(const QString &rawKey, const QString &value)
{
    const QString key = rawKey.trimmed();
    static const QString placeholderKey = QStringLiteral("flyway.placeholders.");
    if (key.startsWith(placeholderKey, Qt::CaseInsensitive)) {
        placeholders.insert(key.mid(placeholderKey.size()).toLower(), value);
        return true;
    }
    const QString k = key.toLower();
    if (k == QLatin1String("flyway.placeholderreplacement"))
        placeholderReplacement = value.trimmed().toLower() != QLatin1String("false");
    else if (k == QLatin1String("flyway.table"))
        table = value.trimmed();
    else if (k == QLatin1String("flyway.defaultschema"))
        defaultSchema = value.trimmed();
    else if (k == QLatin1String("flyway.schemas") || k == QLatin1String("environments.default.schemas")) {
        if (defaultSchema.isEmpty())
            defaultSchema = value.section(QLatin1Char(','), 0, 0).trimmed();
    } else if (k == QLatin1String("flyway.user") || k == QLatin1String("environments.default.user"))
        user = value.trimmed();
    else if (k == QLatin1String("flyway.url") || k == QLatin1String("environments.default.url"))
        readUrl(value.trimmed(), &urlDriver, &database);
    else if (k == QLatin1String("flyway.installedby"))
        installedBy = value.trimmed();
    else if (k.startsWith(QLatin1String("flyway.sqlmigration")) || k.startsWith(QLatin1String("flyway.undosqlmigration"))
             || k.startsWith(QLatin1String("flyway.repeatablesqlmigration"))
             || k.startsWith(QLatin1String("flyway.placeholderprefix")) || k.startsWith(QLatin1String("flyway.placeholdersuffix"))
             || k == QLatin1String("flyway.baselineversion") || k == QLatin1String("flyway.target"))
        notes << tr("%1 is not followed: the assistant reads V<version>__<description>.sql, "
                    "U<version>__<description>.sql and R__<description>.sql anywhere in the folder, with ${…} "
                    "placeholders").arg(key);
    return true;
}

std::optional<FlywayConfig> FlywayConfig::read(const QString &folder, ErrorInfo *error)
{
    FlywayConfig config;
    config.timestamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QDir dir(folder);
    const bool toml = !dir.exists(QStringLiteral("flyway.conf")) && dir.exists(QStringLiteral("flyway.toml"));
    const QString name = toml ? QStringLiteral("flyway.toml") : QStringLiteral("flyway.conf");
    QFile file(dir.filePath(name));
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1: cannot read it: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QString section;
    QString pending; // a properties line continued with a trailing backslash
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = ProjectScriptText::withoutByteOrderMark(lines.at(i).trimmed());
        if (!toml && line.endsWith(QLatin1Char('\\'))) {
            pending += line.chopped(1);
            continue;
        }
        line = pending + line;
        pending.clear();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || (!toml && line.startsWith(QLatin1Char('!'))))
            continue;
        if (toml && line.startsWith(QLatin1Char('['))) {
            static const QRegularExpression header(QStringLiteral("^\\[\\s*([A-Za-z0-9_.\"-]+)\\s*\\]\\s*(#.*)?$"));
            const auto m = header.match(line);
            if (!m.hasMatch()) {
                fail(error, tr("%1:%2: not a TOML table header this reader knows: %3")
                                .arg(QDir::toNativeSeparators(file.fileName())).arg(i + 1).arg(line));
                return std::nullopt;
            }
            section = m.captured(1).remove(QLatin1Char('"'));
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const qsizetype colon = toml ? -1 : line.indexOf(QLatin1Char(':'));
        const qsizetype at = (colon >= 0 && (eq < 0 || colon < eq)) ? colon : eq;
        if (at <= 0) {
            fail(error, tr("%1:%2: expected key = value, found: %3")
                            .arg(QDir::toNativeSeparators(file.fileName())).arg(i + 1).arg(line));
            return std::nullopt;
        }
        QString key = line.left(at).trimmed();
        key.remove(QLatin1Char('"'));
        const QString value = toml ? tomlValue(line.mid(at + 1)) : line.mid(at + 1).trimmed();
        config.take(section.isEmpty() ? key : section + QLatin1Char('.') + key, value);
    }
    return config;
}

std::optional<QString> FlywayConfig::substitute(const QString &script, const QString &fileName, const QString &driver,
                                                ErrorInfo *error, int *faultLine) const
{
    if (!placeholderReplacement)
        return script;
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([^{}\\s]+)\\}"));
    const bool sqlite = driver == QLatin1String("sqlite");
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(script);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString lower = name.toLower();
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        QString value;
        bool known = true;
        if (placeholders.contains(lower)) {
            value = placeholders.value(lower);
        } else if (lower == QLatin1String("flyway:defaultschema")) {
            if (!defaultSchema.isEmpty() || sqlite) {
                value = defaultSchema.isEmpty() ? QStringLiteral("main") : defaultSchema;
            } else {
                // The schema is the run's (--db …?schema=): the runner fills it in as it does for plans.
                const QChar before = start > 0 ? script.at(start - 1) : QChar();
                const QChar after = end < script.size() ? script.at(end) : QChar();
                const bool quoted = before == after && (before == QLatin1Char('\'') || before == QLatin1Char('"'));
                if (quoted) {
                    --start;
                    ++end;
                }
                value = quoted && before == QLatin1Char('\'') ? QStringLiteral("{{schema_literal}}") : QStringLiteral("{{schema}}");
            }
        } else if (lower == QLatin1String("flyway:user") && !user.isEmpty()) {
            value = user;
        } else if (lower == QLatin1String("flyway:database") && !database.isEmpty()) {
            value = database;
        } else if (lower == QLatin1String("flyway:timestamp")) {
            value = timestamp;
        } else if (lower == QLatin1String("flyway:filename")) {
            value = QFileInfo(fileName).fileName();
        } else if (lower == QLatin1String("flyway:table")) {
            value = table;
        } else {
            known = false;
        }
        if (!known) {
            const int line = int(script.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
            const QString advice = lower.startsWith(QLatin1String("flyway:"))
                ? tr("the assistant cannot know it before connecting; set it in flyway.conf "
                     "(flyway.user, flyway.url)")
                : tr("set flyway.placeholders.%1 in flyway.conf or [flyway.placeholders] in flyway.toml").arg(name);
            if (faultLine)
                *faultLine = line;
            fail(error, tr("no value for the placeholder ${%1}: %2 (Flyway refuses the script too)").arg(name, advice));
            return std::nullopt;
        }
        out += script.mid(last, start - last) + value;
        last = end;
    }
    out += script.mid(last);
    return out;
}
