// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/ProgressThrottle.h"

void ProgressThrottle::report(ProgressEvent event, qint64 rowsTimed, bool force)
{
    if (!m_sink)
        return;
    if (!force && m_lastEvent.isValid() && m_lastEvent.elapsed() < 50)
        return;
    m_lastEvent.start();
    if (rowsTimed > 0 && m_rowsClock.isValid())
        event.etaMs = qint64(double(m_rowsClock.elapsed()) / double(rowsTimed) * double(event.total - event.done));
    m_sink(event);
}
