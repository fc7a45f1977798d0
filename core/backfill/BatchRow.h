// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <QVariantList>

// One row of a batched step as read (and as it is to be written): its key, the plaintext
// columns, their encrypted columns and the key id, in BatchSpec's column order. NULL is a
// null QVariant; the compare-and-swap compares every one of these with what is stored.
class BatchRow
{
public:
    qint64 key = 0;
    QVariantList plain; // QString or null
    QVariantList enc;   // QByteArray or null
    QVariant keyId;     // QString or null (or absent when the spec has no key id column)
};
