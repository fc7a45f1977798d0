// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// A Flyway migration's version, compared as Flyway compares it (MigrationVersion): `_` is a
// `.`, the parts are whole numbers of any size compared one by one, a missing part counts as 0
// and trailing zero parts do not count — so 1.9 < 1.10, 1_1 = 1.1, 2 = 2.0 = 2.0.0 and 001 = 1.
// text() is what Flyway writes into flyway_schema_history.version: as written with `_` → `.`
// ("1_1" → "1.1", "001" stays "001").
class FlywayVersion
{
public:
    // nullopt unless `written` is digits separated by single `.` or `_` ("1", "1.1", "2_0_1").
    static std::optional<FlywayVersion> parse(const QString &written);

    QString text() const { return m_text; }
    // <0, 0, >0 like strcmp.
    int compare(const FlywayVersion &other) const;
    bool operator<(const FlywayVersion &other) const { return compare(other) < 0; }
    bool operator==(const FlywayVersion &other) const { return compare(other) == 0; }

private:
    QString m_text;
    QStringList m_parts; // digits without leading zeros ("0" for zero), trailing zero parts removed
};
