// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

QList<QCommandLineOption> StatusCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("status"), tr("Print the plan's history in this database."))};
}
