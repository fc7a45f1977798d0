// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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
};
