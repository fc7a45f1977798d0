// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString &path)
{
    nextFileName = path;
}

bool FileDialog::takeNext(QString *path)
{
    if (!nextFileName)
        return false;
    *path = *nextFileName;
    nextFileName.reset();
    return true;
}

QString FileDialog::openFile(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &proposedPath,
                             const QString &filter, QString *selectedFilter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, proposedPath, filter, selectedFilter);
}

QString FileDialog::directory(QWidget *parent, const QString &caption, const QString &directory)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

QString FileDialog::keyFile(QWidget *parent)
{
    return openFile(parent, QCoreApplication::translate("FileDialog", "Choose the key file"), QDir::homePath(),
                    QCoreApplication::translate("FileDialog", "Key files (*.key *.hex *.txt);;All files (*)"));
}
