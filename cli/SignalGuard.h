// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSocketNotifier>
#include <csignal>
#include <memory>

class CancelToken;

// While it lives, SIGINT and SIGTERM cancel the run through the token: the worker rolls
// back and the process exits 130. The handler only writes a byte to a socket pair (the one
// async-signal-safe thing to do); the event loop reads it and cancels.
class SignalGuard
{
public:
    explicit SignalGuard(CancelToken *token);
    ~SignalGuard();
    SignalGuard(const SignalGuard &) = delete;
    SignalGuard &operator=(const SignalGuard &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};
