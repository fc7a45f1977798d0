// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

// A plan's checksums, with the algorithm written into each one ("sha256-lf:<64 hex digits>")
// so that a support person reading a history row or a report knows how it was made.
//
// "sha256-lf" hashes each file after normalising what editors and checkouts change without
// meaning to: CRLF and lone CR become LF, and a leading UTF-8 BOM is dropped. A plan converted
// by git's autocrlf or saved by a Windows editor keeps its checksum; any other byte changes it.
// Earlier versions of the assistant wrote plain hex over the raw bytes ("sha256"): legacy(),
// computed beside it, lets such a history row still be compared as it was made.
class PlanChecksum
{
    Q_DECLARE_TR_FUNCTIONS(PlanChecksum)

public:
    static QString algorithm() { return QStringLiteral("sha256-lf"); }
    static QString legacyAlgorithm() { return QStringLiteral("sha256"); }

    // The bytes as they are hashed: BOM dropped, line endings LF.
    static QByteArray normalised(const QByteArray &bytes);
    static QString ofFile(const QByteArray &bytes);
    // Over the manifest and every SQL file by name; `legacy` hashes the raw bytes, without prefix.
    static QString ofPlan(const QByteArray &manifest, const QMap<QString, QByteArray> &files, bool legacy = false);

    // "sha256-lf" for a prefixed checksum, "sha256" for plain hex (rows of earlier versions).
    static QString algorithmOf(const QString &checksum);
    // For people: the algorithm and the first 12 hex digits.
    static QString shortForm(const QString &checksum);

    // "accepted_checksums": a list of checksums in either form (earlier releases published
    // plain hex). Returns false with `where` (the place in plan.json) and `what` on a bad entry.
    static bool parseAccepted(const QJsonValue &value, QStringList *out, QString *where, QString *what);
};
