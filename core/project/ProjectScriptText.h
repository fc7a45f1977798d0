// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Scripts and config files of other tools' projects are UTF-8, and editors on Windows often
// start them with a byte order mark; left in, U+FEFF would become part of the first statement
// or key. Every reader of a foreign project turns bytes into text here, so they all agree.
class ProjectScriptText
{
public:
    // The UTF-8 bytes as text, without a leading byte order mark.
    static QString fromBytes(const QByteArray &bytes);
    // The text without a leading byte order mark (U+FEFF), else unchanged.
    static QString withoutByteOrderMark(QString text);
};
