#pragma once
// Which language the interface speaks.

#include <QCoreApplication>
#include <QString>

namespace speelveld::gui {

/// Installs our translation and Qt's own for LANGUAGE ("nl", "en"), or for the system's language when it is
/// empty. Any language we do not have falls back to English.
/// Installs our translation and Qt's own for LANGUAGE ("nl", "en"); when it is empty, for the language chosen
/// in the settings, or else the system's. Any language we do not have falls back to English.
void installTranslations(QCoreApplication& app, const QString& language);

/// The language chosen in the settings ("nl", "en"), or empty for the system's.
QString savedLanguage();
void saveLanguage(const QString& language);

} // namespace speelveld::gui
