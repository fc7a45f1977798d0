// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>

class DatabaseConnection;
class Plan;

// SQLite's table rebuild (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of
// Table Schema Changes") as the assistant runs it for a script that sets PRAGMA foreign_keys:
// that pragma does nothing inside a transaction, so with foreign keys enforced the script's
// DROP TABLE parent would delete every child row through ON DELETE CASCADE. Instead the run
// turns them off on the connection before its BEGIN (turnOff), runs PRAGMA foreign_key_check
// before its COMMIT (check), and gives the connection its setting back once the transaction
// has ended (the destructor, or restore()).
class ForeignKeyGuard
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyGuard)

public:
    explicit ForeignKeyGuard(DatabaseConnection &db) : m_db(db) {}
    ~ForeignKeyGuard() { restore(); }
    ForeignKeyGuard(const ForeignKeyGuard &) = delete;
    ForeignKeyGuard &operator=(const ForeignKeyGuard &) = delete;

    // Outside any transaction: remembers the setting and turns enforcement off.
    bool turnOff(ErrorInfo *error);
    // Back to the setting turnOff found (a no-op until then, and inside a transaction).
    void restore();
    bool active() const { return m_active; }

    // Inside the transaction: every row PRAGMA foreign_key_check finds is a fault; false and
    // `error` names each table, the table it refers to and how many rows.
    static bool check(DatabaseConnection &db, ErrorInfo *error);
    // check() after the steps of the plan's apply (or rollback), when those set PRAGMA
    // foreign_keys on SQLite; true otherwise.
    static bool checkAfterSteps(DatabaseConnection &db, const Plan &plan, bool rollback, ErrorInfo *error);

private:
    DatabaseConnection &m_db;
    bool m_active = false;
    bool m_wasOn = false;
};
