#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace speelveld::gui {

void installTranslations(QCoreApplication& app, const QString& language)
{
    const QString chosen = language.isEmpty() ? savedLanguage() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
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

QString savedLanguage()
{
    return QSettings(QStringLiteral("Speelveld"), QStringLiteral("Speelveld"))
        .value(QStringLiteral("language"))
        .toString();
}

void saveLanguage(const QString& language)
{
    QSettings settings(QStringLiteral("Speelveld"), QStringLiteral("Speelveld"));
    if (language.isEmpty()) {
        settings.remove(QStringLiteral("language"));
    } else {
        settings.setValue(QStringLiteral("language"), language);
    }
}

} // namespace speelveld::gui
