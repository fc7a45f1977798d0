// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RollbackCommand.h"

QList<QCommandLineOption> RollbackCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("rollback"), tr("Undo the last applied run, then verify the restore."))};
}
