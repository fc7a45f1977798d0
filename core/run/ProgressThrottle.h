// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/ProgressEvent.h"

#include <QElapsedTimer>
#include <functional>

// Passes a run's progress events on to its sink, at most ~20 a second: a bar cannot show
// more, a pipe should not carry more. It also owns the clock of the rows, so that time left
// is the rate of the rows alone: checks, backup and the rows of an earlier run came before
// them and took other time. A run has one, in its RunContext.
class ProgressThrottle
{
public:
    using Sink = std::function<void(const ProgressEvent &)>;

    explicit ProgressThrottle(Sink sink = {}) : m_sink(std::move(sink)) {}

    void setSink(Sink sink) { m_sink = std::move(sink); }
    const Sink &sink() const { return m_sink; }

    // The rows begin (again) now: the rate behind time left is measured from here.
    void startRows() { m_rowsClock.start(); }
    bool rowsStarted() const { return m_rowsClock.isValid(); }

    // Sends `event` unless one went out less than 50 ms ago and `force` is false (a step's
    // start and end are forced, so none is lost). Fills its time left from `rowsTimed`, the
    // rows done since startRows(); until there are some, it stays unknown (-1).
    void report(ProgressEvent event, qint64 rowsTimed, bool force = false);

private:
    Sink m_sink;
    QElapsedTimer m_lastEvent;
    QElapsedTimer m_rowsClock;
};
