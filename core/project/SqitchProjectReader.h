// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/MigrationProject.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class SqitchConfig;

// A Sqitch project (sqitch.conf, sqitch.plan, deploy/ revert/ verify/) as a chain of plans,
// one per change of sqitch.plan (docs/projects.md):
// - id and toVersion: the change's name; an instance reworked later is `name@TAG`, TAG being
//   the tag its scripts are named after (Sqitch's rule: the first of its rework tags with a
//   deploy/name@TAG.sql). fromVersion: the change before it; the first change's is "none",
//   the project's start version (nothing deployed).
// - toVersionAliases: each tag on the change as TAG and @TAG, @ROOT on the first, @HEAD on the
//   last, and name@TAG for each tag that names an earlier instance.
// - steps: the deploy script; rollbackSteps: the revert script; validations: the verify script,
//   one mustSucceed validation. A missing revert or verify script is a note.
// - registry: one SqitchRegistry, shared by every plan.
// Refused: an engine the assistant does not migrate (mysql, oracle, …), a project for another
// engine than `driver`, a missing deploy script; noted: another project's dependencies, conflicts.
class SqitchProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(SqitchProjectReader)

public:
    static QString startVersion() { return QStringLiteral("none"); }

    static std::optional<MigrationProject> read(const QString &folder, const QString &driver, ErrorInfo *error);

    // What `[core] engine` (or the older [core "pg"] section) says, or the one `driver` picks:
    // "sqlite", "pg", another engine's key, or empty with *error.
    static QString engineOf(const SqitchConfig &config, const QString &driver, ErrorInfo *error);
    // A setting as Sqitch looks it up for `engine`: [engine "pg"] key, then [core "pg"] key, then
    // [core] key.
    static QString setting(const SqitchConfig &config, const QString &engine, const QString &key,
                           const QString &fallback = {});
    // The files the project's plan file and scripts are in (absolute), for --lint too.
    static QString planFilePath(const QString &folder, const SqitchConfig &config, const QString &engine);
};
