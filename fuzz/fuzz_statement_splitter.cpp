// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Any text as a plan's SQL script, in both dialects: StatementSplitter::split never crashes,
// terminates in linear time (libFuzzer's -timeout catches a hang), and never returns an empty
// statement or one with surrounding whitespace.
#include "plan/StatementSplitter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto dialect : {StatementSplitter::Dialect::Sqlite, StatementSplitter::Dialect::Postgresql}) {
        const QStringList statements = StatementSplitter::split(script, dialect);
        for (const QString &s : statements)
            if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
                __builtin_trap();
    }
    return 0;
}
