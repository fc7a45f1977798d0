// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeyFile.h"

#include <QCryptographicHash>
#include <QFile>

std::optional<QByteArray> KeyFile::read(const QString &path, ErrorInfo *error)
{
    QFile file(path);
    if (path.isEmpty()) {
        fail(error, tr("This plan needs a key file (--key-file FILE): 64 hexadecimal characters, the AES-256 key."));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    // A key file is tiny; anything large is not one (and is not read into memory whole).
    const QByteArray text = file.read(4096);
    ErrorInfo problem;
    auto key = parse(text, &problem);
    if (!key)
        fail(error, tr("The key file %1 is not usable: %2").arg(path, problem.message));
    return key;
}

std::optional<QByteArray> KeyFile::parse(const QByteArray &text, ErrorInfo *error)
{
    const QByteArray hex = text.trimmed();
    bool allHex = !hex.isEmpty();
    for (const char c : hex)
        allHex = allHex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    // The message says what is wrong, never what the file holds: it may be a key after all.
    if (!allHex || hex.size() != 2 * kKeyBytes) {
        fail(error, tr("it must hold exactly 64 hexadecimal characters (a 32-byte key), surrounding whitespace "
                       "ignored; it holds %n character(s) after trimming%1.",
                       nullptr, int(hex.size()))
                        .arg(allHex ? QString() : tr(", not all of them hexadecimal")));
        return std::nullopt;
    }
    return QByteArray::fromHex(hex);
}

QString KeyFile::fingerprint(const QByteArray &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(8).toHex());
}
