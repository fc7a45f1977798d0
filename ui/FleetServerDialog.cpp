// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetServerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

FleetServerDialog::FleetServerDialog(const ConnectionSpec &initial, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_pattern(new QLineEdit(this))
{
    setWindowTitle(tr("Server and schema pattern"));
    const bool server = !initial.isSqlite();
    m_host->setText(server ? initial.host : QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(server && initial.port > 0 ? initial.port : 5432);
    m_database->setText(server ? initial.database : QString());
    m_user->setText(server ? initial.user : QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(server ? initial.password : QString());
    m_pattern->setText(QStringLiteral("tenant_*"));
    m_pattern->setToolTip(tr("Every schema whose name matches: * is any text, ? one character."));

    auto *intro = new QLabel(tr("Every schema of the database whose name matches the pattern is one target."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const QList<QPair<QString, QWidget *>> rows{{tr("Ho&st:"), m_host},         {tr("P&ort:"), m_port},
                                                {tr("D&atabase:"), m_database}, {tr("&User:"), m_user},
                                                {tr("Pass&word:"), m_password}, {tr("Schema &pattern:"), m_pattern}};
    for (const auto &[label, field] : rows) {
        form->addRow(label, field);
        QString name = label;
        field->setAccessibleName(name.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&List the schemas"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConnectionSpec FleetServerDialog::server() const
{
    ConnectionSpec spec;
    spec.driver = ConnectionSpec::Driver::Postgresql;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    return spec;
}

QString FleetServerDialog::schemaPattern() const
{
    return m_pattern->text().trimmed();
}
