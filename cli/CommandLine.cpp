// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ExitCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

CommandLine::CommandLine(const QCommandLineParser &parser, const CommandStreams &streams, bool json)
    : m_parser(parser)
    , m_streams(streams)
    , m_json(json)
{
}

int CommandLine::usageError(const QString &message) const
{
    return usageError(message, m_json, m_streams);
}

int CommandLine::usageError(const QString &message, bool json, const CommandStreams &streams)
{
    if (json) {
        streams.out << QJsonDocument(QJsonObject{{QStringLiteral("result"), QStringLiteral("failed")},
                                                 {QStringLiteral("exit_code"), int(ExitCode::BadInput)},
                                                 {QStringLiteral("error"),
                                                  QJsonObject{{QStringLiteral("message"), message}}}})
                           .toJson(QJsonDocument::Indented);
        streams.out.flush();
    }
    streams.err << QStringLiteral("migration-assistant: %1\n").arg(message)
                << tr("Try 'migration-assistant --help' for the options.\n");
    streams.err.flush();
    return int(ExitCode::BadInput);
}
