// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Renders a report's HTML to PDF with Qt's own QTextDocument and QPdfWriter (A4, 15 mm
// margins). Needs a QGuiApplication: the headless mode makes an offscreen one for it.
class PdfReport
{
public:
    static QByteArray render(const QString &html);
    // The headless mode when it must write a PDF: an offscreen QGuiApplication (fonts and
    // painting, no display, no QApplication) with this renderer installed.
    static int headlessMain(int argc, char **argv);
};
