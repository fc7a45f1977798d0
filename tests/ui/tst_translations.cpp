// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTableModel.h"
#include "ChecksPage.h"
#include "ConnectPage.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "TestSupport.h"
#include "util/TranslationLoader.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The German translation: embedded and complete, loaded for the system locale by the wizard
// and the headless mode alike, and never in what programs read (--json). The other tests run
// in the C locale (see tests/CMakeLists.txt); this one asks for German where it wants it.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    static QProcessEnvironment withLocale(const QString &locale,
                                          QProcessEnvironment env = TestSupport::headlessEnvironment())
    {
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

    // The mnemonics (Alt+letter) of what is visible in the window must not collide.
    static QStringList mnemonicClashes(QWidget *window)
    {
        QHash<QChar, QString> seen;
        QStringList clashes;
        static const QRegularExpression amp(QStringLiteral("&([^&])"));
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window))
                continue;
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                text = l->text();
            const QRegularExpressionMatch m = amp.match(text);
            if (!m.hasMatch() || !m.captured(1).at(0).isLetter())
                continue;
            const QChar key = m.captured(1).at(0).toLower();
            if (seen.contains(key))
                clashes << QStringLiteral("%1 / %2").arg(seen.value(key), text);
            seen.insert(key, text);
        }
        return clashes;
    }

private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

    void embeddedGermanLoads()
    {
        QTranslator t;
        QVERIFY(t.load(TranslationLoader::fileName() + QStringLiteral("_de.qm"), TranslationLoader::directory()));
        QCOMPARE(t.language(), QStringLiteral("de_DE"));
        const struct { const char *context, *source, *german; } known[] = {
            {"ConnectPage", "Connect to the database", "Mit der Datenbank verbinden"},
            {"ChecksPage", "Pre-migration checks", "Prüfungen vor der Migration"},
            {"MigrationWizard", "&Next >", "&Weiter >"},
            {"DonePage", "R&oll back…", "Zu&rücksetzen…"},
            {"OutcomeText", "The migration was applied and validated.", "Die Migration wurde angewendet und validiert."},
            {"HelpCommand", "Show this help.", "Diese Hilfe anzeigen."},
            {"RunReport", "\nChecks:\n", "\nPrüfungen:\n"},
            // Plan texts come from plan.json (translations/PlanStrings.cmake).
            {"Plan", "Unfinished Gmail sign-ins", "Unvollständige Gmail-Anmeldungen"},
        };
        for (const auto &k : known)
            QCOMPARE(t.translate(k.context, k.source), u(k.german));

        // Counts: German's singular and plural.
        QCoreApplication::installTranslator(&t);
        const char *wrote = "Wrote a v1 demo database with %n users: %1\n";
        QCOMPARE(QCoreApplication::translate("DemoCommand", wrote, nullptr, 1),
                 u("v1-Demo-Datenbank mit 1 Benutzer geschrieben: %1\n"));
        QCOMPARE(QCoreApplication::translate("DemoCommand", wrote, nullptr, 5),
                 u("v1-Demo-Datenbank mit 5 Benutzern geschrieben: %1\n"));
        QCoreApplication::removeTranslator(&t);
    }

    void loaderFollowsTheLocale()
    {
        // English is the source language: nothing to install, and it ends the search.
        QCOMPARE(TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
        QCOMPARE(TranslationLoader::install(QLocale::c()), QString());
        QCOMPARE(TranslationLoader::install(QLocale(QLocale::French, QLocale::France)), QString());
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
        QCOMPARE(QCoreApplication::translate("ConnectPage", "Connect to the database"),
                 QStringLiteral("Connect to the database"));

        // de_AT falls back to the German translation, and Qt's own texts come along.
        QCOMPARE(TranslationLoader::install(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de_DE"));
        QCOMPARE(QCoreApplication::translate("ConnectPage", "Connect to the database"),
                 u("Mit der Datenbank verbinden"));
        QVERIFY2(QCoreApplication::translate("QWizard", "Cancel") == QStringLiteral("Abbrechen"),
                 "Qt's qtbase_de.qm was not found (Debian: qt6-translations-l10n)");
    }

    // The real wizard, set up as WizardLauncher sets it up: the locale first, then the loader.
    void wizardIsGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(TranslationLoader::install(), QStringLiteral("de_DE"));
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 300);
        WizardDriver driver(dir.filePath(QStringLiteral("settings.ini")));
        MigrationWizard *w = driver.wizard();

        QCOMPARE(w->windowTitle(), u("Migrationsassistent"));
        QCOMPARE(w->currentPage()->title(), u("Mit der Datenbank verbinden"));
        QCOMPARE(w->button(QWizard::BackButton)->text(), u("< &Zurück"));
        QCOMPARE(w->button(QWizard::NextButton)->text(), u("&Weiter >"));
        QCOMPARE(w->button(QWizard::CancelButton)->text(), u("Abbrechen")); // Qt's own translation
        QVERIFY(driver.connectSqlite(db));
        QVERIFY2(w->connectPage()->testResultText().startsWith(u("Verbunden: ")),
                 qPrintable(w->connectPage()->testResultText()));
        QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u("; "))));

        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        QVERIFY(driver.chooseTarget(QStringLiteral("v2")));
        QCOMPARE(w->currentPage()->title(), u("Migrationsplan wählen"));
        // The plan's own title and description, from plan.json, in German too.
        QVERIFY2(w->planPage()->detailsText().contains(u("Zugangsdaten der Dienste nach user_integrations verschieben")),
                 qPrintable(w->planPage()->detailsText()));
        QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u("; "))));

        driver.clickNext();
        QVERIFY(driver.waitForPage(ChecksPageId) && driver.waitForChecks());
        QCOMPARE(w->currentPage()->title(), u("Prüfungen vor der Migration"));
        CheckTableModel *checks = w->config()->checks();
        QCOMPARE(checks->headerData(CheckTableModel::TitleColumn, Qt::Horizontal).toString(), u("Prüfung"));
        const CheckResult *users = checks->checkAt(checks->rowOf(QStringLiteral("users-total")));
        QVERIFY(users);
        QCOMPARE(users->title, u("Benutzer"));
        QVERIFY2(users->message.startsWith(u("Benutzer, die in die neue Tabelle users kopiert werden: ")),
                 qPrintable(users->message));
        const QString summary = w->checksPage()->summaryText();
        QVERIFY2(summary.startsWith(u("Warnungen, die Ihre Zustimmung brauchen")) || summary.startsWith(u("Alle Prüfungen"))
                     || summary.startsWith(u("Kein Blocker")),
                 qPrintable(summary));
        QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u("; "))));

        // Message boxes: Qt's standard buttons.
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("x"), QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), u("&Ja"));
        QCOMPARE(box.button(QMessageBox::No)->text(), u("&Nein"));
    }

    // The real binary's startup: LANG/LC_ALL decide; the C locale stays English.
    void wizardBinaryFollowsTheLocale()
    {
        const QStringList twoFiles{QStringLiteral("a.db"), QStringLiteral("b.db")};
        const QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment(); // QT_QPA_PLATFORM from CTest
        auto r = TestSupport::runBinary(twoFiles, 30000, withLocale(QStringLiteral("de_DE.UTF-8"), offscreen));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(u("Geben Sie höchstens eine Datenbankdatei an.")), r.err.constData());
        r = TestSupport::runBinary(twoFiles, 30000, withLocale(QStringLiteral("C.UTF-8"), offscreen));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Give at most one database file."), r.err.constData());
    }

    // Every message translated, nothing left over, placeholders and mnemonics kept.
    void tsFileIsComplete()
    {
        QFile file(QStringLiteral(MA_SOURCE_DIR "/translations/migration-assistant_de.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QStringList problems;
        int messages = 0;
        QString context, source, translation, type;
        QStringList forms;
        bool numerus = false;
        static const QRegularExpression placeholder(QStringLiteral("%\\d+|%n|\\{value\\}|\\{\\{chunk\\}\\}"));
        static const QRegularExpression tag(QStringLiteral("</?\\w+>"));
        const auto all = [](const QRegularExpression &re, const QString &s) {
            QStringList out;
            for (auto it = re.globalMatch(s); it.hasNext();)
                out << it.next().captured();
            return out;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    forms.clear();
                    translation.clear();
                } else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!numerus)
                        translation = xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
                if (!type.isEmpty())
                    problems << QStringLiteral("%1 is %2").arg(where, type);
                if (!numerus)
                    forms = {translation};
                else if (forms.size() != 2)
                    problems << QStringLiteral("%1 needs 2 plural forms, has %2").arg(where).arg(forms.size());
                QStringList sourcePlaceholders = all(placeholder, source);
                sourcePlaceholders.sort();
                sourcePlaceholders.removeDuplicates();
                for (const QString &form : std::as_const(forms)) {
                    QStringList found = all(placeholder, form);
                    found.sort();
                    found.removeDuplicates();
                    if (form.trimmed().isEmpty())
                        problems << where + QStringLiteral(" has no translation");
                    else if (found != sourcePlaceholders)
                        problems << QStringLiteral("%1: placeholders %2, translation has %3")
                                        .arg(where, sourcePlaceholders.join(u(" ")), found.join(u(" ")));
                    if (source.count(QLatin1Char('&')) != form.count(QLatin1Char('&')))
                        problems << where + QStringLiteral(": the mnemonic (&) is lost or doubled");
                    if (all(tag, source) != all(tag, form))
                        problems << where + QStringLiteral(": HTML tags differ");
                    if (source.startsWith(QLatin1Char('\n')) != form.startsWith(QLatin1Char('\n'))
                        || source.endsWith(QLatin1Char('\n')) != form.endsWith(QLatin1Char('\n')))
                        problems << where + QStringLiteral(": leading or trailing newline differs");
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 400);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Descriptions in German, flags as they are.
    void headlessHelpIsGerman()
    {
        const auto german = TestSupport::runBinary({QStringLiteral("--help")}, 30000,
                                                   withLocale(QStringLiteral("de_DE.UTF-8")));
        const auto english = TestSupport::runBinary({QStringLiteral("--help")}, 30000,
                                                    withLocale(QStringLiteral("C.UTF-8")));
        QCOMPARE(german.exitCode, 0);
        QCOMPARE(english.exitCode, 0);
        const QString de = QString::fromUtf8(german.out);
        const QString en = QString::fromUtf8(english.out);
        QVERIFY2(de.contains(u("Diese Hilfe anzeigen.")) && de.contains(u("Exit-Codes:")), qPrintable(de));
        QVERIFY2(en.contains(u("Show this help.")) && !en.contains(u("Diese Hilfe")), qPrintable(en));
        static const QRegularExpression flag(QStringLiteral("--[a-z][a-z-]*(?: <[A-Z|]+>)?"));
        QStringList deFlags, enFlags;
        for (auto it = flag.globalMatch(de); it.hasNext();)
            deFlags << it.next().captured();
        for (auto it = flag.globalMatch(en); it.hasNext();)
            enFlags << it.next().captured();
        deFlags.removeDuplicates();
        enFlags.removeDuplicates();
        deFlags.sort();
        enFlags.sort();
        QVERIFY(enFlags.contains(QStringLiteral("--accept-risk <IDS>")));
        QCOMPARE(deFlags, enFlags);
    }

    // What scripts read does not change with the locale: --json is the same document, and the
    // human output keeps check ids and result words.
    void jsonIsTheSameInEveryLocale()
    {
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 300);
        const QStringList args{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                               QStringLiteral("--check"), QStringLiteral("--json")};
        const auto de = TestSupport::runBinary(args, 60000, withLocale(QStringLiteral("de_DE.UTF-8")));
        const auto en = TestSupport::runBinary(args, 60000, withLocale(QStringLiteral("C.UTF-8")));
        QCOMPARE(de.exitCode, en.exitCode);
        // Two runs differ only in time taken and in the disk's free bytes; all else is the same.
        // The free space of the disk changes between two runs: its check's value and message
        // are left out, in the document's checks and in each plan's of the path.
        const auto steadyChecks = [](QJsonObject o) {
            QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
            for (qsizetype i = 0; i < checks.size(); ++i) {
                QJsonObject c = checks.at(i).toObject();
                if (c.value(QStringLiteral("id")).toString() == QLatin1String("free-space")) {
                    c.remove(QStringLiteral("value"));
                    c.remove(QStringLiteral("message"));
                    checks.replace(i, c);
                }
            }
            o.insert(QStringLiteral("checks"), checks);
            return o;
        };
        const auto steady = [&](const QByteArray &out) {
            QJsonObject o = steadyChecks(QJsonDocument::fromJson(out).object());
            o.remove(QStringLiteral("duration_ms"));
            QJsonArray path = o.value(QStringLiteral("path")).toArray();
            for (qsizetype i = 0; i < path.size(); ++i)
                path.replace(i, steadyChecks(path.at(i).toObject()));
            o.insert(QStringLiteral("path"), path);
            return o;
        };
        const QJsonObject enJson = steady(en.out);
        QVERIFY2(enJson.value(QStringLiteral("checks")).toArray().size() > 5, en.out.constData());
        QCOMPARE(steady(de.out), enJson);
        QVERIFY(en.out.contains("\"message\": \"300 users will be copied into the new users table\""));

        const auto text = TestSupport::runBinary(args.mid(0, 6), 60000, withLocale(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(text.exitCode, en.exitCode);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u("\nPrüfungen:\n")) && out.contains(QStringLiteral(" users-total "))
                     && out.contains(u("Benutzer, die in die neue Tabelle users kopiert werden: ")),
                 qPrintable(out));
        QVERIFY2(out.contains(u("Ergebnis: ")), qPrintable(out));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
