// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "PdfReport.h"
#include "WizardLauncher.h"
#include "report/RunReport.h"

// Thin on purpose: decide headless or wizard from argv, before any Qt application object
// exists, so the headless mode never needs a display. Only the wizard creates a QApplication;
// a headless run that writes a PDF makes an offscreen QGuiApplication to render it.
int main(int argc, char **argv)
{
    if (Cli::wantsHeadless(argc, argv))
        return Cli::wantsPdfReport(argc, argv) ? PdfReport::headlessMain(argc, argv)
                                               : Cli::main(argc, argv);
    // The wizard's QApplication can render PDF reports (the Fleet view's Save report).
    RunReport::setPdfRenderer(&PdfReport::render);
    return WizardLauncher::main(argc, argv);
}
