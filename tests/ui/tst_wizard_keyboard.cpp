// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPage.h"
#include "CheckTableModel.h"
#include "ConnectPage.h"
#include "DonePage.h"
#include "HistoryDialog.h"
#include "MigrationWizard.h"
#include "RunController.h"
#include "TestSupport.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Keyboard-only use, names for screen readers, and room to shrink: on every page, each
// control has an accessible name, buttons have a mnemonic of their own, and the window can
// be made narrow. Then the whole migration, driven by keys alone.
class TestWizardKeyboard : public QObject
{
    Q_OBJECT

    // What a person reaches with Tab on the current page or dialog.
    static QList<QWidget *> controls(QWidget *root)
    {
        QList<QWidget *> out;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root) || !w->isEnabled())
                continue;
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w))
                out << w;
        }
        return out;
    }

    static QString describe(QWidget *w)
    {
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()),
                                               w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
    }

    // Every control named; every button with its own mnemonic letter.
    static void checkWindow(QWidget *root, const QString &where)
    {
        QHash<QChar, QString> letters;
        for (QWidget *w : controls(root)) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a spin box's own editor: the spin box carries the name
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (w->inherits("QScrollBar") || w->inherits("QTabBar") || w->inherits("QHeaderView"))
                continue;
            if (w->parentWidget() && w->parentWidget()->inherits("QHeaderView"))
                continue;
            if (w->inherits("QLineEditIconButton") || w->inherits("QToolButton"))
                continue; // the line edit's clear button; not in the tab chain
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(where + QStringLiteral(": no accessible name: ")
                                                                + describe(w)));
            auto *button = qobject_cast<QAbstractButton *>(w);
            if (!button || button->text() == QLatin1String("Cancel"))
                continue; // QWizard's own Cancel: Esc does it
            const QString text = button->text();
            const int amp = int(text.indexOf(QLatin1Char('&')));
            QVERIFY2(amp >= 0 && amp + 1 < text.size(),
                     qPrintable(where + QStringLiteral(": no mnemonic on ") + text));
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(where + QStringLiteral(": mnemonic %1 on both \"%2\" and \"%3\"")
                                                                     .arg(letter)
                                                                     .arg(letters.value(letter), text)));
            letters.insert(letter, text);
        }
        // Labels that name a field hand their mnemonic to it.
        for (QLabel *label : root->findChildren<QLabel *>())
            if (label->isVisibleTo(root) && label->text().contains(QLatin1Char('&')) && label->textFormat() != Qt::RichText)
                QVERIFY2(label->buddy(), qPrintable(where + QStringLiteral(": label without buddy: ") + label->text()));
    }

    static void checkNarrow(MigrationWizard *wizard, const QString &where)
    {
        QVERIFY2(wizard->minimumSizeHint().width() <= 560,
                 qPrintable(where + QStringLiteral(": cannot be narrower than %1 px")
                                        .arg(wizard->minimumSizeHint().width())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void everyPageIsNamedAndCanShrink()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("a11y.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("a11y.ini")));
        MigrationWizard *wizard = driver.wizard();
        checkWindow(wizard, QStringLiteral("connect (SQLite)"));
        QRadioButton *postgres = nullptr;
        for (QRadioButton *b : wizard->connectPage()->findChildren<QRadioButton *>())
            if (b->text().contains(QStringLiteral("PostgreSQL")))
                postgres = b;
        QVERIFY(postgres);
        postgres->click();
        checkWindow(wizard, QStringLiteral("connect (PostgreSQL)"));
        checkNarrow(wizard, QStringLiteral("connect (PostgreSQL)"));
        QVERIFY(driver.connectSqlite(db));
        checkWindow(wizard, QStringLiteral("connect (tested)"));
        checkNarrow(wizard, QStringLiteral("connect"));

        QTest::mouseClick(wizard->connectPage()->historyButton(), Qt::LeftButton);
        HistoryDialog *history = wizard->historyDialog();
        QVERIFY(QTest::qWaitFor([&] { return !history->controller()->isRunning(); }, 30000));
        checkWindow(history, QStringLiteral("history"));
        history->reject();

        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        QVERIFY(driver.chooseTarget(QStringLiteral("v2")));
        checkWindow(wizard, QStringLiteral("plan"));
        checkNarrow(wizard, QStringLiteral("plan"));
        driver.clickNext();
        QVERIFY(driver.waitForPage(ChecksPageId) && driver.waitForChecks());
        checkWindow(wizard, QStringLiteral("checks"));
        checkNarrow(wizard, QStringLiteral("checks"));
        driver.acceptAllWarnings();
        driver.clickNext();
        QVERIFY(driver.waitForPage(ConfirmPageId));
        checkWindow(wizard, QStringLiteral("confirm"));
        checkNarrow(wizard, QStringLiteral("confirm"));
        driver.clickNext();
        QVERIFY(driver.waitForPage(DonePageId, 120000));
        checkWindow(wizard, QStringLiteral("done"));
        checkNarrow(wizard, QStringLiteral("done"));
    }

    void wholeMigrationByKeysAlone()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("keys.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("keys.ini")));
        MigrationWizard *wizard = driver.wizard();
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));

        // Alt+F goes to the file field (its label's mnemonic); type; Alt+T tests.
        QTest::keyClick(wizard, Qt::Key_F, Qt::AltModifier);
        QWidget *file = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(file));
        QTest::keyClicks(file, db);
        QTest::keyClick(wizard, Qt::Key_T, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return wizard->config()->isConnectionVerified(); }, 30000));
        // Enter presses the default button: Next.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(driver.waitForPage(PlanPageId));
        // Alt+M goes to "Migrate to"; Up picks v2 (the first plan, no key needed); Alt+N: Next.
        QTest::keyClick(wizard, Qt::Key_M, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(wizard->config()->effectiveTarget(), QStringLiteral("v2"));
        QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
        QVERIFY(driver.waitForPage(ChecksPageId) && driver.waitForChecks());

        // Tab from the table reaches each warning's box; Space ticks it.
        wizard->checksPage()->table()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 2; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            auto *box = qobject_cast<QCheckBox *>(QApplication::focusWidget());
            QVERIFY2(box, qPrintable(QStringLiteral("Tab reached %1").arg(describe(QApplication::focusWidget()))));
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY(box->isChecked());
        }
        QVERIFY(QTest::qWaitFor([&] { return driver.isNextEnabled(); }, 5000));
        QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
        QVERIFY(driver.waitForPage(ConfirmPageId));
        // Alt+M: Migrate (the commit button).
        QTest::keyClick(wizard, Qt::Key_M, Qt::AltModifier);
        QVERIFY(driver.waitForPage(DonePageId, 120000));
        QCOMPARE(wizard->donePage()->shownResult().outcome, RunOutcome::Ok);
        QVERIFY(TestSupport::tableNames(db).contains(QStringLiteral("user_integrations")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizard_keyboard.moc"
