#pragma once

#include "ConnectionSpec.h"
#include "RunAction.h"

#include <QString>
#include <QStringList>

// Everything a run needs to know, filled from the command line or from the wizard.
class RunOptions
{
public:
    RunAction action = RunAction::Check;
    ConnectionSpec connection;
    QString plan;                 // built-in plan id or a plan folder; empty: the default plan
    bool acceptAllWarnings = false; // --yes
    QStringList acceptedRisks;    // --accept-risk: ids of warnings to proceed past
    QString operatorName;         // --operator; empty: the OS user
    int waitLockSeconds = 0;      // --wait-lock
    QString lockFile;             // --lock-file; empty: the default place
    int chunkRows = 20000;        // rows per chunk of a chunked step: progress and cancel granularity
};
