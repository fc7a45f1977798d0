// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/CancelToken.h"

#include "db/DatabaseConnection.h"

void CancelToken::cancel()
{
    m_cancelled = true;
    QMutexLocker locker(&m_mutex);
    if (m_db)
        m_db->interrupt();
    for (DatabaseConnection *helper : std::as_const(m_helpers))
        helper->interrupt();
    for (CancelToken *child : std::as_const(m_children))
        child->cancel();
}

void CancelToken::attach(DatabaseConnection *db)
{
    QMutexLocker locker(&m_mutex);
    m_db = db;
    if (m_cancelled && m_db)
        m_db->interrupt();
}

void CancelToken::detach()
{
    QMutexLocker locker(&m_mutex);
    m_db = nullptr;
}

void CancelToken::attachHelper(DatabaseConnection *db)
{
    QMutexLocker locker(&m_mutex);
    m_helpers << db;
    if (m_cancelled)
        db->interrupt();
}

void CancelToken::detachHelper(DatabaseConnection *db)
{
    QMutexLocker locker(&m_mutex);
    m_helpers.removeOne(db);
}

void CancelToken::attachChild(CancelToken *child)
{
    QMutexLocker locker(&m_mutex);
    m_children << child;
    if (m_cancelled)
        child->cancel();
}

void CancelToken::detachChild(CancelToken *child)
{
    QMutexLocker locker(&m_mutex);
    m_children.removeOne(child);
}
