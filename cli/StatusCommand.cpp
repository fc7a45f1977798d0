#include "StatusCommand.h"

QList<QCommandLineOption> StatusCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("status"), tr("Print the plan's history in this database."))};
}
