// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIconProxyModel.h"

#include "StatusIcons.h"

QVariant StatusIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QVariant status = QIdentityProxyModel::data(index, ItemStatusRole);
        if (status.isValid() && status.toInt() != int(ItemStatus::None))
            return StatusIcons::icon(ItemStatus(status.toInt()));
    }
    return QIdentityProxyModel::data(index, role);
}
