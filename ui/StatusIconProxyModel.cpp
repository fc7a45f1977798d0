// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIconProxyModel.h"

#include "StatusIcons.h"

#include <QFont>

QVariant StatusIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QVariant status = QIdentityProxyModel::data(index, ItemStatusRole);
        if (status.isValid() && status.toInt() != int(ItemStatus::None))
            return StatusIcons::icon(ItemStatus(status.toInt()));
    }
    if (role == Qt::FontRole && m_headingRole != 0 && QIdentityProxyModel::data(index, m_headingRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QIdentityProxyModel::data(index, role);
}
