// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/ProgressEvent.h"
#include "run/RunContext.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

#include <QCoreApplication>
#include <functional>

class CancelToken;

// The entry point of a run, for the wizard (RunController) and the headless command: runs one
// action of a plan against one database, start to end, on the calling thread (a worker: never
// the GUI thread). It loads the plan, takes the run lock file for an action that changes the
// database, opens the connection (here, in that thread) and hands the run to its engine:
//   - OneTransactionRun for a plan without batched steps, and for every --check: checks,
//     backup, steps, validations and history in ONE transaction, all or nothing;
//   - BatchedRun for an apply, rehearsal or rollback of a plan with batched steps: a sequence
//     of short transactions with checkpoints, resumable (see BatchedRun).
// --status only reads the history (PlanStatus).
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    using ProgressSink = std::function<void(const ProgressEvent &)>;
    using LogSink = std::function<void(const QString &)>;

    explicit MigrationRunner(RunOptions options);

    void setProgressSink(ProgressSink sink) { m_context.setProgressSink(std::move(sink)); }
    void setLogSink(LogSink sink) { m_context.setLogSink(std::move(sink)); }
    void setCancelToken(CancelToken *token) { m_context.setCancelToken(token); }

    RunResult run();

private:
    RunContext m_context;
};
