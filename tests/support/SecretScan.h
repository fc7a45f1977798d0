// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Looks for secrets (a database password, every token of the demo data) in whatever a run
// leaves where people and support can see it: stdout, stderr, reports, logs, settings, the
// history table. Each secret is searched as plain text, as a JSON string and HTML-escaped.
// Fast enough for the 100 000+ tokens of a 50 000-user database: one hash lookup per byte.
class SecretScan
{
public:
    void addSecret(const QString &secret);
    void addSecrets(const QStringList &secrets);
    qsizetype secretCount() const { return m_count; }

    void scan(const QString &label, const QByteArray &bytes);
    void scanResult(const QString &label, const TestSupport::ProcessResult &result);
    void scanFile(const QString &path);
    // Every file under dir, but for the database itself and its backups (which hold the
    // tokens by design) and SQLite's own journals of them.
    void scanTree(const QString &dir, const QStringList &databaseFiles = {});
    // The migration_assistant_history table of a SQLite database, every column.
    void scanSqliteHistory(const QString &db);

    QStringList leaks() const { return m_leaks; }
    QString report() const;
    int scanned() const { return m_scanned; }

private:
    static constexpr int kPrefix = 12;
    QHash<QByteArray, QList<QByteArray>> m_byPrefix; // first kPrefix bytes -> full forms
    QSet<QByteArray> m_forms;
    qsizetype m_count = 0;
    int m_scanned = 0;
    QStringList m_leaks;
};
