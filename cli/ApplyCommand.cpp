// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyCommand.h"

QList<QCommandLineOption> ApplyCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("apply"), tr("Checks, then the migration, then validation."))};
}
