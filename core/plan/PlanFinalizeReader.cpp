// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanFinalizeReader.h"

#include <QJsonObject>

#include <cmath>

PlanFinalize PlanFinalizeReader::read(const QJsonValue &value, const StepReader &steps, const Fault &fault)
{
    PlanFinalize out;
    const QString where = QStringLiteral("finalize");
    if (!value.isObject()) {
        fault(where, tr("must be an object with \"keep_days\" and \"steps\""));
        return out;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue days = o.value(QLatin1String("keep_days"));
    const double d = days.toDouble(-1);
    if (!days.isDouble() || d != std::floor(d) || d < 0 || d > maxKeepDays) {
        fault(where + QStringLiteral(".keep_days"), tr("must be a whole number of days from 0 to %1").arg(maxKeepDays));
        return out;
    }
    out.keepDays = int(d);
    out.steps = steps(o.value(QLatin1String("steps")), where + QStringLiteral(".steps"));
    if (out.steps.isEmpty())
        fault(where + QStringLiteral(".steps"), tr("needs at least one step"));
    // A finalize is one short transaction after the fact: no chunked walk, no batches.
    for (const PlanStep &s : std::as_const(out.steps))
        if (!s.chunkTable.isEmpty() || s.isBatched())
            fault(where + QStringLiteral(".steps.") + s.id, tr("a finalize step is plain SQL: no chunk, no batch"));
    return out;
}
