// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"
#include "db/ServerSession.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class DatabaseConnection;

// Who else is on the server: the sessions a person has to know about before a migration
// (connected to this database) and the ones standing in its way (holding a lock it needs).
// All read pg_stat_activity, joined to pg_locks where a lock is the question.
class PostgresSessions
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSessions)

public:
    // Every other client session connected to the current database, oldest first.
    static std::optional<QList<ServerSession>> connectedToDatabase(DatabaseConnection &db, ErrorInfo *error);
    // Sessions holding a granted lock on any of these tables (names in the connection's schema).
    static std::optional<QList<ServerSession>> holdingTables(DatabaseConnection &db, const QStringList &tables,
                                                             ErrorInfo *error);
    // Sessions holding the advisory lock with this 64-bit key.
    static std::optional<QList<ServerSession>> holdingAdvisoryLock(DatabaseConnection &db, qint64 key,
                                                                   ErrorInfo *error);

    // "pid 1 (…); pid 2 (…)", at most `limit` of them and a count of the rest.
    static QString describe(const QList<ServerSession> &sessions, int limit = 5);
};
