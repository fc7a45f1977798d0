// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// The encryption key of a plan that needs one (encrypt-tokens): a file holding 32 bytes as
// 64 hexadecimal characters, surrounding whitespace ignored; anything else is refused. The
// key never leaves memory: not into the database, the settings, a log line or a message.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr int kKeyBytes = 32;

    // The key's 32 bytes, or nullopt and *error (which never quotes the file's content).
    static std::optional<QByteArray> read(const QString &path, ErrorInfo *error);
    // The same rules on text already read (tests, the wizard's preview).
    static std::optional<QByteArray> parse(const QByteArray &text, ErrorInfo *error);
    // What the database records instead of the key: hex of the first 8 bytes of SHA-256(key).
    static QString fingerprint(const QByteArray &key);
};
