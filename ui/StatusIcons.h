// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemStatus.h"

#include <QIcon>

class QStyle;

// The pictures for ItemStatus. Qt's standard icons (the message box's information, warning
// and critical signs, the dialog's apply tick) so the wizard looks native in any style and
// needs no image plugin.
class StatusIcons
{
public:
    static QIcon icon(ItemStatus status, const QStyle *style = nullptr);
};
