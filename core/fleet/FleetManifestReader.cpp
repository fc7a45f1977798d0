// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetManifestReader.h"

#include "plan/JsonSchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The entries of a "targets" array; false with *error on a URL that does not parse.
bool readEntries(const QJsonArray &array, const QString &place, QList<FleetTargetEntry> *entries, ErrorInfo *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        FleetTargetEntry entry;
        const QJsonValue v = array.at(i);
        entry.url = v.isString() ? v.toString().trimmed() : v.toObject().value(QLatin1String("url")).toString().trimmed();
        entry.label = v.toObject().value(QLatin1String("label")).toString();
        // sqlite: globs would fail the bare-path rule of parse (no such file): they always need the scheme.
        ErrorInfo urlError;
        const auto spec = ConnectionSpec::parse(entry.url, &urlError);
        if (!spec) {
            fail(error, FleetManifestReader::tr("%1[%2]: %3").arg(place).arg(i).arg(urlError.message), urlError.details);
            return false;
        }
        entry.spec = *spec;
        entries->append(entry);
    }
    return true;
}

} // namespace

QJsonObject FleetManifestReader::schema()
{
    QFile file(QStringLiteral(":/schema/fleet.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<FleetManifest> FleetManifestReader::read(const QString &path, ErrorInfo *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Cannot read the fleet manifest %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    auto manifest = parse(file.readAll(), QFileInfo(path).absolutePath(), error);
    if (manifest)
        manifest->path = QFileInfo(path).absoluteFilePath();
    else
        error->message = tr("The fleet manifest %1: %2").arg(path, error->message);
    return manifest;
}

std::optional<FleetManifest> FleetManifestReader::parse(const QByteArray &json, const QString &baseDir, ErrorInfo *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, parseError.error != QJsonParseError::NoError
                        ? tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                        : tr("not a JSON object"));
        return std::nullopt;
    }
    const QStringList faults = JsonSchemaCheck(schema()).validate(doc.object());
    if (!faults.isEmpty()) {
        fail(error, faults.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    FleetManifest manifest;
    if (!readEntries(root.value(QLatin1String("targets")).toArray(), QStringLiteral("targets"), &manifest.targets, error))
        return std::nullopt;

    const QJsonObject defaults = root.value(QLatin1String("defaults")).toObject();
    manifest.plan = defaults.value(QLatin1String("plan")).toString();
    // A plan folder is named relative to the manifest, wherever the fleet is started from.
    if (!manifest.plan.isEmpty() && QDir::isRelativePath(manifest.plan)
        && QFileInfo(QDir(baseDir).filePath(manifest.plan)).isDir())
        manifest.plan = QDir(baseDir).filePath(manifest.plan);
    manifest.to = defaults.value(QLatin1String("to")).toString();
    for (const QJsonValue &id : defaults.value(QLatin1String("accept_risk")).toArray())
        manifest.acceptedRisks << id.toString().trimmed();
    manifest.parallel = defaults.value(QLatin1String("parallel")).toInt(0);
    manifest.waitLockSeconds = defaults.value(QLatin1String("wait_lock")).toInt(-1);

    const QJsonArray stages = root.value(QLatin1String("stages")).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject s = stages.at(i).toObject();
        FleetStage stage;
        stage.name = s.value(QLatin1String("name")).toString();
        if (!readEntries(s.value(QLatin1String("targets")).toArray(), QStringLiteral("stages[%1].targets").arg(i),
                         &stage.targets, error))
            return std::nullopt;
        for (const QJsonValue &l : s.value(QLatin1String("labels")).toArray())
            stage.labels << l.toString();
        stage.parallel = s.value(QLatin1String("parallel")).toInt(0);
        stage.onError = s.value(QLatin1String("on_error")).toString() == QLatin1String("stop") ? FleetStage::OnError::Stop
                                                                                              : FleetStage::OnError::Continue;
        stage.maxFailures = s.value(QLatin1String("max_failures")).toInt(0);
        if (!stage.labels.isEmpty() && manifest.targets.isEmpty()) {
            fail(error, tr("stages[%1] selects by label, but the manifest has no top-level targets.").arg(i));
            return std::nullopt;
        }
        manifest.stages.append(stage);
    }
    if (manifest.stages.isEmpty()) {
        FleetStage all;
        all.name = QStringLiteral("all");
        manifest.stages.append(all);
    }
    bool any = !manifest.targets.isEmpty();
    for (const FleetStage &stage : std::as_const(manifest.stages))
        any = any || !stage.targets.isEmpty();
    if (!any) {
        fail(error, tr("it names no targets."));
        return std::nullopt;
    }
    return manifest;
}
