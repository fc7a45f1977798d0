// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetResult.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

// A fleet's run written down: the summary table for the terminal, HTML (and PDF through
// RunReport's renderer) for a change ticket, and the --json document of shared/spec/cli.md
// "Fleets". exitCodes: the command line's code of each target (none for one that never ran),
// in the order of result.targets; exitCode: the fleet's. The core itself knows outcomes only.
class FleetReport
{
    Q_DECLARE_TR_FUNCTIONS(FleetReport)

public:
    using ExitCodes = QList<std::optional<int>>;

    static QJsonObject document(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode);
    static QString text(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode);
    static QString html(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode);
    // Format by extension, as RunReport::write: .json, .html/.htm, .txt, .pdf.
    static bool write(const FleetResult &result, const ExitCodes &exitCodes, std::optional<int> exitCode,
                      const QString &path, ErrorInfo *error);
    // "25 ok, 3 nothing-to-do, 1 blocked …": the states that occurred, in the summary's order.
    static QString summaryLine(const FleetResult &result);
    static QList<FleetTargetState> states();
};
