// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectPage.h"

#include "ConnectionTester.h"
#include "DemoDatabaseCreator.h"
#include "FileDialog.h"
#include "StatusIcons.h"
#include "WizardConfig.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

ConnectPage::ConnectPage(WizardConfig *config, QWidget *parent)
    : QWizardPage(parent)
    , m_config(config)
    , m_tester(new ConnectionTester(this))
    , m_demo(new DemoDatabaseCreator(this))
    , m_recent(new QComboBox(this))
    , m_sqlite(new QRadioButton(tr("S&QLite database file"), this))
    , m_postgres(new QRadioButton(tr("&PostgreSQL server"), this))
    , m_sqlitePanel(new QWidget(this))
    , m_postgresPanel(new QWidget(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_createDemo(new QPushButton(tr("Create &demo database…"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_schema(new QLineEdit(QStringLiteral("public"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_fleet(new QPushButton(tr("F&leet…"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_details(new QLabel(this))
{
    setTitle(tr("Connect to the database"));
    setSubTitle(tr("Choose the customer database to migrate, then test the connection."));

    auto *recentLabel = new QLabel(tr("R&ecent:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent connections"));
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(12);

    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_sqlite);
    kinds->addButton(m_postgres);
    m_sqlite->setChecked(true);
    m_sqlite->setAccessibleName(tr("SQLite database file"));
    m_postgres->setAccessibleName(tr("PostgreSQL server"));

    // SQLite: a file.
    // Only the panel of the chosen kind is shown, so the page is as tall as what it shows.
    auto *sqlitePage = m_sqlitePanel;
    auto *fileLabel = new QLabel(tr("&File:"), sqlitePage);
    fileLabel->setBuddy(m_path);
    m_path->setAccessibleName(tr("Database file"));
    m_path->setPlaceholderText(tr("/path/to/customer.db"));
    m_path->setClearButtonEnabled(true);
    m_browse->setAccessibleName(tr("Browse for the database file"));
    m_createDemo->setAccessibleName(tr("Create a demo database"));
    m_createDemo->setToolTip(tr("Writes a new v1 demo database with %1 users, to try the assistant out.")
                                 .arg(DemoDatabaseCreator::defaultUsers));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_createDemo);
    demoRow->addStretch(1);
    auto *sqliteLayout = new QVBoxLayout(sqlitePage);
    sqliteLayout->setContentsMargins(0, 0, 0, 0);
    sqliteLayout->addWidget(fileLabel);
    sqliteLayout->addLayout(fileRow);
    sqliteLayout->addLayout(demoRow);

    // PostgreSQL: a server.
    auto *postgresPage = m_postgresPanel;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Never stored. Leave empty to use PGPASSWORD or ~/.pgpass."));
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    auto *form = new QFormLayout(postgresPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QPair<QString, QWidget *>> rows{{tr("Ho&st:"), m_host},       {tr("P&ort:"), m_port},
                                                {tr("D&atabase:"), m_database}, {tr("S&chema:"), m_schema},
                                                {tr("&User:"), m_user},        {tr("Pass&word:"), m_password},
                                                {tr("SS&L mode:"), m_sslMode}};
    for (const auto &[label, field] : rows) {
        form->addRow(label, field);
        QString name = label;
        field->setAccessibleName(name.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_postgresPanel->hide();

    m_test->setAccessibleName(tr("Test connection"));
    m_history->setAccessibleName(tr("History of migrations in this database"));
    m_history->setToolTip(tr("What this assistant has done to this database, with a rollback of the last run."));
    m_fleet->setAccessibleName(tr("Migrate many databases at once"));
    m_fleet->setToolTip(tr("A fleet manifest, a folder of SQLite files or a server's schemas, each migrated as a single "
                           "run would be."));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Connection test result"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Connection test details"));
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto *recentRow = new QHBoxLayout;
    recentRow->addWidget(recentLabel);
    recentRow->addWidget(m_recent, 1);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_sqlite);
    kindRow->addWidget(m_postgres);
    kindRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_fleet);
    buttons->addWidget(m_history);
    auto *result = new QHBoxLayout;
    result->addWidget(m_resultIcon, 0, Qt::AlignTop);
    auto *resultText = new QVBoxLayout;
    resultText->addWidget(m_result);
    resultText->addWidget(m_details);
    result->addLayout(resultText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(recentRow);
    layout->addLayout(kindRow);
    layout->addWidget(m_sqlitePanel);
    layout->addWidget(m_postgresPanel);
    layout->addLayout(buttons);
    layout->addLayout(result);
    layout->addStretch(1);

    connect(m_sqlite, &QRadioButton::toggled, this, [this](bool sqlite) {
        m_sqlitePanel->setVisible(sqlite);
        m_postgresPanel->setVisible(!sqlite);
        fieldsChanged();
    });
    for (QLineEdit *edit : {m_path, m_host, m_database, m_schema, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectPage::fieldsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectPage::fieldsChanged);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectPage::fieldsChanged);
    connect(m_recent, &QComboBox::activated, this, &ConnectPage::onRecentChosen);
    connect(m_browse, &QPushButton::clicked, this, &ConnectPage::browse);
    connect(m_createDemo, &QPushButton::clicked, this, &ConnectPage::createDemo);
    connect(m_test, &QPushButton::clicked, this, &ConnectPage::testConnection);
    connect(m_history, &QPushButton::clicked, this, &ConnectPage::historyRequested);
    connect(m_fleet, &QPushButton::clicked, this, &ConnectPage::fleetRequested);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectPage::onTestFinished);
    connect(m_tester, &ConnectionTester::testingChanged, this, &ConnectPage::updateState);
    connect(m_config, &WizardConfig::connectionVerifiedChanged, this, &ConnectPage::completeChanged);
    connect(m_demo, &DemoDatabaseCreator::busyChanged, this, &ConnectPage::updateState);
    connect(m_demo, &DemoDatabaseCreator::finished, this, [this](bool ok, const QString &path, const QString &message) {
        if (!ok) {
            showMessage(false, message, {});
            return;
        }
        openSqliteFile(path);
    });

    reloadRecent();
    fieldsChanged();
}

void ConnectPage::reloadRecent()
{
    m_recent->clear();
    const QList<ConnectionSpec> recent = m_config->recent().list();
    m_recent->addItem(recent.isEmpty() ? tr("(none yet)") : tr("Choose a recent connection…"));
    for (const ConnectionSpec &spec : recent)
        m_recent->addItem(spec.displayUrl());
    m_recent->setEnabled(!recent.isEmpty());
}

ConnectionSpec ConnectPage::specFromFields() const
{
    ConnectionSpec spec;
    if (m_sqlite->isChecked()) {
        const QString path = m_path->text().trimmed();
        spec = ConnectionSpec::sqlite(path);
        if (path.isEmpty())
            spec.path.clear();
        return spec;
    }
    spec.driver = ConnectionSpec::Driver::Postgresql;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.schema = m_schema->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    spec.sslMode = m_sslMode->currentData().toString();
    return spec;
}

void ConnectPage::fillFrom(const ConnectionSpec &spec)
{
    m_filling = true;
    if (spec.isSqlite()) {
        m_sqlite->setChecked(true);
        m_path->setText(QDir::toNativeSeparators(spec.path));
    } else {
        m_postgres->setChecked(true);
        m_host->setText(spec.host);
        m_port->setValue(spec.port);
        m_database->setText(spec.database);
        m_schema->setText(spec.schema);
        m_user->setText(spec.user);
        m_password->clear(); // never remembered: typed again, or PGPASSWORD / ~/.pgpass
        m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(spec.sslMode)));
    }
    m_filling = false;
    fieldsChanged();
}

void ConnectPage::fieldsChanged()
{
    if (m_filling)
        return;
    const ConnectionSpec spec = specFromFields();
    const bool changed = !WizardConfig::sameConnection(spec, m_config->connection());
    m_config->setConnection(spec);
    if (changed) {
        m_resultIcon->clear();
        m_result->setText(WizardConfig::incompleteReason(spec));
        m_details->clear();
    }
    updateState();
}

void ConnectPage::updateState()
{
    const bool testable = WizardConfig::incompleteReason(m_config->connection()).isEmpty();
    const bool busy = m_tester->isTesting() || m_demo->isBusy();
    m_test->setEnabled(testable && !busy);
    m_history->setEnabled(testable && !busy);
    m_createDemo->setEnabled(!m_demo->isBusy());
    if (m_tester->isTesting()) {
        m_resultIcon->clear();
        m_result->setText(tr("Connecting…"));
        m_details->clear();
    } else if (m_demo->isBusy()) {
        m_resultIcon->clear();
        m_result->setText(tr("Writing the demo database…"));
        m_details->clear();
    }
    Q_EMIT completeChanged();
}

bool ConnectPage::isComplete() const
{
    return m_config->isConnectionVerified() && !m_tester->isTesting();
}

void ConnectPage::testConnection()
{
    const ConnectionSpec spec = specFromFields();
    if (!WizardConfig::incompleteReason(spec).isEmpty())
        return;
    m_config->setConnection(spec);
    m_tester->test(spec, m_config->catalogue());
}

void ConnectPage::onTestFinished(bool ok, const QString &message, const QString &details)
{
    m_config->connectionTested(m_tester->lastTested(), ok, m_tester->lastOutcome().version,
                               m_tester->lastOutcome().versionError);
    if (WizardConfig::sameConnection(m_tester->lastTested(), m_config->connection()))
        showMessage(ok, message, details);
    reloadRecent();
    updateState();
    // After a good test, Enter should mean Next.
    if (ok && wizard())
        wizard()->button(QWizard::NextButton)->setFocus();
}

void ConnectPage::showMessage(bool ok, const QString &message, const QString &details)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setPixmap(StatusIcons::icon(ok ? ItemStatus::Passed : ItemStatus::Blocker).pixmap(size, size));
    m_result->setText(message);
    // What the driver said beyond the message (its hint), for the person and for support.
    m_details->setText(details);
}

QString ConnectPage::testResultText() const
{
    return m_result->text();
}

void ConnectPage::openSqliteFile(const QString &path)
{
    fillFrom(ConnectionSpec::sqlite(path));
    testConnection();
}

void ConnectPage::browse()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath();
    const QString path = FileDialog::openFile(this, tr("Choose the database file"), start,
                                              tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (path.isEmpty())
        return;
    openSqliteFile(path);
}

void ConnectPage::createDemo()
{
    const QString proposed = QDir::homePath() + QStringLiteral("/migration-demo.db");
    const QString path = FileDialog::saveFile(this, tr("Create a demo database"), proposed,
                                              tr("SQLite databases (*.db)"));
    if (path.isEmpty())
        return;
    m_demo->create(path);
}

void ConnectPage::onRecentChosen(int index)
{
    if (index <= 0)
        return;
    const QList<ConnectionSpec> recent = m_config->recent().list();
    if (index - 1 < recent.size())
        fillFrom(recent.at(index - 1));
    m_recent->setCurrentIndex(0);
    if (m_sqlite->isChecked())
        testConnection();
    else
        m_password->setFocus();
}
