// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationTableModel.h"

#include "checks/CheckRunner.h"
#include "ItemStatus.h"

ValidationTableModel::ValidationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ValidationTableModel::setValidations(const QList<ValidationResult> &validations)
{
    beginResetModel();
    m_validations = validations;
    endResetModel();
}

int ValidationTableModel::failedCount() const
{
    return int(std::count_if(m_validations.begin(), m_validations.end(),
                             [](const ValidationResult &v) { return !v.passed; }));
}

int ValidationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_validations.size());
}

int ValidationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_validations.size())
        return {};
    const ValidationResult &v = m_validations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return v.title;
        case FoundColumn:
            return CheckRunner::formatCount(v.value);
        case ExpectedColumn:
            return v.expected;
        }
        break;
    case Qt::ToolTipRole:
        return v.passed ? tr("Passed") : tr("Failed");
    case Qt::TextAlignmentRole:
        if (index.column() == FoundColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemStatusRole:
        if (index.column() == TitleColumn)
            return int(v.passed ? ItemStatus::Passed : ItemStatus::Failed);
        return int(ItemStatus::None);
    }
    return {};
}

QVariant ValidationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Validation");
    case FoundColumn:
        return tr("Found");
    case ExpectedColumn:
        return tr("Expected");
    }
    return {};
}
