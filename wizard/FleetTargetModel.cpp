// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetTargetModel.h"

#include "ProgressText.h"

FleetTargetModel::FleetTargetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FleetTargetModel::setTargets(const QList<FleetTarget> &targets)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_finished = 0;
    m_rows.reserve(targets.size());
    for (const FleetTarget &t : targets) {
        const QString url = t.url();
        if (m_index.contains(url))
            continue; // named twice: it runs once, in the first place (FleetRun)
        m_index.insert(url, int(m_rows.size()));
        m_rows.append(makeRow(url, t.label, t.stage));
    }
    endResetModel();
}

void FleetTargetModel::resetStatuses()
{
    for (Row &r : m_rows) {
        r.status = Status::Pending;
        r.state = FleetTargetState::Skipped;
        r.perMille = 0;
        r.step.clear();
        r.durationMs = -1;
        r.message.clear();
    }
    m_finished = 0;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

FleetTargetModel::Row FleetTargetModel::makeRow(const QString &target, const QString &label, const QString &stage)
{
    Row row;
    row.target = target;
    row.label = label;
    row.stage = stage;
    return row;
}

int FleetTargetModel::ensureRow(const QString &target, const QString &label, const QString &stage)
{
    const auto it = m_index.constFind(target);
    if (it != m_index.constEnd())
        return it.value();
    // Not listed when the fleet was opened (a file that appeared since): one row appended.
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(target, label, stage));
    m_index.insert(target, row);
    endInsertRows();
    return row;
}

void FleetTargetModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetTargetModel::takeSummary(Row &row, const FleetTargetResult &result)
{
    if (!result.stage.isEmpty())
        row.stage = result.stage;
    if (!result.fromVersion.isEmpty())
        row.fromVersion = result.fromVersion;
    if (!result.toVersion.isEmpty())
        row.toVersion = result.toVersion;
    if (result.checkCount > 0) {
        row.checksKnown = true;
        row.checkCount = result.checkCount;
        row.blockers = result.blockers;
        row.warnings = result.warnings;
    }
}

void FleetTargetModel::targetStarted(const FleetTarget &target)
{
    const int row = ensureRow(target.url(), target.label, target.stage);
    Row &r = m_rows[row];
    r.stage = target.stage;
    r.status = Status::Running;
    r.perMille = 0;
    r.step.clear();
    rowChanged(row);
}

void FleetTargetModel::targetProgressed(const QString &target, const QString &step, int perMille)
{
    const auto it = m_index.constFind(target);
    if (it == m_index.constEnd())
        return;
    Row &r = m_rows[it.value()];
    if (r.status != Status::Running)
        return; // a late event of a target already finished
    r.step = step;
    r.perMille = perMille;
    rowChanged(it.value());
}

void FleetTargetModel::targetFinished(const FleetTargetResult &result, bool final)
{
    const int row = ensureRow(result.target, result.label, result.stage);
    Row &r = m_rows[row];
    const bool wasFinished = r.status == Status::Finished;
    takeSummary(r, result);
    r.status = final ? Status::Finished : Status::Waiting;
    r.state = result.state;
    r.durationMs = result.ran ? result.durationMs : -1;
    r.message = result.message;
    r.perMille = final ? 1000 : 0;
    if (final && !wasFinished)
        ++m_finished;
    rowChanged(row);
}

void FleetTargetModel::applyResults(const QList<FleetTargetResult> &results)
{
    int first = -1;
    int last = -1;
    for (const FleetTargetResult &result : results) {
        const int row = ensureRow(result.target, result.label, result.stage);
        Row &r = m_rows[row];
        if (r.status != Status::Finished)
            ++m_finished;
        takeSummary(r, result);
        r.status = Status::Finished;
        r.state = result.state;
        r.durationMs = result.ran ? result.durationMs : -1;
        r.message = result.message;
        r.perMille = result.ran ? 1000 : 0;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    // Once at the end, over the rows the result names: most of them are unchanged by now.
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void FleetTargetModel::applyPreview(const QList<FleetTargetResult> &results)
{
    int first = -1;
    int last = -1;
    for (const FleetTargetResult &result : results) {
        if (!result.ran)
            continue;
        const int row = ensureRow(result.target, result.label, result.stage);
        takeSummary(m_rows[row], result);
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

const FleetTargetModel::Row *FleetTargetModel::rowOf(const QString &target) const
{
    const auto it = m_index.constFind(target);
    return it == m_index.constEnd() ? nullptr : &m_rows.at(it.value());
}

int FleetTargetModel::count(FleetTargetState state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [state](const Row &r) {
        return r.status == Status::Finished && r.state == state;
    }));
}

QString FleetTargetModel::stateText(FleetTargetState state)
{
    switch (state) {
    case FleetTargetState::Ok:
        return tr("ok");
    case FleetTargetState::NothingToDo:
        return tr("nothing to do");
    case FleetTargetState::Blocked:
        return tr("blocked");
    case FleetTargetState::Failed:
        return tr("failed");
    case FleetTargetState::Locked:
        return tr("locked");
    case FleetTargetState::Skipped:
        return tr("skipped");
    case FleetTargetState::Interrupted:
        return tr("stopped, rolled back");
    }
    return {};
}

QString FleetTargetModel::statusText(const Row &row)
{
    switch (row.status) {
    case Status::Pending:
        return tr("waiting");
    case Status::Running:
        return row.perMille > 0 ? tr("running, %1 %").arg(row.perMille / 10) : tr("running");
    case Status::Waiting:
        return tr("locked, tried again later");
    case Status::Finished:
        return stateText(row.state);
    }
    return {};
}

QString FleetTargetModel::checksText(const Row &row)
{
    if (!row.checksKnown)
        return {};
    if (row.blockers == 0 && row.warnings == 0)
        return tr("%n check(s) passed", nullptr, row.checkCount);
    QStringList parts;
    if (row.blockers > 0)
        parts << tr("%n blocker(s)", nullptr, row.blockers);
    if (row.warnings > 0)
        parts << tr("%n warning(s)", nullptr, row.warnings);
    return parts.join(QStringLiteral(", "));
}

QString FleetTargetModel::versionText(const Row &row)
{
    if (row.fromVersion.isEmpty() && row.toVersion.isEmpty())
        return {};
    if (row.toVersion.isEmpty() || row.toVersion == row.fromVersion)
        return row.fromVersion;
    return tr("%1 → %2").arg(row.fromVersion.isEmpty() ? QStringLiteral("?") : row.fromVersion, row.toVersion);
}

int FleetTargetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetTargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTargetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == StatusRole)
        return int(r.status);
    if (role == StateRole)
        return int(r.state);
    if (role == ChecksKnownRole)
        return r.checksKnown;
    if (role == Qt::ToolTipRole && index.column() == MessageColumn && !r.message.isEmpty())
        return r.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        return r.target;
    case LabelColumn:
        return r.label;
    case StageColumn:
        return r.stage;
    case VersionColumn:
        return versionText(r);
    case ChecksColumn:
        return checksText(r);
    case StatusColumn:
        return statusText(r);
    case DurationColumn:
        return r.durationMs < 0 ? QString() : ProgressText::duration(r.durationMs);
    case MessageColumn:
        return r.message.isEmpty() ? r.step : r.message;
    }
    return {};
}

QVariant FleetTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case LabelColumn:
        return tr("Label");
    case StageColumn:
        return tr("Stage");
    case VersionColumn:
        return tr("Version");
    case ChecksColumn:
        return tr("Checks");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Time");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
