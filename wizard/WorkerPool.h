// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

// The threads the wizard's database work runs on: runs, connection tests, demo databases.
//
// Not QThreadPool::globalInstance(), on purpose: in Qt 6.4 the raster paint engine splits
// large fills across the global pool and waits for them on the GUI thread. A migration
// occupying the global pool's threads (two on a two-core machine) therefore froze painting
// — and with it the whole event loop — for as long as a check query ran (measured: 670 ms).
// Work of our own goes here, so Qt's pool stays free for Qt.
class WorkerPool
{
public:
    // Created on first use, owned by the application object (which waits for its threads
    // when it is destroyed). Call from the GUI thread.
    static QThreadPool *instance();
};
