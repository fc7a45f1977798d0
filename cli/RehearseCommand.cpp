#include "RehearseCommand.h"

QList<QCommandLineOption> RehearseCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("rehearse"), tr("Run the migration and its validation in a transaction, report, roll back."))};
}
