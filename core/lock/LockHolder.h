// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Who holds a run's lock, as a person needs it to decide: wait, or go and ask.
class LockHolder
{
public:
    qint64 pid = 0;
    QString host;
    QString application;
    QDateTime since;
    QString lockFile;

    bool isKnown() const { return pid > 0; }
    QString describe() const;
};
