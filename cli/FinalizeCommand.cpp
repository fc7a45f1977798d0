// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinalizeCommand.h"

QList<QCommandLineOption> FinalizeCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("finalize"),
                               tr("Run the finalize script of applied plans whose keep period is over (e.g. drop "
                                  "users_old); afterwards their rollback is refused."))};
}
