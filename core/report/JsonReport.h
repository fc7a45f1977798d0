// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunResult.h"

#include <QJsonObject>
#include <optional>

// The --json document of shared/spec/cli.md (plus fields of our own), and the .json report.
class JsonReport
{
public:
    // exitCode: what the command line exits with, written as "exit_code"; none in the wizard.
    static QJsonObject document(const RunResult &result, std::optional<int> exitCode = {});
};
