// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/ValidationResult.h"

#include <QAbstractTableModel>

// The post-run validations (RunResult::validations): what was found against what was
// expected. A failed one is why a migration was rolled back, so it is marked.
class ValidationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, FoundColumn, ExpectedColumn, ColumnCount };

    explicit ValidationTableModel(QObject *parent = nullptr);

    void setValidations(const QList<ValidationResult> &validations);
    void clear() { setValidations({}); }
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ValidationResult> m_validations;
};
