// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared bench of the project-folder tests (see the header).
#include "ProjectFolderRunner.h"

#include <QFile>

ProjectFolderRunner::ProjectFolderRunner(const QString &folderPrefix, const QString &databasePrefix)
    : m_folderPrefix(folderPrefix), m_databasePrefix(databasePrefix)
{
}

bool ProjectFolderRunner::start(QString *error)
{
    if (TestSupport::binary().isEmpty()) {
        *error = QStringLiteral("MA_BINARY is not set (run through ctest)");
        return false;
    }
    if (!m_tmp.isValid()) {
        *error = QStringLiteral("no temporary folder: ") + m_tmp.errorString();
        return false;
    }
    if (!m_pg.start(error))
        return false;
    m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
    QFile pass(m_passwordFile);
    if (!pass.open(QIODevice::WriteOnly) || pass.write(m_pg.password().toUtf8() + '\n') <= 0) {
        *error = QStringLiteral("cannot write the password file: ") + pass.errorString();
        return false;
    }
    return true;
}

QString ProjectFolderRunner::project(const QMap<QString, QByteArray> &files)
{
    const QString dir = m_tmp.filePath(m_folderPrefix + QString::number(++m_n));
    return TestSupport::writeFiles(dir, files) ? dir : QString();
}

QString ProjectFolderRunner::emptyDatabase()
{
    const QString path = m_tmp.filePath(QStringLiteral("db%1.db").arg(++m_n));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) ? path : QString();
}

QString ProjectFolderRunner::pgDatabase()
{
    const QString name = m_databasePrefix + QString::number(++m_n);
    if (!m_pg.createDatabase(name)
        || !m_pg.psql(name, QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2;")
                                .arg(PgTestServer::quoteIdent(schema()), PgTestServer::quoteIdent(m_pg.user()))))
        return {};
    return name;
}

QString ProjectFolderRunner::pgValue(const QString &database, const QString &sql) const
{
    QString out;
    m_pg.psql(database, QStringLiteral("\\pset tuples_only on\n") + sql, &out);
    return out.trimmed();
}

ProjectFolderRunner::Result ProjectFolderRunner::onSqlite(const QString &db, const QString &plan,
                                                          const QStringList &arguments) const
{
    return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                              QStringLiteral("--plan"), plan} + arguments,
                                  120000, TestSupport::headlessEnvironment());
}

ProjectFolderRunner::Result ProjectFolderRunner::onPg(const QString &database, const QString &plan,
                                                      const QStringList &arguments) const
{
    return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), m_pg.url(database, schema()),
                                              QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--plan"), plan}
                                      + arguments,
                                  180000, TestSupport::headlessEnvironment());
}
