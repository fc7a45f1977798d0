// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/TokenCipher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char *bytes(const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); }
unsigned char *bytes(QByteArray &a) { return reinterpret_cast<unsigned char *>(a.data()); }

} // namespace

TokenCipher::TokenCipher(QByteArray key)
    : m_key(std::move(key))
{
}

TokenCipher::~TokenCipher()
{
    // The key should not outlive the run in freed memory either.
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QByteArray TokenCipher::associatedData(qint64 id, const QString &column)
{
    return QByteArray::number(id) + ':' + column.toUtf8();
}

std::optional<QByteArray> TokenCipher::encrypt(const QByteArray &plaintext, const QByteArray &aad,
                                               ErrorInfo *error) const
{
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    // A fresh random nonce per value: GCM must never see a (key, nonce) pair twice.
    if (RAND_bytes(bytes(out), kNonceBytes) != 1) {
        fail(error, tr("The system's random number generator failed; nothing was encrypted."));
        return std::nullopt;
    }
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    unsigned char *cipher = bytes(out) + kNonceBytes;
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
                    && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
                    && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(out)) == 1
                    && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1
                    && EVP_EncryptUpdate(ctx.get(), cipher, &len, bytes(plaintext), int(plaintext.size())) == 1
                    && (total = len, EVP_EncryptFinal_ex(ctx.get(), cipher + total, &len) == 1)
                    && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes,
                                           bytes(out) + kNonceBytes + plaintext.size())
                           == 1;
    if (!ok) {
        fail(error, tr("Encrypting a value failed (OpenSSL)."));
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> TokenCipher::decrypt(const QByteArray &stored, const QByteArray &aad,
                                               ErrorInfo *error) const
{
    if (stored.size() < kNonceBytes + kTagBytes) {
        fail(error, tr("An encrypted value is too short to be one (%n byte(s)).", nullptr, int(stored.size())));
        return std::nullopt;
    }
    const int cipherBytes = int(stored.size()) - kNonceBytes - kTagBytes;
    QByteArray out(cipherBytes, Qt::Uninitialized);
    QByteArray tag = stored.right(kTagBytes);
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
                    && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
                    && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(stored)) == 1
                    && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1
                    && EVP_DecryptUpdate(ctx.get(), bytes(out), &len, bytes(stored) + kNonceBytes, cipherBytes) == 1
                    && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) == 1
                    && EVP_DecryptFinal_ex(ctx.get(), bytes(out) + len, &len) == 1;
    if (!ok) {
        // The tag did not match: another key, another row or column, or a changed value.
        fail(error, tr("A value did not decrypt: it was made with another key, belongs to another row or column, "
                       "or was changed."));
        return std::nullopt;
    }
    return out;
}
