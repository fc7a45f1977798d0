// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An error as a value: a short sentence for the person at the keyboard and the
// technical details (driver text, file, statement) for support.
struct ErrorInfo
{
    QString message;
    QString details;

    bool isError() const { return !message.isEmpty(); }
    static ErrorInfo make(const QString &message, const QString &details = {})
    {
        return ErrorInfo{message, details};
    }
};

// Fills *out when the caller asked for the error; keeps call sites short.
inline bool fail(ErrorInfo *out, const QString &message, const QString &details = {})
{
    if (out)
        *out = ErrorInfo{message, details};
    return false;
}
