// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class RunResult;

// What a person sees when another run holds the lock (RunOutcome::Locked): who holds it —
// process, host, since when, as LockHolder::describe() says — that nothing was changed, and
// a Retry button. Not an error box with a code: waiting is a normal answer.
class LockedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LockedPanel(QWidget *parent = nullptr);

    void setResult(const RunResult &result);
    QString holderText() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_holder;
    QLabel *m_advice;
    QLabel *m_lockFile;
    QPushButton *m_retry;
};
