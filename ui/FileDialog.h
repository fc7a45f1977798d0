// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// File choosers of the wizard, answerable by GUI tests like MessageBox: setNextFileName()
// makes the next call return that path at once (an empty path: as if cancelled).
class FileDialog
{
public:
    static QString openFile(QWidget *parent, const QString &caption, const QString &directory,
                            const QString &filter);
    // selectedFilter (may be null) receives the filter chosen, to add the matching suffix.
    static QString saveFile(QWidget *parent, const QString &caption, const QString &proposedPath,
                            const QString &filter, QString *selectedFilter = nullptr);
    static QString directory(QWidget *parent, const QString &caption, const QString &directory);
    // The file holding the key of the plans that encrypt (the plan page and the Fleet view).
    static QString keyFile(QWidget *parent);

    static void setNextFileName(const QString &path);

private:
    static bool takeNext(QString *path);
};
