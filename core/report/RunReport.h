// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"
#include "run/RunResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// A run written for people: plain text for the terminal, HTML for a support ticket, and
// JSON for machines. Holds no secret: the result never carries one.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    // exitCode: what the command line exits with, when it is one that writes the report
    // (cli/ExitCode.h); the core itself knows outcomes, not exit codes.
    static QString text(const RunResult &result, std::optional<int> exitCode = {});
    static QString html(const RunResult &result, std::optional<int> exitCode = {});
    // The --json document (JsonReport), indented.
    static QByteArray json(const RunResult &result, std::optional<int> exitCode = {});
    // Format by extension: .json, .html/.htm, .txt, and .pdf once a PDF renderer is
    // installed. Written atomically (QSaveFile), owner-only.
    static bool write(const RunResult &result, const QString &path, ErrorInfo *error,
                      std::optional<int> exitCode = {});
    // The warnings a history entry records as accepted, in words:
    // "incomplete-oauth-gmail (400, accepted by alice), …".
    static QString acceptedRisks(const HistoryEntry &entry);
    static QStringList formats();

    // Rendering a PDF needs QtGui, which the core does not link: the application installs
    // a renderer (HTML in, PDF bytes out) when it has a QGuiApplication.
    using PdfRenderer = std::function<QByteArray(const QString &html)>;
    static void setPdfRenderer(PdfRenderer renderer);
    // The installed renderer's PDF of html; empty when none is installed.
    static QByteArray renderPdf(const QString &html);
    // Writes a report's bytes atomically (QSaveFile), owner-only: every report goes this way.
    static bool save(const QString &path, const QByteArray &bytes, ErrorInfo *error);
};
