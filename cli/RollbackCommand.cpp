#include "RollbackCommand.h"

QList<QCommandLineOption> RollbackCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("rollback"), tr("Undo the last applied run, then verify the restore."))};
}
