// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTableModel.h"

#include "checks/CheckRunner.h"

#include <algorithm>

namespace {

int failingRank(const CheckResult &c)
{
    if (c.isBlocking())
        return 0;
    if (c.isWarning())
        return 1;
    return 2;
}

} // namespace

CheckTableModel::CheckTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CheckTableModel::setChecks(const QList<CheckResult> &checks)
{
    beginResetModel();
    m_checks = checks;
    std::stable_sort(m_checks.begin(), m_checks.end(),
                     [](const CheckResult &a, const CheckResult &b) { return failingRank(a) < failingRank(b); });
    // An acknowledgement is for a warning the person has read: one that passes now, or is
    // new, starts unacknowledged; one still failing keeps what the person ticked.
    QSet<QString> kept;
    for (const CheckResult &c : std::as_const(m_checks))
        if (c.isWarning() && (m_accepted.contains(c.id) || c.accepted))
            kept.insert(c.id);
    m_accepted = kept;
    endResetModel();
    Q_EMIT acknowledgementsChanged();
}

void CheckTableModel::clear()
{
    beginResetModel();
    m_checks.clear();
    m_accepted.clear();
    endResetModel();
    Q_EMIT acknowledgementsChanged();
}

const CheckResult *CheckTableModel::checkAt(int row) const
{
    return row >= 0 && row < m_checks.size() ? &m_checks.at(row) : nullptr;
}

int CheckTableModel::rowOf(const QString &checkId) const
{
    for (int i = 0; i < m_checks.size(); ++i)
        if (m_checks.at(i).id == checkId)
            return i;
    return -1;
}

int CheckTableModel::blockerCount() const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [](const CheckResult &c) { return c.isBlocking(); }));
}

QStringList CheckTableModel::failingWarnings() const
{
    QStringList ids;
    for (const CheckResult &c : m_checks)
        if (c.isWarning())
            ids << c.id;
    return ids;
}

QStringList CheckTableModel::acceptedRisks() const
{
    QStringList ids;
    for (const QString &id : failingWarnings())
        if (m_accepted.contains(id))
            ids << id;
    return ids;
}

int CheckTableModel::unacknowledgedWarnings() const
{
    return int(failingWarnings().size() - acceptedRisks().size());
}

bool CheckTableModel::setAccepted(const QString &checkId, bool accepted)
{
    const int row = rowOf(checkId);
    if (row < 0 || !m_checks.at(row).isWarning())
        return false;
    if (accepted == m_accepted.contains(checkId))
        return true;
    if (accepted)
        m_accepted.insert(checkId);
    else
        m_accepted.remove(checkId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT acknowledgementsChanged();
    return true;
}

ItemStatus CheckTableModel::statusOf(const CheckResult &check, bool accepted)
{
    if (check.isBlocking())
        return ItemStatus::Blocker;
    if (check.isWarning())
        return accepted ? ItemStatus::Accepted : ItemStatus::Warning;
    if (check.severity == PlanCheck::Severity::Info)
        return ItemStatus::Info;
    return ItemStatus::Passed;
}

int CheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    const CheckResult *c = checkAt(index.row());
    if (!c || !index.isValid())
        return {};
    const ItemStatus status = statusOf(*c, isAccepted(c->id));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            switch (status) {
            case ItemStatus::Blocker:
                return tr("Blocker");
            case ItemStatus::Warning:
                return tr("Warning");
            case ItemStatus::Accepted:
                return tr("Accepted");
            case ItemStatus::Info:
                return tr("Info");
            default:
                return tr("Passed");
            }
        case TitleColumn:
            return c->title;
        case CountColumn:
            return CheckRunner::formatCount(c->value);
        case MessageColumn:
            return c->message;
        }
        break;
    case Qt::ToolTipRole:
        return c->explanation.isEmpty() ? c->message : c->explanation;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ItemStatusRole:
        return index.column() == StatusColumn ? int(status) : int(ItemStatus::None);
    case CheckIdRole:
        return c->id;
    case ExplanationRole:
        return c->explanation;
    case FailingRole:
        return !c->passed;
    }
    return {};
}

QVariant CheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Check");
    case CountColumn:
        return tr("Count");
    case MessageColumn:
        return tr("What it found");
    }
    return {};
}
