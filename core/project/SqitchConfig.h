// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <optional>

// A project's sqitch.conf, which is git-config syntax: [section], [section "subsection"],
// key = value, `#` and `;` comments, double-quoted values with \" \\ \n \t escapes, a key
// alone meaning true. Only the project's own file is read: the user's ~/.sqitch/sqitch.conf
// holds who deploys, not what the project is. Keys are "section.key" or
// "section.subsection.key"; section and key names are case-insensitive, subsections are not
// (as git and Sqitch have it).
class SqitchConfig
{
    Q_DECLARE_TR_FUNCTIONS(SqitchConfig)

public:
    // A missing file is an empty configuration (sqitch.plan alone is a project);
    // nullopt with "sqitch.conf:LINE: …" on a syntax error.
    static std::optional<SqitchConfig> read(const QString &path, ErrorInfo *error);
    static std::optional<SqitchConfig> parse(const QByteArray &text, const QString &fileName, ErrorInfo *error);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool contains(const QString &key) const { return m_values.contains(key); }
    // Whether any key starts with "section.subsection." ([core "pg"], [engine "sqlite"]).
    bool hasSubsection(const QString &section, const QString &subsection) const;
    const QMap<QString, QString> &values() const { return m_values; }

private:
    QMap<QString, QString> m_values; // the last one wins, as in git
};
