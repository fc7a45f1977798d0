// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/SqitchChange.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// sqitch.plan read as Sqitch 1.3 (App::Sqitch::Plan::_parse) reads it: the pragmas, a blank
// line, then changes `name [deps] timestamp planner <email> # note` and tags `@tag timestamp
// planner <email> # note`; `#` lines and blank lines anywhere. The same faults are refused
// (missing %project, a tag before any change, a duplicated tag, a change repeated without a
// tag between, a dependency on an unknown or later change, reserved names), each as
// "sqitch.plan:LINE: …". Change and tag ids are computed exactly as Sqitch does, so they
// match what `sqitch deploy` writes into its registry.
class SqitchPlanFile
{
    Q_DECLARE_TR_FUNCTIONS(SqitchPlanFile)

public:
    static std::optional<SqitchPlanFile> read(const QString &path, ErrorInfo *error);
    static std::optional<SqitchPlanFile> parse(const QByteArray &text, const QString &fileName, ErrorInfo *error);

    QString project;
    QString uri;                     // %uri, as written (empty: none)
    QMap<QString, QString> pragmas;  // every pragma, %syntax-version and unknown ones too
    QList<SqitchChange> changes;     // in plan order

    // The index of the change a dependency of changes[from] means (Sqitch's lookup: name@tag is
    // the last instance at or before the tag; a bare name the last instance before `from`);
    // -1 when it is another project's or not in the plan.
    int resolve(const SqitchDependency &dependency, int from) const;
    // The URI as Sqitch's URI->canonical writes it into the ids: scheme and host lower case,
    // the default port dropped.
    static QString canonicalUri(const QString &uri);
    static QString sha1Of(const QString &kind, const QString &info);
    QString changeInfo(int index) const;
    QString tagInfo(int changeIndex, int tagIndex) const;
    // Sqitch's date form in ids and the plan: 2013-12-31T18:06:04Z.
    static QString rawDate(const QDateTime &utc);

private:
    bool finish(const QString &fileName, ErrorInfo *error);
};
