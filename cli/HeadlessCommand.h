#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// The headless interface of shared/spec/cli.md: flags in, a report and an exit code out.
// It needs no display: it runs under a QCoreApplication, never a QApplication.
class HeadlessCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)

public:
    // Does this command line ask for headless mode (--headless, --demo, --help, --version)?
    // Decided from argv alone, before any Qt application object exists.
    static bool wantsHeadless(int argc, char **argv);
    // Does it ask for a PDF report (which needs QtGui to render)?
    static bool wantsPdfReport(int argc, char **argv);
    // Creates the QCoreApplication and runs; returns the process exit code.
    static int main(int argc, char **argv);
    // Names and version on the application object, whichever kind the caller made.
    static void configureApplication();
    // The system locale's language for what a person reads (help, messages, the text report).
    // Not with --json or --progress: what programs read stays the same in every locale.
    static void installTranslations(const QStringList &arguments);
    // Runs with an existing QCoreApplication; out and err receive what it prints.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
