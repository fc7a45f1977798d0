#pragma once

#include <QString>

class CancelToken;

// Test hook for the crash and signal suites of batched runs, like MigrationRunner's:
// MA_TEST_PAUSE_AT=<point> (batch:3: the third batch, paused inside its transaction just before
// COMMIT; read:3: the same batch after reading its rows, before writing any) makes the run print "MA_TEST_PAUSED <point>" on stderr and wait there for
// MA_TEST_PAUSE_MS (default a minute) or until cancelled. Inert unless the variable is set.
class TestPause
{
public:
    static void at(const QString &point, const CancelToken *cancel);
};
