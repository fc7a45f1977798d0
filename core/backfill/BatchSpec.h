// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a batched step walks and what it does to each row. A batched step is not SQL: it
// reads a batch of rows by ascending integer key, computes the new values in C++ (the
// transform), and writes each row back with a compare-and-swap, one short transaction per
// batch. Built-in transforms: "encrypt" (plaintext columns → their _enc columns) and
// "decrypt" (the reverse), both AES-256-GCM with the run's key file (TokenCipher).
class BatchSpec
{
public:
    QString table;       // the table walked, e.g. user_integrations
    QString key;         // its integer primary key, e.g. id
    QString transform;   // "encrypt" or "decrypt"
    QStringList columns; // the plaintext columns, e.g. access_token
    QString suffix = QStringLiteral("_enc"); // column + suffix holds the ciphertext
    QString keyIdColumn; // where the key's fingerprint goes (empty: nowhere)

    bool isEmpty() const { return table.isEmpty(); }
    QString encryptedColumn(const QString &column) const { return column + suffix; }
};
