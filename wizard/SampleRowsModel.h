// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// The few example rows a failing check brings along (CheckResult::sampleRows), as a table.
// The core has already masked every secret in them; this model shows them as they are.
class SampleRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SampleRowsModel(QObject *parent = nullptr);

    void setSamples(const QStringList &columns, const QList<QStringList> &rows);
    void clear() { setSamples({}, {}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
};
