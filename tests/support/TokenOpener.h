// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// The tests' own AES-256-GCM decryption, written against OpenSSL from the spec
// (shared/spec/encrypt-tokens.md), not with the program's TokenCipher: it checks the stored
// format independently — 12-byte nonce ‖ ciphertext ‖ 16-byte tag, associated data
// "<id>:<column>", key id = hex of the first 8 bytes of SHA-256(key).
class TokenOpener
{
public:
    static std::optional<QByteArray> open(const QByteArray &key, const QByteArray &stored, qint64 id,
                                          const QString &column);
    static QString keyId(const QByteArray &key);
    // A key file's text for a key: 64 hex characters, with whitespace around as people write it.
    static QByteArray keyFileText(const QByteArray &key);
    static QByteArray randomKey();
};
