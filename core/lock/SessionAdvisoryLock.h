// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"
#include "db/ServerSession.h"

#include <QList>

class DatabaseConnection;

// The plan's run lock on a PostgreSQL server for a batched run, which has no single
// transaction to hold AdvisoryLock's transaction-level lock: the same key, taken at session
// level (pg_advisory_lock) for the whole run and released by the destructor — or by the
// server when the session dies (kill -9, lost connection), so it is never left behind.
// Session and transaction locks on one key exclude each other, so a batched run and a
// one-transaction run of the same plan never overlap either.
class SessionAdvisoryLock
{
public:
    enum class Result { Acquired, Held, Error };

    SessionAdvisoryLock(DatabaseConnection &db, qint64 key) : m_db(db), m_key(key) {}
    ~SessionAdvisoryLock();
    SessionAdvisoryLock(const SessionAdvisoryLock &) = delete;
    SessionAdvisoryLock &operator=(const SessionAdvisoryLock &) = delete;

    // At once, or waiting up to waitSeconds; *holders names who has it when Held.
    Result acquire(int waitSeconds, QList<ServerSession> *holders, ErrorInfo *error);
    void release();

private:
    DatabaseConnection &m_db;
    qint64 m_key;
    bool m_held = false;
};
