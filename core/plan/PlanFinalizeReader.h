// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanFinalize.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <functional>

// Reads plan.json's "finalize": {"keep_days": 14, "steps": [ steps as in "steps" ]}. Out of
// PlanLoader (which stays under 500 lines): it gets PlanLoader's own step reader, so the steps
// are read, checked and checksummed like every other step, and reports faults through `fault`.
class PlanFinalizeReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanFinalizeReader)

public:
    using StepReader = std::function<QList<PlanStep>(const QJsonValue &, const QString &where)>;
    using Fault = std::function<void(const QString &where, const QString &what)>;

    static PlanFinalize read(const QJsonValue &value, const StepReader &steps, const Fault &fault);

    static constexpr int maxKeepDays = 3650; // ten years: anything longer is a typo
};
