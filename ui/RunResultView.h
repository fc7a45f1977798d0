// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CompactTableView;
class QLabel;
class QPlainTextEdit;
class RunResult;
class TableCountsModel;
class ValidationTableModel;

// One finished run, as a person reads it: the outcome in a sentence with its icon, what it
// means for the database, the error's details for support, the differences a rollback
// found, rows per table before and after, the validations, and where the backup is.
// Sections without content are hidden. Used by the Done page, the rehearsal and History.
class RunResultView : public QWidget
{
    Q_OBJECT

public:
    explicit RunResultView(QWidget *parent = nullptr);

    void setResult(const RunResult &result);
    void clear();
    QString headlineText() const;
    QString explanationText() const;
    QString differencesText() const;
    QString backupText() const;
    // A path's plans, a line each with what became of it; empty for a run of one plan.
    QString plansText() const;
    TableCountsModel *counts() const { return m_counts; }
    ValidationTableModel *validations() const { return m_validations; }

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_notes;
    QLabel *m_plansLabel;
    QLabel *m_plans;
    QLabel *m_detailsLabel;
    QPlainTextEdit *m_details;
    QLabel *m_differencesLabel;
    QPlainTextEdit *m_differences;
    QLabel *m_countsLabel;
    CompactTableView *m_countsView;
    QLabel *m_validationsLabel;
    CompactTableView *m_validationsView;
    QLabel *m_backup;
    TableCountsModel *m_counts;
    ValidationTableModel *m_validations;
};
