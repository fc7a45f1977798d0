// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString TranslationLoader::install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    // The UI languages in order of preference (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG): the
    // first one with a translation wins ("de_AT" falls back to "de"). English is the source
    // language and ends the search: "en:de" means English.
    auto *own = new QTranslator(app);
    bool found = false;
    for (QString language : locale.uiLanguages()) {
        const QLocale::Language wanted = QLocale(language).language();
        if (wanted == QLocale::English || wanted == QLocale::C)
            break;
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (own->load(fileName() + QLatin1Char('_') + language, directory())) {
            found = true;
            break;
        }
    }
    if (!found) {
        delete own;
        return {};
    }
    // Qt's texts in the language just found (not the locale's first choice, which may have
    // no translation of ours): the wizard's Cancel and the message boxes' buttons. Installed
    // first, so the assistant's own texts win where both translate the same thing.
    const QString language = own->language();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return language;
}
