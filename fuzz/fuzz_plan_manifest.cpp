// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as plan.json: PlanLoader::parseManifest returns a plan or an error with a message,
// never crashes, never reads outside memory, never runs into undefined behaviour.
#include "plan/PlanLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ErrorInfo error;
    const auto plan = PlanLoader::parseManifest(bytes, QStringLiteral(MA_PLAN_DIR), QStringLiteral("fuzz"), &error);
    if (!plan && error.message.isEmpty())
        __builtin_trap(); // a refusal must say why
    if (plan && (plan->id.isEmpty() || plan->steps.isEmpty() || plan->checksum.isEmpty()))
        __builtin_trap(); // an accepted plan has what the runner relies on
    return 0;
}
