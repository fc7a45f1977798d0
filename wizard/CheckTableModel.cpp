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

void CheckTableModel::setChecks(const QList<CheckResult> &checks, const QList<PlanGroup> &groups)
{
    beginResetModel();
    m_checks = checks;
    m_groups.clear();
    m_rows.clear();
    // Headings only when the checks come from more than one plan of the path.
    QStringList planIds;
    for (const CheckResult &c : checks)
        if (!planIds.contains(c.planId))
            planIds << c.planId;
    const bool grouped = planIds.size() > 1 && !groups.isEmpty();
    const auto groupOf = [&](const CheckResult &c) {
        for (int i = 0; i < groups.size(); ++i)
            if (groups.at(i).planId == c.planId)
                return i;
        return int(groups.size()); // a plan the path does not name: last
    };
    std::stable_sort(m_checks.begin(), m_checks.end(), [&](const CheckResult &a, const CheckResult &b) {
        if (grouped && groupOf(a) != groupOf(b))
            return groupOf(a) < groupOf(b);
        return failingRank(a) < failingRank(b);
    });
    int lastGroup = -1;
    for (int i = 0; i < m_checks.size(); ++i) {
        const int group = grouped ? groupOf(m_checks.at(i)) : -1;
        if (grouped && group != lastGroup && group < groups.size())
            m_rows << Row{-1, group};
        lastGroup = group;
        m_rows << Row{i, -1};
    }
    if (grouped)
        m_groups = groups;
    // An acknowledgement is for a warning the person has read: one that passes now, or is
    // new, starts unacknowledged; one still failing keeps what the person ticked.
    QSet<QString> kept;
    for (const CheckResult &c : std::as_const(m_checks))
        if (c.isWarning() && (m_accepted.contains(keyOf(c)) || c.accepted))
            kept.insert(keyOf(c));
    m_accepted = kept;
    endResetModel();
    Q_EMIT acknowledgementsChanged();
}

void CheckTableModel::clear()
{
    beginResetModel();
    m_checks.clear();
    m_groups.clear();
    m_rows.clear();
    m_accepted.clear();
    endResetModel();
    Q_EMIT acknowledgementsChanged();
}

const CheckResult *CheckTableModel::checkAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).check < 0)
        return nullptr;
    return &m_checks.at(m_rows.at(row).check);
}

int CheckTableModel::rowOf(const QString &checkId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (const CheckResult *c = checkAt(row); c && keyOf(*c) == checkId)
            return row;
    return -1;
}

bool CheckTableModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).check < 0;
}

int CheckTableModel::firstCheckRow() const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (!isHeading(row))
            return row;
    return -1;
}

QString CheckTableModel::keyOf(const CheckResult &check) const
{
    if (check.planId.isEmpty())
        return check.id;
    for (const CheckResult &other : m_checks)
        if (other.id == check.id && other.planId != check.planId)
            return check.planId + QLatin1Char(':') + check.id;
    return check.id;
}

int CheckTableModel::blockerCount() const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [](const CheckResult &c) { return c.isBlocking(); }));
}

QStringList CheckTableModel::failingWarnings() const
{
    QStringList ids;
    for (int row = 0; row < m_rows.size(); ++row)
        if (const CheckResult *c = checkAt(row); c && c->isWarning())
            ids << keyOf(*c);
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
    if (row < 0 || !checkAt(row)->isWarning())
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags CheckTableModel::flags(const QModelIndex &index) const
{
    if (isHeading(index.row()))
        return Qt::ItemIsEnabled; // a heading: read, never selected
    return QAbstractTableModel::flags(index);
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isHeading(index.row())) {
        const PlanGroup &g = m_groups.at(m_rows.at(index.row()).group);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            // The heading spans the row (the view sets the span); its text is in the first column.
            return index.column() == StatusColumn
                ? tr("Plan %1 of %2: %3 (%4 → %5)")
                      .arg(m_rows.at(index.row()).group + 1)
                      .arg(m_groups.size())
                      .arg(g.title, g.fromVersion, g.toVersion)
                : QVariant();
        case HeadingRole:
            return true;
        case ItemStatusRole:
            return int(ItemStatus::None);
        }
        return {};
    }
    const CheckResult *c = checkAt(index.row());
    if (!c)
        return {};
    const ItemStatus status = statusOf(*c, isAccepted(keyOf(*c)));
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
        return keyOf(*c);
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
