#pragma once

#include "DriverSql.h"

#include <QString>

// One step of a plan's migration or rollback: a script of one or more statements.
// A chunked step is a single statement holding {{chunk}} (or {{chunk:alias}}); the runner
// runs it once per range of the chunk table's rows, so progress shows rows and a cancel
// takes effect between chunks.
class PlanStep
{
public:
    QString id;
    QString title;
    DriverSql sql;
    QString chunkTable; // empty: not chunked
};
