// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// One decoding of foreign project files for every reader (see the header).
#include "project/ProjectScriptText.h"

#include <QChar>

QString ProjectScriptText::fromBytes(const QByteArray &bytes)
{
    return withoutByteOrderMark(QString::fromUtf8(bytes));
}

QString ProjectScriptText::withoutByteOrderMark(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}
