// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

void SecretScan::addSecret(const QString &secret)
{
    if (secret.size() < kPrefix)
        return;
    ++m_count;
    QList<QByteArray> forms{secret.toUtf8()};
    QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    forms << json.mid(2, json.size() - 4);
    forms << secret.toHtmlEscaped().toUtf8();
    for (const QByteArray &form : std::as_const(forms)) {
        if (form.size() < kPrefix || m_forms.contains(form))
            continue;
        m_forms.insert(form);
        m_byPrefix[form.left(kPrefix)] << form;
    }
}

void SecretScan::addSecrets(const QStringList &secrets)
{
    for (const QString &s : secrets)
        addSecret(s);
}

void SecretScan::scan(const QString &label, const QByteArray &bytes)
{
    ++m_scanned;
    for (qsizetype i = 0; i + kPrefix <= bytes.size(); ++i) {
        const auto it = m_byPrefix.constFind(QByteArray::fromRawData(bytes.constData() + i, kPrefix));
        if (it == m_byPrefix.constEnd())
            continue;
        for (const QByteArray &form : it.value())
            if (QByteArrayView(bytes).sliced(i).startsWith(form)) {
                m_leaks << QStringLiteral("%1 shows a secret starting \"%2…\"")
                               .arg(label, QString::fromUtf8(form.left(8)));
                return; // one is enough to name the place
            }
    }
}

void SecretScan::scanResult(const QString &label, const TestSupport::ProcessResult &result)
{
    scan(label + QStringLiteral(" stdout"), result.out);
    scan(label + QStringLiteral(" stderr"), result.err);
}

void SecretScan::scanFile(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        scan(path, f.readAll());
}

void SecretScan::scanTree(const QString &dir, const QStringList &databaseFiles)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        bool isDatabase = name.contains(QLatin1String(".bak")); // backups, finished or partial
        for (const QString &db : databaseFiles) {
            const QString base = QFileInfo(db).fileName();
            if (name == base || name == base + QLatin1String("-journal") || name == base + QLatin1String("-wal")
                || name == base + QLatin1String("-shm"))
                isDatabase = true;
        }
        if (!isDatabase)
            scanFile(path);
    }
}

void SecretScan::scanSqliteHistory(const QString &db)
{
    if (!TestSupport::tableNames(db).contains(QStringLiteral("migration_assistant_history")))
        return;
    const QString name = QUuid::createUuid().toString();
    QByteArray all;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT * FROM migration_assistant_history"));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    all += q.value(i).toString().toUtf8() + '\n';
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    scan(db + QStringLiteral(" migration_assistant_history"), all);
}

QString SecretScan::report() const
{
    QStringList unique = m_leaks;
    unique.removeDuplicates();
    return unique.mid(0, 20).join(QLatin1Char('\n'));
}
