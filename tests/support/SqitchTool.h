// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class PgTestServer;

// Debian's sqitch, run as the twin the assistant's results are compared with, and the Sqitch
// fixtures (../shared/fixtures/sqitch-sqlite-intro, sqitch-intro), used as they are: a test
// that changes one copies it first (copyFixture).
class SqitchTool
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static bool available(); // `sqitch` is on the PATH
    // $MA_SQITCH_FIXTURES/NAME, else the source tree's ../shared/fixtures/NAME; empty if absent.
    static QString fixture(const QString &name);
    // A writable copy of the fixture in dir/NAME.
    static QString copyFixture(const QString &name, const QString &dir);
    // sqitch ARGS run inside `projectFolder` (sqitch reads sqitch.conf from the working
    // directory), with its user settings kept out of HOME; `password` goes to PGPASSWORD.
    static Result run(const QString &projectFolder, const QStringList &arguments, const QString &password = {});

    // `sqitch status` / `sqitch log` output without the lines that name the database, the time
    // and the person: what two databases at the same state print alike.
    static QString statusText(const Result &result);
    static QString logText(const Result &result);
    // Everything of a registry but who wrote it and when: the SQLite file's schema and rows,
    // or the sqitch schema's catalog (columns, defaults, constraints, comments) and rows.
    static QString sqliteRegistryDump(const QString &file);
    static QString pgRegistryDump(const PgTestServer &server, const QString &database, const QString &schema = QStringLiteral("sqitch"));
    // A SQLite database's schema as sqlite_master has it, sorted, without the assistant's history.
    static QString sqliteSchema(const QString &file);
};
