#include "Command.h"

#include "CommandLine.h"

bool Command::isPicked(const CommandLine &line) const
{
    return line.isSet(options().constFirst());
}

QString Command::strayOptions(const CommandLine &) const
{
    return {};
}
