// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SqitchPlanFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace {

// Sqitch's $punct (like [:punct:] without _) and $name_re, from App::Sqitch::Plan.
const QString punct = QStringLiteral("[-!\"#$%&'()*+,./:;<=>?@\\[\\\\\\]^`{|}~]");
const QString nameRe = QStringLiteral("(?!%1)(?:(?![~/=%^][0-9]+(?:$|[ \\t]))[^ \\t:@#\\\\])+(?<!%1)\\b").arg(punct);

const QRegularExpression &lineRe()
{
    static const QRegularExpression re(
        QStringLiteral("^[ \\t]*(?:@|[ \\t]*(?<op>[+-])[ \\t]*)?(?<name>%1)(?:[ \\t]+)?"
                       "(?:\\[(?<deps>[^\\]]+)\\][ \\t]*)?"
                       "(?:(?<yr>[0-9]{4})-(?<mo>[0-9]{2})-(?<dy>[0-9]{2})T(?<hr>[0-9]{2}):(?<mi>[0-9]{2}):(?<sc>[0-9]{2})Z[ \\t]*)?"
                       "(?:(?<pname>[^<]+)[ \\t]+<(?<pemail>[^>]+)>)?$")
            .arg(nameRe),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A Sqitch note: trimmed, \n \r \\ unescaped.
QString unescapeNote(QString note)
{
    note = note.trimmed();
    QString out;
    for (int i = 0; i < note.size(); ++i) {
        if (note.at(i) == QLatin1Char('\\') && i + 1 < note.size()) {
            const QChar e = note.at(i + 1);
            if (e == QLatin1Char('n') || e == QLatin1Char('r') || e == QLatin1Char('\\')) {
                out += e == QLatin1Char('n') ? QLatin1Char('\n') : e == QLatin1Char('r') ? QLatin1Char('\r') : e;
                ++i;
                continue;
            }
        }
        out += note.at(i);
    }
    return out;
}

bool isBlankOrComment(const QString &line, bool *hasNote)
{
    static const QRegularExpression re(QStringLiteral("^[ \\t]*(?:#[ \\t]*(.+)|$)"));
    const auto m = re.match(line);
    *hasNote = m.hasMatch() && m.capturedStart(1) >= 0;
    return m.hasMatch();
}

// Cuts the inline note off a line: from the first # (with the blanks before it).
QString cutNote(QString *line)
{
    QString note;
    const qsizetype hash = line->indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        note = line->mid(hash + 1);
        line->truncate(hash);
    }
    while (line->endsWith(QLatin1Char(' ')) || line->endsWith(QLatin1Char('\t')))
        line->chop(1);
    return unescapeNote(note);
}

} // namespace

std::optional<SqitchPlanFile> SqitchPlanFile::read(const QString &path, ErrorInfo *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), error);
}

std::optional<SqitchPlanFile> SqitchPlanFile::parse(const QByteArray &text, const QString &fileName, ErrorInfo *error)
{
    static const QRegularExpression pragmaRe(
        QStringLiteral("^[ \\t]*%[ \\t]*(?<name>[^-!\"#$%&'()*+,./:;<=>?@\\[\\\\\\]^`{|}~](?:[^ \\t=]*?%1)?)"
                       "(?:[ \\t]*=[ \\t]*(?<value>.+))?$")
            .arg(QStringLiteral("[^-!\"#$%&'()*+,./:;<=>?@\\[\\\\\\]^`{|}~ \\t]")));
    static const QRegularExpression projectRe(QStringLiteral("^%1$").arg(nameRe),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression depRe(
        QStringLiteral("^(?<not>!?)(?:(?<project>%1):)?(?:(?<id>[0-9a-f]{40})|(?<change>%1)(?:@(?<tag>%1))?|@(?<tagonly>%1))$")
            .arg(nameRe),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression sha1Like(QStringLiteral("^[0-9a-f]{40}"));

    SqitchPlanFile plan;
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    int lineNo = 0;
    auto syntax = [&](const QString &what) {
        fail(error, tr("%1:%2: %3").arg(fileName).arg(lineNo).arg(what));
        return std::nullopt;
    };

    // The header: pragmas until the first blank line.
    int at = 0;
    for (; at < lines.size(); ++at) {
        lineNo = at + 1;
        QString line = lines.at(at);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        bool hasNote = false;
        if (isBlankOrComment(line, &hasNote)) {
            if (!hasNote) {
                ++at;
                break;
            }
            continue;
        }
        cutNote(&line);
        const auto m = pragmaRe.match(line);
        if (!m.hasMatch())
            return syntax(tr("Invalid pragma; a blank line must come between pragmas and changes"));
        const QString name = m.captured(u"name");
        const QString value = m.capturedStart(u"value") >= 0 ? m.captured(u"value") : QStringLiteral("1");
        if (name == QLatin1String("project") && !projectRe.match(value).hasMatch())
            return syntax(tr("invalid project name \"%1\": project names must not begin with punctuation, contain "
                             "\"@\", \":\", \"#\", \"\\\", or blanks, or end in punctuation or digits following punctuation")
                              .arg(value));
        plan.pragmas.insert(name, value);
    }
    plan.project = plan.pragmas.value(QStringLiteral("project"));
    plan.uri = plan.pragmas.value(QStringLiteral("uri"));
    if (plan.project.isEmpty()) {
        fail(error, tr("%1: Missing %project pragma").arg(fileName));
        return std::nullopt;
    }

    QHash<QString, int> lineOf;      // Sqitch's %line_no_for: names and @tags of closed sections
    QHash<QString, int> sectionLine; // %tag_changes: changes since the last tag
    QHash<QString, int> changeNamed; // the latest instance of each name
    int closed = 0;                  // changes in sections a tag closed
    // Sqitch's check_changes: every dependency of this project must come earlier.
    auto checkSection = [&](int from, int to) -> bool {
        QHash<QString, int> position;
        for (int i = from; i < to; ++i) {
            const SqitchChange &c = plan.changes.at(i);
            for (const SqitchDependency &d : c.required) {
                if (!d.project.isEmpty() ? d.project != plan.project : !d.id.isEmpty())
                    continue;
                const QString key = d.keyName();
                bool known = false;
                if (key.indexOf(QLatin1Char('@')) > 0) {
                    const int tagAt = lineOf.value(QLatin1Char('@') + d.tag);
                    const int changeAt = lineOf.value(d.change);
                    known = tagAt && changeAt && changeAt < tagAt;
                } else {
                    known = lineOf.contains(key) || position.contains(key);
                }
                if (known)
                    continue;
                lineNo = c.line;
                if (key == c.name)
                    return fail(error, tr("%1:%2: Change \"%3\" cannot require itself").arg(fileName).arg(c.line).arg(c.name));
                if (sectionLine.contains(key))
                    return fail(error, tr("%1:%2: Change \"%3\" is planned before the change \"%4\" it requires; move it "
                                          "down in the plan").arg(fileName).arg(c.line).arg(c.name, key));
                return fail(error, tr("%1:%2: Unknown change \"%3\" required by change \"%4\"")
                                       .arg(fileName).arg(c.line).arg(key, c.name));
            }
            position.insert(c.name, i - from + 1);
        }
        return true;
    };

    for (; at < lines.size(); ++at) {
        lineNo = at + 1;
        QString line = lines.at(at);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        bool hasNote = false;
        if (isBlankOrComment(line, &hasNote))
            continue;
        const QString note = cutNote(&line);
        const bool isTag = line.trimmed().startsWith(QLatin1Char('@'));
        const auto m = lineRe().match(line);
        static const QRegularExpression tsRe(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"));
        if (!m.hasMatch() || m.captured(u"name").isEmpty() || (m.captured(u"yr").isEmpty() && tsRe.match(line).hasMatch()))
            return syntax(tr("Invalid name; names must not begin with punctuation, contain \"@\", \":\", \"#\", \"\\\", "
                             "or blanks, or end in punctuation or digits following punctuation"));
        if (m.captured(u"yr").isEmpty() && m.captured(u"pname").isEmpty())
            return syntax(tr("Missing timestamp and planner name and email"));
        if (m.captured(u"yr").isEmpty())
            return syntax(tr("Missing timestamp"));
        if (m.captured(u"pname").isEmpty())
            return syntax(tr("Missing planner name and email"));
        const QString name = m.captured(u"name");
        if (name == QLatin1String("ROOT") || name == QLatin1String("HEAD"))
            return syntax(tr("\"%1\" is a reserved name").arg(isTag ? QLatin1Char('@') + name : name));
        if (sha1Like.match(name).hasMatch())
            return syntax(tr("\"%1\" is invalid because it could be confused with a SHA1 ID").arg(name));
        if (m.captured(u"op") == QLatin1String("-"))
            return syntax(tr("\"-%1\": a change marked for revert in the plan (Sqitch's old plan syntax); remove the "
                             "line, the assistant reverts with --rollback").arg(name));
        const QDateTime plannedAt(QDate(m.captured(u"yr").toInt(), m.captured(u"mo").toInt(), m.captured(u"dy").toInt()),
                                  QTime(m.captured(u"hr").toInt(), m.captured(u"mi").toInt(), m.captured(u"sc").toInt()),
                                  Qt::UTC);
        if (!plannedAt.isValid())
            return syntax(tr("Invalid timestamp"));

        if (isTag) {
            if (name.contains(QLatin1Char('/')))
                return syntax(tr("Tag \"%1\" contains illegal character /").arg(name));
            if (plan.changes.isEmpty())
                return syntax(tr("Tag \"%1\" declared without a preceding change").arg(name));
            if (const int earlier = lineOf.value(QLatin1Char('@') + name))
                return syntax(tr("Tag \"%1\" duplicates earlier declaration on line %2").arg(name).arg(earlier));
            if (!m.captured(u"deps").isEmpty())
                return syntax(tr("Tags may not specify dependencies"));
            if (!checkSection(closed, int(plan.changes.size())))
                return std::nullopt;
            closed = int(plan.changes.size());
            SqitchTag tag{name, plannedAt, m.captured(u"pname").trimmed(), m.captured(u"pemail"), note, lineNo, {}};
            plan.changes.last().tags.append(tag);
            for (auto it = sectionLine.begin(); it != sectionLine.end(); ++it)
                lineOf.insert(it.key(), it.value());
            lineOf.insert(QLatin1Char('@') + name, lineNo);
            sectionLine.clear();
            continue;
        }

        if (const int earlier = sectionLine.value(name))
            return syntax(tr("Change \"%1\" duplicates earlier declaration on line %2").arg(name).arg(earlier));
        SqitchChange change;
        change.name = name;
        change.plannedAt = plannedAt;
        change.plannerName = m.captured(u"pname").trimmed();
        change.plannerEmail = m.captured(u"pemail");
        change.note = note;
        change.line = lineNo;
        change.parent = int(plan.changes.size()) - 1;
        QStringList seenDeps;
        for (const QString &spec : m.captured(u"deps").split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts)) {
            const auto d = depRe.match(spec);
            if (!d.hasMatch())
                return syntax(tr("\"%1\" is not a valid dependency specification").arg(spec));
            if (seenDeps.contains(spec))
                return syntax(tr("Duplicate dependency \"%1\"").arg(spec));
            seenDeps << spec;
            SqitchDependency dep;
            dep.conflict = !d.captured(u"not").isEmpty();
            dep.project = d.captured(u"project");
            dep.id = d.captured(u"id");
            dep.change = d.captured(u"change");
            dep.tag = d.capturedStart(u"tag") >= 0 ? d.captured(u"tag") : d.captured(u"tagonly");
            (dep.conflict ? change.conflicts : change.required).append(dep);
        }
        sectionLine.insert(name, lineNo);
        if (const auto duped = changeNamed.constFind(name); duped != changeNamed.constEnd()) {
            // Sqitch: the tags of the changes between the two instances, latest first, then the
            // earlier instance's own; its scripts are named after the first of them found on disk.
            QList<SqitchTag> reworkTags;
            for (int i = closed - 1; i > *duped; --i)
                reworkTags += plan.changes.at(i).tags;
            plan.changes[*duped].reworkTags += reworkTags + plan.changes.at(*duped).tags;
        }
        changeNamed.insert(name, int(plan.changes.size()));
        plan.changes.append(change);
    }
    if (!checkSection(closed, int(plan.changes.size())))
        return std::nullopt;
    if (!plan.finish(fileName, error))
        return std::nullopt;
    return plan;
}

bool SqitchPlanFile::finish(const QString &fileName, ErrorInfo *error)
{
    Q_UNUSED(fileName);
    Q_UNUSED(error);
    for (int i = 0; i < changes.size(); ++i) {
        changes[i].id = sha1Of(QStringLiteral("change"), changeInfo(i));
        for (int t = 0; t < changes.at(i).tags.size(); ++t)
            changes[i].tags[t].id = sha1Of(QStringLiteral("tag"), tagInfo(i, t));
    }
    // reworkTags were copied before the ids existed.
    QHash<QString, QString> tagIds;
    for (const SqitchChange &c : std::as_const(changes))
        for (const SqitchTag &t : c.tags)
            tagIds.insert(t.name, t.id);
    for (SqitchChange &c : changes)
        for (SqitchTag &t : c.reworkTags)
            t.id = tagIds.value(t.name);
    return true;
}

QString SqitchPlanFile::rawDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString SqitchPlanFile::canonicalUri(const QString &uri)
{
    QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return uri;
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("http") && url.port() == 80) || (url.scheme() == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    return url.toString(QUrl::FullyEncoded);
}

QString SqitchPlanFile::changeInfo(int index) const
{
    const SqitchChange &c = changes.at(index);
    QStringList parts{QStringLiteral("project ") + project};
    if (!uri.isEmpty())
        parts << QStringLiteral("uri ") + canonicalUri(uri);
    parts << QStringLiteral("change ") + c.name;
    if (c.parent >= 0)
        parts << QStringLiteral("parent ") + changes.at(c.parent).id;
    parts << QStringLiteral("planner %1 <%2>").arg(c.plannerName, c.plannerEmail);
    parts << QStringLiteral("date ") + rawDate(c.plannedAt);
    QStringList req, con;
    for (const SqitchDependency &d : c.required)
        req << d.asString(project);
    for (const SqitchDependency &d : c.conflicts)
        con << d.asString(project);
    if (!req.isEmpty())
        parts << QStringLiteral("requires\n  + ") + req.join(QStringLiteral("\n  + "));
    if (!con.isEmpty())
        parts << QStringLiteral("conflicts\n  - ") + con.join(QStringLiteral("\n  - "));
    if (!c.note.isEmpty())
        parts << QString() << c.note;
    return parts.join(QLatin1Char('\n'));
}

QString SqitchPlanFile::tagInfo(int changeIndex, int tagIndex) const
{
    const SqitchTag &t = changes.at(changeIndex).tags.at(tagIndex);
    QStringList parts{QStringLiteral("project ") + project};
    if (!uri.isEmpty())
        parts << QStringLiteral("uri ") + canonicalUri(uri);
    parts << QStringLiteral("tag ") + t.formatName();
    parts << QStringLiteral("change ") + changes.at(changeIndex).id;
    parts << QStringLiteral("planner %1 <%2>").arg(t.plannerName, t.plannerEmail);
    parts << QStringLiteral("date ") + rawDate(t.plannedAt);
    if (!t.note.isEmpty())
        parts << QString() << t.note;
    return parts.join(QLatin1Char('\n'));
}

QString SqitchPlanFile::sha1Of(const QString &kind, const QString &info)
{
    const QByteArray content = info.toUtf8();
    QCryptographicHash sha(QCryptographicHash::Sha1);
    sha.addData(kind.toUtf8() + ' ' + QByteArray::number(content.size()) + '\0' + content);
    return QString::fromLatin1(sha.result().toHex());
}

int SqitchPlanFile::resolve(const SqitchDependency &d, int from) const
{
    if (d.isExternal(project))
        return -1;
    if (!d.id.isEmpty()) {
        for (int i = 0; i < changes.size(); ++i)
            if (changes.at(i).id == d.id)
                return i;
        return -1;
    }
    int tagAt = -1;
    if (!d.tag.isEmpty()) {
        if (d.tag == QLatin1String("HEAD"))
            tagAt = int(changes.size()) - 1;
        else if (d.tag == QLatin1String("ROOT"))
            tagAt = 0;
        for (int i = 0; tagAt < 0 && i < changes.size(); ++i)
            for (const SqitchTag &t : changes.at(i).tags)
                if (t.name == d.tag)
                    tagAt = i;
        if (tagAt < 0)
            return -1;
        if (d.change.isEmpty())
            return tagAt;
    }
    const int last = tagAt >= 0 ? tagAt : from - 1;
    for (int i = qMin(last, int(changes.size()) - 1); i >= 0; --i)
        if (changes.at(i).name == d.change)
            return i;
    return -1;
}
