// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RunReport.h"

#include <algorithm>

#include "checks/CheckRunner.h"
#include "report/JsonReport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString outcomeSentence(const RunResult &r)
{
    switch (r.outcome) {
    case RunOutcome::Ok:
        switch (r.action) {
        case RunAction::Check:
            return RunReport::tr("The checks passed: the migration can go ahead.");
        case RunAction::Rehearse:
            return RunReport::tr("The rehearsal succeeded and was rolled back: the database is unchanged.");
        case RunAction::Apply:
            return RunReport::tr("The migration was applied and validated.");
        case RunAction::Baseline:
            return RunReport::tr("The database's version was recorded.");
        case RunAction::Finalize:
            return RunReport::tr("The finalize ran: what the rollback needed is gone, and the rollback is refused.");
        default:
            return RunReport::tr("Done.");
        }
    case RunOutcome::NothingToDo:
        return RunReport::tr("Nothing to do.");
    case RunOutcome::RolledBack:
        return RunReport::tr("The migration was rolled back and the restore verified.");
    default:
        return r.error.message;
    }
}

QString table(const QList<TableState> &states)
{
    QString out;
    for (const TableState &t : states)
        out += QStringLiteral("  %1 %2\n").arg(t.table, -20).arg(CheckRunner::formatCount(t.rows), 12);
    return out;
}

QString esc(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

QString RunReport::text(const RunResult &r, std::optional<int> exitCode)
{
    QString out;
    out += tr("Database: %1\n").arg(r.database);
    if (r.action == RunAction::Status && r.path.empty() && (!r.version.isEmpty() || !r.pending.isEmpty())) {
        out += tr("Version:  %1\n").arg(r.version.isEmpty() ? tr("unknown") : r.version);
        out += tr("Pending:  %1\n").arg(r.pending.isEmpty() ? tr("nothing") : r.pending.join(QStringLiteral(", ")));
    } else if (!r.path.empty()) {
        out += tr("Version:  %1 → %2\n").arg(r.fromVersion, r.toVersion);
        for (std::size_t i = 0; i < r.path.size(); ++i) {
            const RunResult &part = r.path.at(i);
            out += (i == 0 ? tr("Path:     ") : QStringLiteral("          "))
                   + tr("%1. %2 — %3 (%4 → %5): %6\n")
                         .arg(i + 1)
                         .arg(part.planId, part.planTitle, part.fromVersion, part.toVersion,
                              part.pathWord.isEmpty() ? part.resultWord() : part.pathWord);
        }
    } else if (!r.planId.isEmpty()) {
        out += tr("Plan:     %1 — %2 (%3 → %4)\n").arg(r.planId, r.planTitle, r.fromVersion, r.toVersion);
    }
    out += tr("Action:   %1\n").arg(runActionName(r.action));
    if (!r.checks.isEmpty()) {
        out += tr("\nChecks:\n");
        QString plan = r.checks.first().planId;
        const bool severalPlans = std::any_of(r.checks.begin(), r.checks.end(),
                                              [&](const CheckResult &c) { return c.planId != plan; });
        plan.clear();
        for (const CheckResult &c : r.checks) {
            if (severalPlans && c.planId != plan) {
                plan = c.planId;
                out += tr("  Plan %1:\n").arg(plan);
            }
            const QString mark = c.passed ? QStringLiteral("ok") : c.accepted ? tr("accepted") : tr("FAILED");
            out += QStringLiteral("  [%1] %2 %3 %4\n      %5\n")
                       .arg(c.severityName(), -7)
                       .arg(c.id, -34)
                       .arg(CheckRunner::formatCount(c.value), 12)
                       .arg(mark, c.message);
            if (!c.passed) {
                if (!c.explanation.isEmpty())
                    out += QStringLiteral("      %1\n").arg(c.explanation);
                if (!c.sampleRows.isEmpty()) {
                    out += tr("      Examples (%1):\n").arg(c.sampleColumns.join(QStringLiteral(", ")));
                    for (const QStringList &row : c.sampleRows)
                        out += QStringLiteral("        %1\n").arg(row.join(QStringLiteral(" | ")).simplified());
                }
            }
        }
    }
    if (!r.tablesBefore.isEmpty())
        out += tr("\nRows before:\n") + table(r.tablesBefore);
    if (!r.tablesAfter.isEmpty())
        out += tr("\nRows after:\n") + table(r.tablesAfter);
    if (!r.validations.isEmpty()) {
        out += tr("\nValidation:\n");
        for (const ValidationResult &v : r.validations)
            out += tr("  [%1] %2: %3 (expected %4)\n")
                       .arg(v.passed ? QStringLiteral("ok") : tr("FAILED"), v.title,
                            CheckRunner::formatCount(v.value), v.expected);
    }
    if (r.action == RunAction::Status) {
        out += tr("\nHistory:\n");
        if (r.history.isEmpty())
            out += tr("  (no run of this assistant is recorded in this database)\n");
        for (const HistoryEntry &e : r.history)
            out += tr("  #%1 %2 %3 %4 %5 → %6 by %7 on %8, version %9\n")
                       .arg(e.id)
                       .arg(e.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.planId,
                            e.outcome, e.fromVersion, e.toVersion, e.operatorName, e.host, e.appVersion)
                   + (e.acceptedRisks.isEmpty() ? QString() : tr("      accepted risks: %1\n").arg(acceptedRisks(e)))
                   + (e.backupPath.isEmpty() ? QString() : tr("      backup: %1\n").arg(e.backupPath));
    }
    if (!r.differences.isEmpty()) {
        out += tr("\nDifferences:\n");
        for (const QString &d : r.differences)
            out += QStringLiteral("  %1\n").arg(d);
    }
    for (const QString &n : r.notes)
        out += QStringLiteral("\n%1").arg(n);
    if (!r.backupPath.isEmpty())
        out += tr("\nBackup: %1").arg(r.backupPath);
    out += QStringLiteral("\n\n%1\n").arg(outcomeSentence(r));
    if (r.error.isError() && !r.error.details.isEmpty() && r.outcome != RunOutcome::Blocked)
        out += tr("Details: %1\n").arg(r.error.details);
    out += exitCode ? tr("Result: %1 (exit code %2) in %3 ms\n").arg(r.resultWord()).arg(*exitCode).arg(r.durationMs)
                    : tr("Result: %1 in %2 ms\n").arg(r.resultWord()).arg(r.durationMs);
    return out;
}

QString RunReport::html(const RunResult &r, std::optional<int> exitCode)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
                        ".blocker{color:#a00}.warning{color:#a60}.ok{color:#070}</style></head><body>\n")
             .arg(esc(tr("Migration Assistant report")));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Migration Assistant report")));
    h += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(outcomeSentence(r)));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"4\">");
    QString planFact = QStringLiteral("%1 — %2 (%3 → %4)").arg(r.planId, r.planTitle, r.fromVersion, r.toVersion);
    if (!r.path.empty()) {
        // A path: the versions, and each plan with how it ended.
        QStringList plans;
        for (const RunResult &part : r.path)
            plans << QStringLiteral("%1 (%2 → %3): %4")
                         .arg(part.planId, part.fromVersion, part.toVersion,
                              part.pathWord.isEmpty() ? part.resultWord() : part.pathWord);
        planFact = tr("%1 → %2, %n plan(s): %3", nullptr, int(r.path.size()))
                       .arg(r.fromVersion, r.toVersion, plans.join(QStringLiteral("; ")));
    } else if (r.planId.isEmpty()) {
        planFact.clear();
    }
    const QList<QPair<QString, QString>> facts{
        {tr("Database"), r.database},
        {r.path.empty() ? tr("Plan") : tr("Path"), planFact},
        {tr("Plan checksum"), r.planChecksum},
        {tr("Action"), runActionName(r.action)},
        {tr("Operator"), r.operatorName},
        {tr("Result"), exitCode ? QStringLiteral("%1 (exit code %2)").arg(r.resultWord()).arg(*exitCode) : r.resultWord()},
        {tr("Duration"), QStringLiteral("%1 ms").arg(r.durationMs)},
        {tr("Backup"), r.backupPath}};
    for (const auto &f : facts)
        if (!f.second.isEmpty())
            h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(f.first), esc(f.second));
    h += QStringLiteral("</table>\n");
    if (r.error.isError())
        h += QStringLiteral("<p>%1</p><pre>%2</pre>\n").arg(esc(r.error.message), esc(r.error.details));
    if (!r.checks.isEmpty()) {
        // Explicit widths: Qt's HTML renderer (used for the PDF) shrinks unsized columns.
        h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"4\"><tr><th width=\"28%\">%2</th>"
                            "<th width=\"12%\">%3</th><th width=\"16%\">%4</th><th>%5</th></tr>\n")
                 .arg(esc(tr("Checks")), esc(tr("Check")), esc(tr("Count")), esc(tr("Result")), esc(tr("What it means")));
        for (const CheckResult &c : r.checks) {
            QString samples;
            if (!c.sampleRows.isEmpty()) {
                samples = QStringLiteral("<table width=\"100%\" cellpadding=\"2\"><tr>");
                for (const QString &col : c.sampleColumns)
                    samples += QStringLiteral("<th>%1</th>").arg(esc(col));
                samples += QStringLiteral("</tr>");
                for (const QStringList &row : c.sampleRows) {
                    samples += QStringLiteral("<tr>");
                    for (const QString &v : row)
                        samples += QStringLiteral("<td>%1</td>").arg(esc(v));
                    samples += QStringLiteral("</tr>");
                }
                samples += QStringLiteral("</table>");
            }
            const QString status = c.passed ? tr("passed") : c.accepted ? tr("accepted by %1").arg(c.acceptedBy)
                                                                        : tr("failed");
            h += QStringLiteral("<tr class=\"%1\"><td width=\"28%\"><b>%2</b><br><small>%3</small></td>"
                                "<td width=\"12%\" align=\"right\">%4</td><td width=\"16%\">%5<br><small>%6</small></td>"
                                "<td>%7<br><small>%8</small></td></tr>\n")
                     .arg(c.passed ? QStringLiteral("ok") : c.severityName(), esc(c.title),
                          esc(r.path.size() > 1 ? c.planId + QLatin1Char(':') + c.id : c.id),
                          CheckRunner::formatCount(c.value), esc(status), esc(c.severityName()), esc(c.message),
                          esc(c.explanation));
            // Samples get a row of their own: long values must not squeeze the columns above.
            if (!samples.isEmpty())
                h += QStringLiteral("<tr><td colspan=\"4\"><small>%1</small>%2</td></tr>\n")
                         .arg(esc(tr("Examples (secrets masked):")), samples);
        }
        h += QStringLiteral("</table>\n");
    }
    auto tableRows = [](const QString &title, const QList<TableState> &states) {
        QString t = QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">").arg(esc(title));
        for (const TableState &s : states)
            t += QStringLiteral("<tr><td>%1</td><td>%2</td><td><small>%3</small></td></tr>")
                     .arg(esc(s.table), CheckRunner::formatCount(s.rows), esc(s.checksum));
        return t + QStringLiteral("</table>\n");
    };
    if (!r.tablesBefore.isEmpty())
        h += tableRows(tr("Rows before"), r.tablesBefore);
    if (!r.tablesAfter.isEmpty())
        h += tableRows(tr("Rows after"), r.tablesAfter);
    if (!r.validations.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"4\">").arg(esc(tr("Validation")));
        for (const ValidationResult &v : r.validations)
            h += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(v.passed ? QStringLiteral("ok") : QStringLiteral("blocker"), esc(v.title),
                          CheckRunner::formatCount(v.value), esc(v.expected));
        h += QStringLiteral("</table>\n");
    }
    if (!r.differences.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Differences")));
        for (const QString &d : r.differences)
            h += QStringLiteral("<li>%1</li>").arg(esc(d));
        h += QStringLiteral("</ul>\n");
    }
    for (const QString &n : r.notes)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(n));
    if (!r.history.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"4\">").arg(esc(tr("History")));
        for (const HistoryEntry &e : r.history)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(e.id)
                     .arg(esc(e.finishedAt.toLocalTime().toString(Qt::ISODate)), esc(e.planId), esc(e.outcome),
                          esc(e.operatorName));
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

namespace {
RunReport::PdfRenderer &pdfRenderer()
{
    static RunReport::PdfRenderer renderer;
    return renderer;
}
} // namespace

void RunReport::setPdfRenderer(PdfRenderer renderer)
{
    pdfRenderer() = std::move(renderer);
}

QStringList RunReport::formats()
{
    QStringList out{QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("txt")};
    if (pdfRenderer())
        out << QStringLiteral("pdf");
    return out;
}

QByteArray RunReport::json(const RunResult &result, std::optional<int> exitCode)
{
    return QJsonDocument(JsonReport::document(result, exitCode)).toJson(QJsonDocument::Indented);
}

QString RunReport::acceptedRisks(const HistoryEntry &entry)
{
    QStringList parts;
    for (const QJsonValue &v : entry.acceptedRisks) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString value = CheckRunner::formatCount(o.value(QLatin1String("value")).toInteger());
        const QString by = o.value(QLatin1String("accepted_by")).toString();
        parts << (by.isEmpty() ? tr("%1 (%2)").arg(id, value) : tr("%1 (%2, accepted by %3)").arg(id, value, by));
    }
    return parts.join(QStringLiteral(", "));
}

bool RunReport::write(const RunResult &result, const QString &path, ErrorInfo *error, std::optional<int> exitCode)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = json(result, exitCode);
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = html(result, exitCode).toUtf8();
    else if (suffix == QLatin1String("txt"))
        bytes = text(result, exitCode).toUtf8();
    else if (suffix == QLatin1String("pdf") && pdfRenderer())
        bytes = pdfRenderer()(html(result, exitCode));
    else
        return fail(error, tr("Unknown report format \"%1\": use a file name ending in .%2.")
                               .arg(QFileInfo(path).fileName(), formats().join(QStringLiteral(", ."))));
    return save(path, bytes, error);
}

QByteArray RunReport::renderPdf(const QString &html)
{
    return pdfRenderer() ? pdfRenderer()(html) : QByteArray();
}

bool RunReport::save(const QString &path, const QByteArray &bytes, ErrorInfo *error)
{
    if (bytes.isEmpty())
        return fail(error, tr("The report %1 could not be rendered.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write the report %1.").arg(path), file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return fail(error, tr("Cannot write the report %1.").arg(path), file.errorString());
    return true;
}
