#pragma once

#include "ErrorInfo.h"
#include "RunResult.h"

#include <QCoreApplication>
#include <QString>

// A run written for people: plain text for the terminal, HTML for a support ticket, and
// JSON for machines. Holds no secret: the result never carries one.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    static QString text(const RunResult &result);
    static QString html(const RunResult &result);
    static QByteArray json(const RunResult &result);
    // Format by extension: .json, .html/.htm, .txt. Written atomically (QSaveFile), owner-only.
    static bool write(const RunResult &result, const QString &path, ErrorInfo *error);
};
