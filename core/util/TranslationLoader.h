// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Puts the assistant's texts into the person's language: installs the translation embedded
// at :/i18n (translations/migration-assistant_<lang>.ts, compiled at build time) for the
// locale's UI languages, and Qt's own (qtbase_<lang>.qm from QLibraryInfo's translations
// folder) for the same language, so the standard buttons match. One place for the wizard
// and the headless mode alike; call it once the application object exists.
class TranslationLoader
{
public:
    // Returns the language installed ("de_DE"), or an empty string when the locale asks for
    // English or a language without a translation: then nothing is installed and the source
    // texts (English) are shown. The translators belong to the application object.
    static QString install(const QLocale &locale = QLocale());
    // Where the assistant's .qm files are embedded.
    static QString directory() { return QStringLiteral(":/i18n"); }
    static QString fileName() { return QStringLiteral("migration-assistant"); }
};
