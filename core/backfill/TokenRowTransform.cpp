// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfill/TokenRowTransform.h"

#include "crypto/TokenCipher.h"

namespace {
QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
QVariant nullBytes() { return QVariant(QMetaType::fromType<QByteArray>()); }
} // namespace

TokenRowTransform::TokenRowTransform(const BatchSpec &spec, const TokenCipher &cipher, QString keyId)
    : m_spec(spec)
    , m_cipher(cipher)
    , m_keyId(std::move(keyId))
    , m_encrypt(spec.transform == QLatin1String("encrypt"))
{
}

bool TokenRowTransform::needsWork(const BatchRow &row) const
{
    const QVariantList &source = m_encrypt ? row.plain : row.enc;
    return std::any_of(source.begin(), source.end(), [](const QVariant &v) { return !v.isNull(); });
}

std::optional<BatchRow> TokenRowTransform::apply(const BatchRow &row, ErrorInfo *error) const
{
    BatchRow out = row;
    bool anyEncrypted = false;
    for (qsizetype i = 0; i < m_spec.columns.size(); ++i) {
        const QString &column = m_spec.columns.at(i);
        const QByteArray aad = TokenCipher::associatedData(row.key, column);
        if (m_encrypt) {
            if (!row.plain.at(i).isNull()) {
                const auto sealed = m_cipher.encrypt(row.plain.at(i).toString().toUtf8(), aad, error);
                if (!sealed)
                    return std::nullopt;
                out.enc[i] = *sealed;
                out.plain[i] = nullText();
            }
            anyEncrypted = anyEncrypted || !out.enc.at(i).isNull();
        } else {
            if (!row.enc.at(i).isNull() && row.plain.at(i).isNull()) {
                ErrorInfo err;
                const auto opened = m_cipher.decrypt(row.enc.at(i).toByteArray(), aad, &err);
                if (!opened) {
                    fail(error, tr("The value of %1 in the row %2 does not decrypt with this key: %3")
                                    .arg(column)
                                    .arg(row.key)
                                    .arg(err.message));
                    return std::nullopt;
                }
                out.plain[i] = QString::fromUtf8(*opened);
            }
            out.enc[i] = nullBytes();
        }
    }
    if (!m_spec.keyIdColumn.isEmpty())
        out.keyId = (m_encrypt && anyEncrypted) ? QVariant(m_keyId) : nullText();
    return out;
}
