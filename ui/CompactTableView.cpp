// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompactTableView.h"

#include <QHeaderView>
#include <QScrollBar>

CompactTableView::CompactTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Tab moves on to the next widget: arrows move within the table.
    setTabKeyNavigation(false);
}

void CompactTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &CompactTableView::contentChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CompactTableView::contentChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CompactTableView::contentChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &CompactTableView::contentChanged);
    contentChanged();
}

void CompactTableView::setFitWidth(bool fit)
{
    m_fitWidth = fit;
    horizontalHeader()->setStretchLastSection(!fit);
    setSizePolicy(fit ? QSizePolicy::Maximum : QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateGeometry();
}

void CompactTableView::contentChanged()
{
    resizeColumnsToContents();
    updateGeometry();
}

QSize CompactTableView::sizeHint() const
{
    const int rows = model() ? model()->rowCount() : 0;
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rows; ++row)
        height += qMax(rowHeight(row), verticalHeader()->sectionSizeHint(row));
    // A narrow window scrolls the table sideways: keep room for that bar.
    if (horizontalHeader()->length() > viewport()->width())
        height += horizontalScrollBar()->sizeHint().height();
    const int width = m_fitWidth ? 2 * frameWidth() + horizontalHeader()->length() : QTableView::sizeHint().width();
    return {width, height};
}

QSize CompactTableView::minimumSizeHint() const
{
    return {QTableView::minimumSizeHint().width(), sizeHint().height()};
}
