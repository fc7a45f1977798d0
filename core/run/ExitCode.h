#pragma once

// The documented exit codes of the headless interface (shared/spec/cli.md).
// Installers depend on them: add, never change.
enum class ExitCode : int {
    Ok = 0,                 // done, or nothing to do
    BadInput = 1,           // bad usage, malformed URL, unreadable or invalid plan
    CannotConnect = 2,      // cannot connect to or open the database
    ChecksStopped = 3,      // a blocker, or warnings not accepted; nothing changed
    Locked = 4,             // another run holds the lock; nothing changed
    FailedRolledBack = 5,   // migration or validation failed and was rolled back
    NeedsPerson = 6,        // rollback failed or its verification found a difference
    Interrupted = 130,      // SIGINT/SIGTERM; everything rolled back
};
