#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace speelveld::gui {

void installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* ours = new QTranslator(&app);
    // English is the fallback for every other language: its file carries the plural forms ("1 actor").
    if (ours->load(locale, QStringLiteral("speelveld"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral("speelveld_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace speelveld::gui
