#pragma once

#include "ErrorInfo.h"
#include "Plan.h"

#include <QHash>
#include <QVariant>

class DatabaseConnection;

// Runs each of a plan's shared queries at most once per run and hands out its columns:
// "users-facts.gmail" reads the column gmail of the query users-facts.
class SharedQueryCache
{
public:
    SharedQueryCache(DatabaseConnection &db, const Plan &plan) : m_db(db), m_plan(plan) {}

    QVariant value(const QString &reference, ErrorInfo *error);
    void clear() { m_rows.clear(); }

private:
    DatabaseConnection &m_db;
    const Plan &m_plan;
    QHash<QString, QVariantHash> m_rows;
};
