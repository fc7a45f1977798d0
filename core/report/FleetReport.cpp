// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FleetReport.h"

#include "report/RunReport.h"
#include "run/RunAction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString codeText(const FleetReport::ExitCodes &codes, qsizetype i)
{
    return i < codes.size() && codes.at(i) ? QString::number(*codes.at(i)) : QStringLiteral("-");
}

QString versions(const FleetTargetResult &t)
{
    if (t.fromVersion.isEmpty() && t.toVersion.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("%1 → %2").arg(t.fromVersion.isEmpty() ? QStringLiteral("?") : t.fromVersion,
                                         t.toVersion.isEmpty() ? QStringLiteral("?") : t.toVersion);
}

QString duration(const FleetTargetResult &t)
{
    return t.ran ? QStringLiteral("%1 ms").arg(t.durationMs) : QStringLiteral("-");
}

} // namespace

QList<FleetTargetState> FleetReport::states()
{
    return {FleetTargetState::Ok,     FleetTargetState::NothingToDo, FleetTargetState::Blocked,    FleetTargetState::Failed,
            FleetTargetState::Locked, FleetTargetState::Skipped,     FleetTargetState::Interrupted};
}

QString FleetReport::summaryLine(const FleetResult &result)
{
    QStringList parts;
    for (const FleetTargetState state : states())
        if (const int n = result.count(state); n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(fleetStateWord(state));
    return tr("%n target(s): %1", nullptr, int(result.targets.size()))
        .arg(parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", ")));
}

QJsonObject FleetReport::document(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode)
{
    QJsonArray targets;
    for (qsizetype i = 0; i < result.targets.size(); ++i) {
        const FleetTargetResult &t = result.targets.at(i);
        QJsonObject o{{QStringLiteral("target"), t.target},
                      {QStringLiteral("label"), orNull(t.label)},
                      {QStringLiteral("stage"), orNull(t.stage)},
                      {QStringLiteral("from_version"), orNull(t.fromVersion)},
                      {QStringLiteral("to_version"), orNull(t.toVersion)},
                      {QStringLiteral("result"), fleetStateWord(t.state)},
                      {QStringLiteral("run_result"), orNull(t.outcomeWord)},
                      {QStringLiteral("duration_ms"), t.durationMs},
                      {QStringLiteral("backup"), orNull(t.backupPath)},
                      {QStringLiteral("accepted_risks"), QJsonArray::fromStringList(t.acceptedRisks)},
                      {QStringLiteral("message"), orNull(t.message)}};
        o.insert(QStringLiteral("exit_code"), i < exitCodes.size() && exitCodes.at(i) ? QJsonValue(*exitCodes.at(i))
                                                                                   : QJsonValue(QJsonValue::Null));
        targets.append(o);
    }
    QJsonObject summary;
    for (const FleetTargetState state : states())
        summary.insert(fleetStateWord(state), result.count(state));
    QJsonObject doc{{QStringLiteral("action"), runActionName(result.action)},
                    {QStringLiteral("manifest"), result.manifest},
                    {QStringLiteral("targets"), targets},
                    {QStringLiteral("summary"), summary},
                    {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
                    {QStringLiteral("interrupted"), result.interrupted},
                    {QStringLiteral("duration_ms"), result.durationMs}};
    if (exitCode)
        doc.insert(QStringLiteral("exit_code"), *exitCode);
    return doc;
}

QString FleetReport::text(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode)
{
    // Column widths from the content, so the table lines up in a terminal.
    const QStringList header{tr("TARGET"), tr("LABEL"), tr("RESULT"), tr("VERSIONS"), tr("EXIT"), tr("TIME")};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < result.targets.size(); ++i) {
        const FleetTargetResult &t = result.targets.at(i);
        rows << QStringList{t.target, t.label, fleetStateWord(t.state), versions(t), codeText(exitCodes, i), duration(t)};
    }
    QList<int> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        int w = int(header.at(c).size());
        for (const QStringList &row : std::as_const(rows))
            w = qMax(w, int(row.at(c).size()));
        widths << w;
    }
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c)
            out += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        return out.trimmed() + QLatin1Char('\n');
    };
    QString out = tr("Fleet %1, %2\n").arg(result.manifest, runActionName(result.action));
    out += line(header);
    for (const QStringList &row : std::as_const(rows))
        out += line(row);
    bool anyMessage = false;
    for (const FleetTargetResult &t : result.targets)
        if (!t.message.isEmpty()) {
            if (!anyMessage)
                out += QLatin1Char('\n');
            anyMessage = true;
            out += QStringLiteral("%1: %2\n").arg(t.target, t.message);
        }
    for (const QString &note : result.notes)
        out += tr("Note: %1\n").arg(note);
    out += QLatin1Char('\n') + summaryLine(result) + QLatin1Char('\n');
    if (result.interrupted)
        out += tr("Interrupted: no target was started after the signal; the running ones were rolled back.\n");
    out += exitCode ? tr("Fleet finished in %1 ms, exit code %2.\n").arg(result.durationMs).arg(*exitCode)
                    : tr("Fleet finished in %1 ms.\n").arg(result.durationMs);
    return out;
}

QString FleetReport::html(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                               "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                               "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
                               ".failed,.blocked{color:#a00}.locked,.skipped,.interrupted{color:#a60}.ok{color:#070}"
                               "</style></head><body>\n")
                    .arg(esc(tr("Migration Assistant fleet report")));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Migration Assistant fleet report")));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Manifest %1, action %2.").arg(result.manifest, runActionName(result.action))));
    h += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(summaryLine(result)));
    if (exitCode)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Exit code %1, %2 ms.").arg(*exitCode).arg(result.durationMs)));
    h += QStringLiteral("<table>\n<tr>");
    for (const QString &title : {tr("Target"), tr("Label"), tr("Stage"), tr("Result"), tr("Versions"), tr("Exit code"),
                                 tr("Duration"), tr("Accepted risks"), tr("Backup"), tr("Message")})
        h += QStringLiteral("<th>%1</th>").arg(esc(title));
    h += QStringLiteral("</tr>\n");
    for (qsizetype i = 0; i < result.targets.size(); ++i) {
        const FleetTargetResult &t = result.targets.at(i);
        const QString word = fleetStateWord(t.state);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%4</td><td>%5</td><td>%6</td>"
                            "<td>%7</td><td>%8</td><td>%9</td><td>%10</td></tr>\n")
                 .arg(esc(t.target), esc(t.label), esc(t.stage), word, esc(versions(t)), codeText(exitCodes, i),
                      esc(duration(t)), esc(t.acceptedRisks.join(QStringLiteral(", "))), esc(t.backupPath))
                 .arg(esc(t.message));
    }
    h += QStringLiteral("</table>\n");
    for (const QString &note : result.notes)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(note));
    h += QStringLiteral("</body></html>\n");
    return h;
}

bool FleetReport::write(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode,
                        const QString &path, ErrorInfo *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(document(result, exitCodes, exitCode)).toJson(QJsonDocument::Indented);
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = html(result, exitCodes, exitCode).toUtf8();
    else if (suffix == QLatin1String("txt"))
        bytes = text(result, exitCodes, exitCode).toUtf8();
    else if (suffix == QLatin1String("pdf"))
        bytes = RunReport::renderPdf(html(result, exitCodes, exitCode));
    else
        return fail(error, tr("Unknown report format \"%1\": use a file name ending in .%2.")
                               .arg(QFileInfo(path).fileName(), RunReport::formats().join(QStringLiteral(", ."))));
    return RunReport::save(path, bytes, error);
}
