// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandStreams.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

// One parsed command line and the streams to answer on: what every Command reads its
// options from, and the one way to refuse bad usage (exit 1, the message on stderr and,
// with --json, a document on stdout).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(const QCommandLineParser &parser, const CommandStreams &streams, bool json);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QString helpText() const { return m_parser.helpText(); }
    bool json() const { return m_json; }
    QTextStream &out() const { return m_streams.out; }
    QTextStream &err() const { return m_streams.err; }

    // Prints "migration-assistant: MESSAGE" and the hint to --help; returns ExitCode::BadInput.
    int usageError(const QString &message) const;
    static int usageError(const QString &message, bool json, const CommandStreams &streams);

private:
    const QCommandLineParser &m_parser;
    CommandStreams m_streams;
    bool m_json = false;
};
