// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class Plan;
class RunContext;
class RunResult;

// --baseline VERSION: records that a database made outside the assistant (no history of its
// own) is at VERSION, so that paths can start there. Never guessed: the detect query of that
// version must recognise the schema — the target detect of the plan leading to VERSION, or the
// source detect of the first plan for the oldest version — and the row names that plan. In one
// transaction under the run lock: the detect, then the history row.
class BaselineRun
{
    Q_DECLARE_TR_FUNCTIONS(BaselineRun)

public:
    explicit BaselineRun(RunContext &context) : m_context(context) {}
    RunResult run();

private:
    RunContext &m_context;
};
