// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"

#include <QWizardPage>

class ConnectionTester;
class DemoDatabaseCreator;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class WizardConfig;

// Page 1: which database. A SQLite file (chosen, or a demo one created) or a PostgreSQL
// server. "Test connection" opens it on a worker (ConnectionTester) and says what SQLite or
// libpq answered; the page is complete once the current fields have tested fine.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    ConnectPage(WizardConfig *config, QWidget *parent = nullptr);

    bool isComplete() const override;

    // Fills in a SQLite file and tests it (the command line's DBFILE).
    void openSqliteFile(const QString &path);
    void testConnection();
    ConnectionSpec specFromFields() const;
    ConnectionTester *tester() const { return m_tester; }
    QString testResultText() const;
    QPushButton *historyButton() const { return m_history; }
    QPushButton *fleetButton() const { return m_fleet; }
    QPushButton *testButton() const { return m_test; }

Q_SIGNALS:
    void historyRequested();
    void fleetRequested();

private:
    void fillFrom(const ConnectionSpec &spec);
    void fieldsChanged();
    void updateState();
    void browse();
    void createDemo();
    void onRecentChosen(int index);
    void onTestFinished(bool ok, const QString &message, const QString &details);
    void showMessage(bool ok, const QString &message, const QString &details);
    void reloadRecent();

    WizardConfig *m_config;
    ConnectionTester *m_tester;
    DemoDatabaseCreator *m_demo;
    QComboBox *m_recent;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QWidget *m_sqlitePanel;
    QWidget *m_postgresPanel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_createDemo;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_schema;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QPushButton *m_test;
    QPushButton *m_history;
    QPushButton *m_fleet;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QLabel *m_details;
    bool m_filling = false;
};
