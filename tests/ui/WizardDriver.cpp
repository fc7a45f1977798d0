// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardDriver.h"

#include "ChecksPage.h"
#include "db/ConnectionSpec.h"
#include "CheckTableModel.h"
#include "ConnectPage.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "RunController.h"
#include "RunPage.h"
#include "WizardConfig.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSettings>
#include <QTest>

namespace {

// The offscreen platform says this each time a window's size limits change; it is noise.
QtMessageHandler previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

WizardDriver::WizardDriver(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_wizard(std::make_unique<MigrationWizard>(m_settings.get()))
{
    static const bool installed = [] {
        previousHandler = qInstallMessageHandler(quietHandler);
        return true;
    }();
    Q_UNUSED(installed);
    m_wizard->show();
    (void)QTest::qWaitForWindowExposed(m_wizard.get());
}

WizardDriver::~WizardDriver()
{
    // The wizard goes before the settings it writes to.
    m_wizard.reset();
}

MigrationWizard *WizardDriver::take()
{
    return m_wizard.release();
}

bool WizardDriver::isNextEnabled() const
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
    return (next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled());
}

void WizardDriver::clickNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    if (!next->isVisible())
        next = m_wizard->button(QWizard::CommitButton);
    QTest::mouseClick(next, Qt::LeftButton);
}

bool WizardDriver::waitForPage(WizardPageId id, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_wizard->currentId() == id; }, timeoutMs);
}

bool WizardDriver::connectSqlite(const QString &path, int timeoutMs)
{
    m_wizard->connectPage()->openSqliteFile(path);
    if (QTest::qWaitFor([&] { return m_wizard->config()->isConnectionVerified() && isNextEnabled(); }, timeoutMs))
        return true;
    qWarning("WizardDriver: the connection test did not succeed: %s",
             qPrintable(m_wizard->connectPage()->testResultText()));
    return false;
}

bool WizardDriver::waitForChecks(int timeoutMs)
{
    ChecksPage *page = m_wizard->checksPage();
    return QTest::qWaitFor(
        [&] { return !page->controller()->isRunning() && m_wizard->config()->hasCheckResult(); }, timeoutMs);
}

bool WizardDriver::connectPostgresql(const ConnectionSpec &spec, int timeoutMs)
{
    ConnectPage *page = m_wizard->connectPage();
    auto field = [&](const QString &accessibleName) -> QWidget * {
        for (QWidget *w : page->findChildren<QWidget *>())
            if (w->accessibleName() == accessibleName)
                return w;
        qWarning("WizardDriver: no field named \"%s\" on the connect page", qPrintable(accessibleName));
        return nullptr;
    };
    auto type = [&](const QString &name, const QString &text) {
        auto *edit = qobject_cast<QLineEdit *>(field(name));
        if (!edit)
            return false;
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        return true;
    };
    auto *server = qobject_cast<QRadioButton *>(field(QStringLiteral("PostgreSQL server")));
    auto *port = qobject_cast<QSpinBox *>(field(QStringLiteral("Port")));
    if (!server || !port)
        return false;
    QTest::mouseClick(server, Qt::LeftButton);
    port->setValue(spec.port);
    if (!type(QStringLiteral("Host"), spec.host) || !type(QStringLiteral("Database"), spec.database)
        || !type(QStringLiteral("Schema"), spec.schema) || !type(QStringLiteral("User"), spec.user)
        || !type(QStringLiteral("Password"), spec.password))
        return false;
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    if (QTest::qWaitFor([&] { return m_wizard->config()->isConnectionVerified() && isNextEnabled(); }, timeoutMs))
        return true;
    qWarning("WizardDriver: the connection test did not succeed: %s", qPrintable(page->testResultText()));
    return false;
}

bool WizardDriver::reachChecks(const QString &path, int timeoutMs, const QString &target)
{
    return connectSqlite(path, timeoutMs) && reachChecksFromConnected(timeoutMs, target);
}

bool WizardDriver::chooseTarget(const QString &version)
{
    QComboBox *box = m_wizard->planPage()->targetBox();
    const int index = box->findData(version);
    if (index < 0) {
        qWarning("WizardDriver: the plan page offers no target %s", qPrintable(version));
        return false;
    }
    box->setCurrentIndex(index);
    return m_wizard->config()->effectiveTarget() == version;
}

bool WizardDriver::reachChecksFromConnected(int timeoutMs, const QString &target)
{
    clickNext();
    if (!waitForPage(PlanPageId)) {
        qWarning("WizardDriver: stuck before the plan page (page %d)", m_wizard->currentId());
        return false;
    }
    if (!target.isEmpty() && m_wizard->planPage()->targetBox()->findData(target) >= 0)
        chooseTarget(target);
    if (!isNextEnabled()) {
        qWarning("WizardDriver: Next is disabled on the plan page: %s",
                 qPrintable(m_wizard->planPage()->problemText()));
        return false;
    }
    clickNext();
    if (waitForPage(ChecksPageId) && waitForChecks(timeoutMs))
        return true;
    qWarning("WizardDriver: the checks did not finish (page %d): %s", m_wizard->currentId(),
             qPrintable(m_wizard->checksPage()->summaryText()));
    return false;
}

void WizardDriver::acceptAllWarnings()
{
    for (const QString &id : m_wizard->config()->checks()->failingWarnings()) {
        QCheckBox *box = m_wizard->checksPage()->acceptBox(id);
        if (box && !box->isChecked()) {
            // As a keyboard user would: focus the box, press Space.
            box->setFocus(Qt::TabFocusReason);
            QTest::keyClick(box, Qt::Key_Space);
        }
    }
}

bool WizardDriver::startApply(const QString &path, int timeoutMs)
{
    return reachChecks(path, timeoutMs) && startApplyFromChecks();
}

bool WizardDriver::startApplyFromChecks()
{
    acceptAllWarnings();
    if (!QTest::qWaitFor([&] { return isNextEnabled(); }, 5000)) {
        qWarning("WizardDriver: Next stays disabled on the checks page: %s",
                 qPrintable(m_wizard->checksPage()->summaryText()));
        return false;
    }
    clickNext();
    if (!waitForPage(ConfirmPageId)) {
        qWarning("WizardDriver: the confirm page did not come (page %d)", m_wizard->currentId());
        return false;
    }
    clickNext();
    if (waitForPage(RunPageId, 10000) || m_wizard->currentId() == DonePageId)
        return true;
    qWarning("WizardDriver: the run page did not come (page %d)", m_wizard->currentId());
    return false;
}

bool WizardDriver::waitForRunFinished(int timeoutMs)
{
    RunPage *page = m_wizard->runPage();
    return QTest::qWaitFor([&] { return !page->controller()->isRunning() && page->controller()->hasResult(); },
                           timeoutMs);
}

QString WizardDriver::pageName(int id)
{
    switch (id) {
    case ConnectPageId:
        return QStringLiteral("connect");
    case PlanPageId:
        return QStringLiteral("plan");
    case ChecksPageId:
        return QStringLiteral("checks");
    case ConfirmPageId:
        return QStringLiteral("confirm");
    case RunPageId:
        return QStringLiteral("run");
    case DonePageId:
        return QStringLiteral("done");
    }
    return QString::number(id);
}
