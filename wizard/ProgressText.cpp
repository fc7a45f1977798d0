// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressText.h"

#include "checks/CheckRunner.h"

QString ProgressText::rows(qint64 done, qint64 total)
{
    if (total <= 0)
        return {};
    return tr("%1 of %2 rows").arg(CheckRunner::formatCount(qMin(done, total)), CheckRunner::formatCount(total));
}

QString ProgressText::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ProgressText::plan(int index, int count, const QString &title)
{
    if (index <= 0)
        return {};
    return title.isEmpty() ? tr("Plan %1 of %2").arg(index).arg(count)
                           : tr("Plan %1 of %2: %3").arg(index).arg(count).arg(title);
}

int ProgressText::perMille(qint64 done, qint64 total)
{
    if (total <= 0)
        return 0;
    return int(qBound(qint64(0), done * 1000 / total, qint64(1000)));
}
