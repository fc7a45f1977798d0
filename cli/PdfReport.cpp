// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "Cli.h"
#include "report/RunReport.h"

#include <QGuiApplication>
#include <QTextStream>

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

QByteArray PdfReport::render(const QString &html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(RunReport::tr("Migration Assistant report"));
        writer.setCreator(QStringLiteral("migration-assistant"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(150);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return bytes;
}

int PdfReport::headlessMain(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session Qt warns that XDG_RUNTIME_DIR is unset; a report run has no
    // use for it, and the warning would only confuse the person reading stderr.
    static QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                previous(type, context, message);
        });
    QGuiApplication app(argc, argv);
    Cli::setUpApplication();
    RunReport::setPdfRenderer(&PdfReport::render);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::run(QCoreApplication::arguments(), {out, err});
}
