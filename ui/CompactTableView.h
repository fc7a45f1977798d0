// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

// A read-only table that is as tall as its rows, for short tables inside a scrolling page
// (row counts, validations, sample rows): no scroll bar within a scroll bar, no empty
// white area under three rows. Columns fit their contents; the last one takes the rest.
class CompactTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CompactTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // As wide as its columns instead of the whole row (numbers then stay next to their
    // names); add it to a layout with Qt::AlignLeft.
    void setFitWidth(bool fit);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void contentChanged();

    bool m_fitWidth = false;
};
