// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageId.h"

#include <QString>
#include <memory>

class ConnectionSpec;
class MigrationWizard;
class QSettings;

// Drives a real MigrationWizard the way a person would — fills fields, clicks buttons,
// ticks boxes — and waits (with the event loop running, never blocking it) for what the
// workers report. Shared by the GUI tests and the screenshot tool. Every wait returns false
// on timeout so a test can QVERIFY it.
class WizardDriver
{
public:
    // settingsFile: an INI file of its own, so tests never touch the user's settings.
    explicit WizardDriver(const QString &settingsFile);
    ~WizardDriver();

    MigrationWizard *wizard() const { return m_wizard.get(); }
    // Releases the wizard (a test that watches it close keeps the object alive itself).
    MigrationWizard *take();

    bool isNextEnabled() const;
    void clickNext();
    bool waitForPage(WizardPageId id, int timeoutMs = 60000);

    // Page 1: type the path, test the connection, wait for the answer.
    bool connectSqlite(const QString &path, int timeoutMs = 30000);
    // Page 1, PostgreSQL: choose the server, type host, port, database, schema, user and
    // password into the form, test the connection, wait for the answer.
    bool connectPostgresql(const ConnectionSpec &spec, int timeoutMs = 30000);
    // Page 2: choose the version to migrate to ("v2"); false when it is not offered.
    bool chooseTarget(const QString &version);
    // Pages 1 → 3: connect, migrate to `target` (v2 by default: the first plan only, which
    // needs no key; empty: the page's own choice, the newest), wait for the checks to finish.
    bool reachChecks(const QString &path, int timeoutMs = 120000, const QString &target = QStringLiteral("v2"));
    // Pages 2 → 3 once page 1 has connected (to either engine).
    bool reachChecksFromConnected(int timeoutMs = 120000, const QString &target = QStringLiteral("v2"));
    bool waitForChecks(int timeoutMs = 120000);
    // Ticks the box of every failing warning (a person who read them all).
    void acceptAllWarnings();
    // Pages 1 → 5: reach the checks, accept the warnings, confirm: the apply starts.
    bool startApply(const QString &path, int timeoutMs = 120000);
    // Pages 3 → 5 once the checks have finished.
    bool startApplyFromChecks();
    bool waitForRunFinished(int timeoutMs = 600000);

    static QString pageName(int id);

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MigrationWizard> m_wizard;
};
