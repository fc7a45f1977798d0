// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

// The wizard's confirmations and notices go through here instead of QMessageBox directly,
// so GUI tests can answer them (KeePassXC's MessageBox idea): setNextAnswer() makes the
// next call return that answer at once, without showing anything.
class MessageBox
{
public:
    // Asks; yesText / noText relabel the Yes / No buttons ("&Stop and roll back").
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                const QString &yesText, const QString &noText,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});

    // Test hook: the next dialog is not shown and returns `answer`.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test hook: the text of the last dialog asked or shown (answered or not).
    static QString lastText();
    static int shownCount();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, const QString &details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString &yesText,
                                            const QString &noText);
};
