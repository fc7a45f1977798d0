#include "ApplyCommand.h"

QList<QCommandLineOption> ApplyCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("apply"), tr("Checks, then the migration, then validation."))};
}
