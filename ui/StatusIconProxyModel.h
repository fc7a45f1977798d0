// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

// Gives the core's table models their icons: turns the ItemStatusRole they answer into
// Qt::DecorationRole, so the models stay free of QtGui; rows whose headingRole (when set) is
// true are shown bold.
class StatusIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A role of the source model that marks heading rows (CheckTableModel::HeadingRole); 0: none.
    void setHeadingRole(int role) { m_headingRole = role; }

private:
    int m_headingRole = 0;
};
