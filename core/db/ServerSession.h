// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Another session on a PostgreSQL server, as a person needs it to go and ask its owner:
// which process, which program, from where, doing what since when.
class ServerSession
{
public:
    qint64 pid = 0;          // the server's backend process
    QString application;     // application_name, as the client set it
    QString client;          // client address, or "local" for a Unix socket
    QString user;
    QString state;           // "active", "idle in transaction", …
    QDateTime since;         // start of its transaction, else of the session

    QString describe() const;
};
