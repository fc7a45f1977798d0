// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTableModel.h"

#include "checks/CheckRunner.h"
#include "plan/PlanChecksum.h"

#include <QJsonObject>
#include <algorithm>

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryTableModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

const HistoryEntry *HistoryTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QList<HistoryEntry> HistoryTableModel::entriesOldestFirst() const
{
    QList<HistoryEntry> out = m_entries;
    std::reverse(out.begin(), out.end());
    return out;
}

int HistoryTableModel::rollbackCandidateRow(const QString &planId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const HistoryEntry &e = m_entries.at(row);
        if (!planId.isEmpty() && e.planId != planId)
            continue;
        if (e.action != QLatin1String("apply") && e.action != QLatin1String("rollback"))
            continue;
        // Only the newest entry counts: an apply that was rolled back since is history.
        return e.action == QLatin1String("apply") ? row : -1;
    }
    return -1;
}

QString HistoryTableModel::actionText(const HistoryEntry &entry)
{
    if (entry.action == QLatin1String("apply"))
        return tr("Applied %1 → %2").arg(entry.fromVersion, entry.toVersion);
    if (entry.action == QLatin1String("rollback"))
        return tr("Rolled back %1 → %2").arg(entry.fromVersion, entry.toVersion);
    if (entry.action == QLatin1String("finalize"))
        return tr("Finalized %1: the rollback is refused").arg(entry.toVersion);
    if (entry.action == QLatin1String("baseline"))
        return tr("Baseline: recorded at %1").arg(entry.toVersion);
    return QStringLiteral("%1 (%2)").arg(entry.action, entry.outcome);
}

QString HistoryTableModel::risksText(const HistoryEntry &entry, bool withWho)
{
    QStringList parts;
    for (const QJsonValue &v : entry.acceptedRisks) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (!withWho) {
            parts << id;
            continue;
        }
        const QString by = o.value(QLatin1String("accepted_by")).toString();
        const QString value = CheckRunner::formatCount(o.value(QLatin1String("value")).toInteger());
        parts << (by.isEmpty() ? tr("%1 (%2)").arg(id, value) : tr("%1 (%2, by %3)").arg(id, value, by));
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QString HistoryTableModel::details(const HistoryEntry &e)
{
    const auto when = [](const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    QStringList lines;
    lines << tr("Run %1: %2, plan %3 (checksum %4)").arg(QString::number(e.id), actionText(e), e.planId,
                                                         PlanChecksum::shortForm(e.planChecksum));
    lines << tr("Started %1, finished %2, by %3 (system user %4) on %5 with version %6")
                 .arg(when(e.startedAt), when(e.finishedAt), e.operatorName, e.osUser, e.host, e.appVersion);
    lines << tr("Accepted risks: %1").arg(risksText(e));
    lines << tr("Backup: %1").arg(e.backupPath.isEmpty() ? tr("none") : e.backupPath);
    return lines.join(QLatin1Char('\n'));
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *e = entryAt(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FinishedColumn:
            return e->finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActionColumn:
            return actionText(*e);
        case PlanColumn:
            return e->planId;
        case OperatorColumn:
            return e->operatorName;
        case HostColumn:
            return e->host;
        case RisksColumn:
            return role == Qt::ToolTipRole ? risksText(*e) : risksText(*e, false);
        case BackupColumn:
            return e->backupPath.isEmpty() ? tr("none") : e->backupPath;
        }
    }
    if (role == EntryIdRole)
        return e->id;
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FinishedColumn:
        return tr("Finished");
    case ActionColumn:
        return tr("Run");
    case PlanColumn:
        return tr("Plan");
    case OperatorColumn:
        return tr("Operator");
    case HostColumn:
        return tr("Host");
    case RisksColumn:
        return tr("Accepted risks");
    case BackupColumn:
        return tr("Backup");
    }
    return {};
}
