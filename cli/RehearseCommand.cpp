// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RehearseCommand.h"

QList<QCommandLineOption> RehearseCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("rehearse"), tr("Run the migration and its validation in a transaction, report, roll back."))};
}
