// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIcons.h"

#include <QApplication>
#include <QStyle>

QIcon StatusIcons::icon(ItemStatus status, const QStyle *style)
{
    if (!style)
        style = QApplication::style();
    switch (status) {
    case ItemStatus::Passed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ItemStatus::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case ItemStatus::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ItemStatus::Accepted:
        // Accepted is still a risk, just one somebody took knowingly: a warning sign stays.
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ItemStatus::Blocker:
    case ItemStatus::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ItemStatus::None:
        break;
    }
    return {};
}
