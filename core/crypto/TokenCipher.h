// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

// AES-256-GCM through OpenSSL's libcrypto (no crypto of our own). A stored value is
// 12-byte random nonce ‖ ciphertext ‖ 16-byte tag; the associated data binds it to its place
// ("<id>:<column>"), so a value copied to another row or column fails to decrypt.
class TokenCipher
{
    Q_DECLARE_TR_FUNCTIONS(TokenCipher)

public:
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    explicit TokenCipher(QByteArray key); // 32 bytes (KeyFile made sure)
    ~TokenCipher();
    TokenCipher(const TokenCipher &) = delete;
    TokenCipher &operator=(const TokenCipher &) = delete;

    std::optional<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &aad, ErrorInfo *error) const;
    // nullopt when the value is too short, was changed, belongs elsewhere or needs another key.
    std::optional<QByteArray> decrypt(const QByteArray &stored, const QByteArray &aad, ErrorInfo *error) const;

    static QByteArray associatedData(qint64 id, const QString &column);

private:
    QByteArray m_key;
};
