// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockedPanel.h"

#include "run/RunResult.h"
#include "StatusIcons.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

LockedPanel::LockedPanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(tr("Another run is using this database"), this))
    , m_holder(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_lockFile(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(StatusIcons::icon(ItemStatus::Warning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    for (QLabel *label : {m_holder, m_advice, m_lockFile}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_holder->setAccessibleName(tr("Who holds the lock"));
    m_advice->setText(tr("Nothing was changed. Two runs on one database at once could damage it, so this one did not "
                         "start. Wait until the other run has finished (or ask whoever started it), then retry."));
    m_lockFile->setAccessibleName(tr("Lock file"));
    m_retry->setAccessibleName(tr("Retry the run"));
    connect(m_retry, &QPushButton::clicked, this, &LockedPanel::retryRequested);

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_holder);
    text->addWidget(m_advice);
    text->addWidget(m_lockFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    text->addLayout(buttons);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void LockedPanel::setResult(const RunResult &result)
{
    if (result.lockHolder.isKnown())
        m_holder->setText(tr("It is held by %1.").arg(result.lockHolder.describe()));
    else
        m_holder->setText(result.error.message);
    m_lockFile->setText(result.lockHolder.lockFile.isEmpty() ? QString()
                                                             : tr("Lock file: %1").arg(result.lockHolder.lockFile));
    m_lockFile->setVisible(!result.lockHolder.lockFile.isEmpty());
}

QString LockedPanel::holderText() const
{
    return m_holder->text();
}
