// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
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
