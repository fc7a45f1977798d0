// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetManifest.h"
#include "util/ErrorInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// Reads a fleet manifest (docs/fleet.md): JSON checked against fleet.schema.json (compiled
// in), every URL parsed (a password in one is refused, as on the command line), a relative
// plan folder taken from beside the manifest. Nothing is connected to or expanded here.
class FleetManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(FleetManifestReader)

public:
    static std::optional<FleetManifest> read(const QString &path, ErrorInfo *error);
    // The same from bytes; baseDir is where relative plan folders are looked for.
    static std::optional<FleetManifest> parse(const QByteArray &json, const QString &baseDir, ErrorInfo *error);
    // fleet.schema.json as compiled in (:/schema/fleet.schema.json).
    static QJsonObject schema();
};
