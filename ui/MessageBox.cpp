// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QPushButton>

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastShownText;
int shown = 0;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

int MessageBox::shownCount()
{
    return shown;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 const QString &yesText, const QString &noText,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, {}, QMessageBox::Yes | QMessageBox::No, defaultButton,
                yesText, noText);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, {}, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    show(QMessageBox::Warning, parent, title, text, details, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, const QString &details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, const QString &yesText,
                                             const QString &noText)
{
    lastShownText = text;
    ++shown;
    if (nextAnswer != QMessageBox::NoButton) {
        const auto answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setDetailedText(details);
    if (!yesText.isEmpty() && box.button(QMessageBox::Yes))
        box.button(QMessageBox::Yes)->setText(yesText);
    if (!noText.isEmpty() && box.button(QMessageBox::No))
        box.button(QMessageBox::No)->setText(noText);
    return QMessageBox::StandardButton(box.exec());
}
