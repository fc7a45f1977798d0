// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

// "Server + schema pattern…" of the Fleet view: a PostgreSQL server and database, and which
// of its schemas form the fleet (tenant_*). Filled from the wizard's connection when that is a
// server; the password goes to every target's run and is never shown or stored.
class FleetServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FleetServerDialog(const ConnectionSpec &initial, QWidget *parent = nullptr);

    // The server with the password (its schema is the pattern's business: schemaPattern()).
    ConnectionSpec server() const;
    QString schemaPattern() const;
    QLineEdit *patternEdit() const { return m_pattern; }

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_pattern;
};
