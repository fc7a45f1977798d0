// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextStream;

// Where a command prints: stdout and stderr in the binary, string buffers in the unit tests
// (tests/cli), which run the commands in process and read what they printed.
struct CommandStreams
{
    QTextStream &out;
    QTextStream &err;
};
