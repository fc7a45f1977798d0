// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/CatalogueTable.h"

#include "db/DatabaseConnection.h"

QString CatalogueTable::sqlName() const
{
    const QString quoted = DatabaseConnection::quoteIdentifier(name);
    return schema.isEmpty() ? quoted : DatabaseConnection::quoteIdentifier(schema) + QLatin1Char('.') + quoted;
}
