// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the readers of folder-named projects (Flyway, golang-migrate) begin (see the header).
#include "project/MigrationProject.h"

#include <QFileInfo>

MigrationProject MigrationProject::inFolder(ProjectKind kind, const QString &folder, const QString &startVersion)
{
    MigrationProject project;
    project.kind = kind;
    project.folder = folder;
    project.name = QFileInfo(folder).fileName();
    project.startVersion = startVersion;
    return project;
}
