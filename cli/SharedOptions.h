// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class CommandLine;
class PlanCatalogue;

// The options several commands share: the target (--db, --plan) and the settings of a run
// (--yes, --accept-risk, --password-file, --key-file, --report, --json, --progress …), with
// their checks. A bad value is bad input, refused before any connection is made.
class SharedOptions
{
    Q_DECLARE_TR_FUNCTIONS(SharedOptions)

public:
    static QCommandLineOption db();
    static QCommandLineOption plan();
    static QCommandLineOption plans();
    static QCommandLineOption to();
    static QCommandLineOption commitEach();
    static QCommandLineOption yes();
    static QCommandLineOption acceptRisk();
    static QCommandLineOption operatorName();
    static QCommandLineOption waitLock();
    static QCommandLineOption progress();
    static QCommandLineOption json();
    static QCommandLineOption report();
    static QCommandLineOption lockFile();
    static QCommandLineOption passwordFile();
    static QCommandLineOption keyFile();
    static QCommandLineOption batchSize();
    static QCommandLineOption batchPause();
    // The target options, then the run options, in the order --help lists them.
    static QList<QCommandLineOption> targetOptions();
    static QList<QCommandLineOption> runOptions();

    // Fills options from the command line (not options->action); on bad input returns false
    // with a message for people in *problem.
    static bool read(const CommandLine &line, RunOptions *options, QString *problem);
    // What read() fills besides the connection, for many targets at once (--fleet): the plan
    // is `planName` (empty: the path through the catalogue), the password from --password-file
    // goes into options->connection.password.
    static bool readSettings(const CommandLine &line, const QString &planName, RunOptions *options, QString *problem);
    // The catalogue: the built-in plans, every plan folder of each --plans DIR and, when
    // --plan names a folder, that one. Null with *problem on a fault.
    static std::shared_ptr<const PlanCatalogue> readCatalogue(const CommandLine &line, QString *problem,
                                                              const QString &planName = {});
    // The first line of a password file, without its line end.
    static QString readPasswordFile(const QString &path, QString *problem);
};
