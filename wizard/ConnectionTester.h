// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"
#include "path/DatabaseVersion.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>

class PlanCatalogue;

// "Test connection" for the wizard: opens the database read-only on a worker (SQLite files
// and PostgreSQL servers can both take seconds to answer) and reports, on the owner's thread,
// either what it found or SQLite's / libpq's own message in plain words.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    // What one test found; a plain value so the worker can hand it over by copy.
    struct Outcome
    {
        bool ok = false;
        ErrorInfo error;       // when !ok: the message for people, driver text in details
        QString serverVersion; // "SQLite 3.40.1", "PostgreSQL 15.4"
        QString summary;       // one sentence for the page: what is there
        // Where the database stands on the catalogue's chain (DatabaseVersion::locate, on the
        // worker's connection); nullopt without a catalogue, or when reading it failed
        // (versionError says why; the connection itself is still good).
        std::optional<DatabaseVersion> version;
        QString versionError;
    };

    explicit ConnectionTester(QObject *parent = nullptr);

    // Starts a test; a test still running for an older spec is superseded (its answer is dropped).
    // `catalogue` (shared with the worker) says where the database stands ("The database is at
    // v1 …", DatabaseVersion::describe()); without one the test only connects.
    void test(const ConnectionSpec &spec, std::shared_ptr<const PlanCatalogue> catalogue);
    bool isTesting() const { return m_testing; }
    const Outcome &lastOutcome() const { return m_last; }
    // The spec of the last test that finished (its password included: it is never stored).
    const ConnectionSpec &lastTested() const { return m_lastSpec; }

    // The test itself, on the calling thread (a worker). Public for tests of the core.
    static Outcome run(const ConnectionSpec &spec, const PlanCatalogue *catalogue = nullptr);
    // What the driver said beyond the message already shown, line by line, without its
    // indentation: libpq's "Is the server running on that host…?" hint, for instance.
    static QString extraDetails(const ErrorInfo &error);

Q_SIGNALS:
    void testingChanged(bool testing);
    // details: extraDetails() of the error (empty on success).
    void finished(bool ok, const QString &message, const QString &details);

private:
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    ConnectionSpec m_pending;
    ConnectionSpec m_lastSpec;
    Outcome m_last;
    bool m_testing = false;
};
