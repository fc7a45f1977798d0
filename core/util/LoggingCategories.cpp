// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/LoggingCategories.h"

#include <cstdio>
#include <mutex>

// QtWarningMsg: debug and info are off by default, so a normal run prints only its report.
Q_LOGGING_CATEGORY(lcRunner, "ma.runner", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLock, "ma.lock", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDb, "ma.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackup, "ma.backup", QtWarningMsg)

namespace {

QtMessageHandler previousHandler = nullptr;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!context.category || qstrncmp(context.category, "ma.", 3) != 0) {
        previousHandler(type, context, message);
        return;
    }
    const char *level = type == QtWarningMsg                             ? "warning: "
                        : type == QtCriticalMsg || type == QtFatalMsg ? "error: "
                                                                        : "";
    // One fprintf per line: stdio locks the stream, so lines from worker threads never interleave.
    std::fprintf(stderr, "%s: %s%s\n", context.category, level, qUtf8Printable(message));
    std::fflush(stderr);
}

} // namespace

void LoggingCategories::setUp(bool verbose)
{
    static std::once_flag installed;
    std::call_once(installed, [] { previousHandler = qInstallMessageHandler(handle); });
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("ma.*=true"));
}
