// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/AdvisoryLock.h"

#include "db/DatabaseConnection.h"
#include "db/PostgresSessions.h"

#include <QCryptographicHash>
#include <QtEndian>

qint64 AdvisoryLock::key(const QString &planId, const ConnectionSpec &spec)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {QStringLiteral("migration-assistant"), planId, spec.database, spec.schema}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    const QByteArray digest = hash.result();
    return qint64(qFromBigEndian<quint64>(digest.constData()) & 0x7fffffffffffffffULL);
}

AdvisoryLock::Result AdvisoryLock::acquire(DatabaseConnection &db, qint64 key, int waitSeconds,
                                           QList<ServerSession> *holders, ErrorInfo *error)
{
    ErrorInfo err;
    bool taken = false;
    if (waitSeconds > 0) {
        // Waiting is the server's: lock_timeout bounds it and a cancel request ends it.
        if (db.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(qint64(waitSeconds) * 1000), &err)
            && db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(key), &err))
            taken = true;
        else if (!err.details.contains(QLatin1String("55P03"))) { // lock_not_available: someone has it
            if (error)
                *error = err;
            return Result::Error;
        }
    } else {
        const QVariant got = db.scalar(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(key), &err);
        if (err.isError()) {
            if (error)
                *error = err;
            return Result::Error;
        }
        taken = got.toBool();
    }
    if (taken)
        return Result::Acquired;
    if (holders) {
        // A timed-out wait has aborted the transaction: ask in a fresh one.
        if (waitSeconds > 0)
            db.exec(QStringLiteral("ROLLBACK"), nullptr);
        *holders = PostgresSessions::holdingAdvisoryLock(db, key, nullptr).value_or(QList<ServerSession>{});
    }
    return Result::Held;
}
