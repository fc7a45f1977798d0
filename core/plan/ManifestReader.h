// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanStep.h"
#include "plan/PlanValidation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// PlanLoader's walk over plan.json: reads its values (strings, lists, whole numbers, SQL inline
// or from files, steps, validations), remembering the first fault with its path in the
// document ("plan.json: steps[2].file.sqlite: no readable file …").
class ManifestReader
{
public:
    ManifestReader(QString folder, QString manifestName)
        : m_folder(std::move(folder)), m_manifest(std::move(manifestName)) {}

    QString error;
    QMap<QString, QByteArray> files; // every SQL file read, for the checksum

    bool ok() const { return error.isEmpty(); }
    void fault(const QString &where, const QString &what);

    QString string(const QJsonObject &o, const QString &key, const QString &where, bool required);
    QStringList stringList(const QJsonObject &o, const QString &key, const QString &where);
    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QString &where);
    // {"sqlite": "SQL", "postgresql": "SQL"} inline, or with key "file": file names.
    DriverSql driverSql(const QJsonObject &o, const QString &where, bool required);
    DriverSql nestedSql(const QJsonObject &o, const QString &key, const QString &where, bool required);
    QString readFile(const QString &relative, const QString &where);
    QList<PlanStep> steps(const QJsonValue &value, const QString &where);
    // {"table", "key", "transform": "encrypt"|"decrypt", "columns": [...], "suffix", "key_id_column"}
    BatchSpec batch(const QJsonValue &value, const QString &where);
    QList<PlanValidation> validations(const QJsonValue &value, const QString &where);
    // "variables": {"name": "value", …}, psql's variables for the scripts.
    QHash<QString, QString> variables(const QJsonValue &value, const QString &where);

private:
    QString m_folder;
    QString m_manifest;
};
