// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandStreams.h"

#include <QCoreApplication>
#include <QStringList>

// The headless interface of shared/spec/cli.md: flags in, a report and an exit code out.
// It needs no display: it runs under a QCoreApplication, never a QApplication. It parses the
// command line once, with the options every Command declares, and hands it to the command
// asked for (cli/*Command.h).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Does this command line ask for headless mode (--headless, --demo, --help, --version,
    // --print-sql)? Decided from argv alone, before any Qt application object exists.
    static bool wantsHeadless(int argc, char **argv);
    // Does it ask for a PDF report (which needs QtGui to render)?
    static bool wantsPdfReport(int argc, char **argv);
    // Creates the QCoreApplication and runs; returns the process exit code.
    static int main(int argc, char **argv);
    // Names, version and translations on the application object, whichever kind the caller
    // made (PdfReport makes a QGuiApplication).
    static void setUpApplication();
    // The system locale's language for what a person reads (help, messages, the text report).
    // Not with --json or --progress: what programs read stays the same in every locale.
    static void installTranslations(const QStringList &arguments);
    // Runs with an existing QCoreApplication; prints on streams; returns the exit code.
    static int run(const QStringList &arguments, const CommandStreams &streams);
};
