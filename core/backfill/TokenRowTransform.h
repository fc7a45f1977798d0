// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfill/BatchRow.h"
#include "backfill/BatchSpec.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <optional>

class TokenCipher;

// What a batched step does to one row, computed in C++ from the values read.
//
// encrypt: each plaintext column that is not NULL is encrypted into its _enc column and set
// NULL in the same update, so a row is never half done; the key id is set. A plaintext
// column that is NULL leaves its _enc column as it is — so a value an application writes in
// plaintext AFTER its row was encrypted (an application still at v2) is newer than the
// ciphertext, and the next pass or run encrypts it over the old one: no write is lost.
//
// decrypt (rollback): each _enc column is decrypted back into its plaintext column and set
// NULL; where the plaintext column already holds a value (written after encryption), that
// newer value is kept and the older ciphertext dropped. The key id is cleared.
class TokenRowTransform
{
    Q_DECLARE_TR_FUNCTIONS(TokenRowTransform)

public:
    TokenRowTransform(const BatchSpec &spec, const TokenCipher &cipher, QString keyId);

    bool encrypts() const { return m_encrypt; }
    bool needsWork(const BatchRow &row) const;
    // The values to write; nullopt with *error when a value does not decrypt.
    std::optional<BatchRow> apply(const BatchRow &row, ErrorInfo *error) const;

private:
    const BatchSpec &m_spec;
    const TokenCipher &m_cipher;
    QString m_keyId;
    bool m_encrypt;
};
