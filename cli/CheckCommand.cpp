// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

QList<QCommandLineOption> CheckCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("check"), tr("Run the pre-migration checks, print them, change nothing."))};
}
