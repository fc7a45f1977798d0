// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/SessionAdvisoryLock.h"

#include "db/DatabaseConnection.h"
#include "util/LoggingCategories.h"
#include "db/PostgresSessions.h"

SessionAdvisoryLock::~SessionAdvisoryLock()
{
    release();
}

SessionAdvisoryLock::Result SessionAdvisoryLock::acquire(int waitSeconds, QList<ServerSession> *holders,
                                                         ErrorInfo *error)
{
    ErrorInfo err;
    bool taken = false;
    if (waitSeconds > 0) {
        // Outside a transaction SET is the session's: reset it right after the wait.
        taken = m_db.exec(QStringLiteral("SET lock_timeout = %1").arg(qint64(waitSeconds) * 1000), &err)
                && m_db.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(m_key), &err);
        m_db.exec(QStringLiteral("RESET lock_timeout"), nullptr);
        if (!taken && !err.details.contains(QLatin1String("55P03"))) {
            if (error)
                *error = err;
            return Result::Error;
        }
    } else {
        const QVariant got = m_db.scalar(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(m_key), &err);
        if (err.isError()) {
            if (error)
                *error = err;
            return Result::Error;
        }
        taken = got.toBool();
    }
    if (taken) {
        m_held = true;
        qCInfo(lcLock, "took the session advisory lock %lld for a batched run", m_key);
        return Result::Acquired;
    }
    if (holders)
        *holders = PostgresSessions::holdingAdvisoryLock(m_db, m_key, nullptr).value_or(QList<ServerSession>{});
    return Result::Held;
}

void SessionAdvisoryLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    // A lost session has lost the lock with it; an error here changes nothing.
    m_db.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(m_key), nullptr);
    qCInfo(lcLock, "released the session advisory lock %lld", m_key);
}
