// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqitchTool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

bool SqitchTool::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqitch")).isEmpty();
}

QString SqitchTool::fixture(const QString &name)
{
    const QString root = qEnvironmentVariableIsSet("MA_SQITCH_FIXTURES")
        ? qEnvironmentVariable("MA_SQITCH_FIXTURES")
        : QStringLiteral(MA_SOURCE_DIR "/../shared/fixtures");
    const QString folder = QDir::cleanPath(QDir(root).filePath(name));
    return QFileInfo::exists(QDir(folder).filePath(QStringLiteral("sqitch.plan"))) ? folder : QString();
}

QString SqitchTool::copyFixture(const QString &name, const QString &dir)
{
    const QString source = fixture(name);
    if (source.isEmpty())
        return {};
    const QString target = QDir(dir).filePath(name);
    QDirIterator it(source, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(target).filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(file, to))
            return {};
        QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
    }
    return target;
}

SqitchTool::Result SqitchTool::run(const QString &projectFolder, const QStringList &arguments, const QString &password)
{
    static QTemporaryDir home; // no ~/.sqitch/sqitch.conf of whoever runs the tests
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SQITCH_CONFIG"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    QProcess process;
    process.setWorkingDirectory(projectFolder);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("sqitch"), arguments);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("sqitch did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
