// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"
#include "util/ErrorInfo.h"
#include "db/ServerSession.h"

#include <QCoreApplication>
#include <QList>

class DatabaseConnection;

// The run lock on the server itself: a PostgreSQL advisory lock held by the migration's own
// transaction. The lock file stops two runs on one machine; this stops two machines. It is
// released by COMMIT, ROLLBACK, or the server noticing the session died — never left behind.
class AdvisoryLock
{
    Q_DECLARE_TR_FUNCTIONS(AdvisoryLock)

public:
    enum class Result { Acquired, Held, Error };

    // A stable key from the plan and the database (database name and schema), non-negative so
    // that pg_locks' two 32-bit halves read back without sign trouble.
    static qint64 key(const QString &planId, const ConnectionSpec &spec);

    // Takes the lock inside the open transaction: at once, or waiting up to waitSeconds.
    // When another session holds it, *holders names who (as far as the server can tell).
    static Result acquire(DatabaseConnection &db, qint64 key, int waitSeconds, QList<ServerSession> *holders,
                          ErrorInfo *error);
};
