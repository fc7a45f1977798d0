#include "CheckCommand.h"

QList<QCommandLineOption> CheckCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("check"), tr("Run the pre-migration checks, print them, change nothing."))};
}
