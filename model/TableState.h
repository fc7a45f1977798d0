#pragma once

#include <QJsonObject>
#include <QString>

// One table at one moment: how many rows, a checksum of their content (independent of row
// order), and a fingerprint of its shape (columns, keys, foreign keys, unique indexes).
// Kept in the history before and after a run, so a rollback can prove it restored exactly.
class TableState
{
public:
    QString table;
    qint64 rows = 0;
    QString checksum;
    QString schema;

    bool operator==(const TableState &other) const = default;
    QJsonObject toJson() const;
    static TableState fromJson(const QJsonObject &object);
};
