// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSaver.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "report/RunReport.h"

#include <QDir>
#include <QFileInfo>

QString ReportSaver::save(QWidget *parent, const RunResult &result, const QString &proposedName)
{
    const QString html = tr("HTML report (*.html)");
    const QString json = tr("JSON report (*.json)");
    QString filter;
    QString path = FileDialog::saveFile(parent, tr("Save the report"),
                                        QDir::homePath() + QLatin1Char('/') + proposedName + QStringLiteral(".html"),
                                        html + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("json"))
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".html");
    ErrorInfo error;
    if (!RunReport::write(result, path, &error)) {
        MessageBox::warning(parent, tr("Save report"), error.message,
                            error.details);
        return {};
    }
    return path;
}
