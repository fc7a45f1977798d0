// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenOpener.h"

#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/sha.h>

std::optional<QByteArray> TokenOpener::open(const QByteArray &key, const QByteArray &stored, qint64 id,
                                            const QString &column)
{
    if (key.size() != 32 || stored.size() < 28)
        return std::nullopt;
    const QByteArray aad = QByteArray::number(id) + ':' + column.toUtf8();
    const QByteArray nonce = stored.left(12);
    const QByteArray tag = stored.right(16);
    const QByteArray cipher = stored.mid(12, stored.size() - 28);
    QByteArray plain(cipher.size() + 16, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int total = 0;
    auto u = [](const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); };
    bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1
              && EVP_DecryptInit_ex(ctx, nullptr, nullptr, u(key), u(nonce)) == 1
              && EVP_DecryptUpdate(ctx, nullptr, &len, u(aad), int(aad.size())) == 1
              && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &len, u(cipher),
                                   int(cipher.size()))
                     == 1;
    total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag.constData())) == 1
         && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + total, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    plain.truncate(total + len);
    return plain;
}

QString TokenOpener::keyId(const QByteArray &key)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 8).toHex());
}

QByteArray TokenOpener::keyFileText(const QByteArray &key)
{
    return "  \n" + key.toHex().toUpper() + "\n\n";
}

QByteArray TokenOpener::randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}
