// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
class RunResult;

// "Save report…": asks where (HTML for a support ticket, JSON for machines), adds the suffix
// the chosen filter implies, and writes with RunReport::write (atomic, owner-only).
class ReportSaver
{
    Q_DECLARE_TR_FUNCTIONS(ReportSaver)

public:
    // Returns the path written, or empty when cancelled or failed (a failure is shown).
    static QString save(QWidget *parent, const RunResult &result, const QString &proposedName);
};
