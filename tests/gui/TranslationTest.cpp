// The Dutch interface: the compiled translations are in the program, and they cover every string.
#include "gui/ChangeList.h"
#include "gui/FindingText.h"
#include "gui/Labels.h"
#include "gui/MeasureColumns.h"
#include "gui/MetricsText.h"
#include "gui/Translations.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace speelveld;

namespace {

/// Installs a translator for as long as it lives, so one test's language does not leak into the next.
class Language {
public:
    explicit Language(const QString& code)
    {
        REQUIRE(translator_.load(QLocale(code), QStringLiteral("speelveld"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator_);
    }
    ~Language() { QCoreApplication::removeTranslator(&translator_); }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QTranslator translator_;
};

} // namespace

TEST_CASE("the Dutch interface names kinds, relation types and roles in Dutch")
{
    const Language dutch(QStringLiteral("nl"));
    CHECK(gui::label(ActorKind::Municipality) == QStringLiteral("Gemeente"));
    CHECK(gui::label(ActorKind::AccessTeam) == QStringLiteral("Toegang / wijkteam"));
    CHECK(gui::label(RoleType::Commissioner) == QStringLiteral("opdrachtgever"));
    CHECK(gui::label(RoleType::Contractor) == QStringLiteral("opdrachtnemer"));
    CHECK(gui::label(RoleType::Director) == QStringLiteral("regisseur"));
    CHECK(gui::label(RelationType::AccountableTo) == QStringLiteral("legt verantwoording af aan"));
    CHECK(QCoreApplication::translate("speelveld::gui::MainWindow", "%n actor(s)", nullptr, 1) ==
          QStringLiteral("1 actor"));
    CHECK(QCoreApplication::translate("speelveld::gui::MainWindow", "%n actor(s)", nullptr, 19) ==
          QStringLiteral("19 actoren"));
}

TEST_CASE("the English interface has proper plurals")
{
    const Language english(QStringLiteral("en"));
    CHECK(gui::label(ActorKind::Municipality) == QStringLiteral("Municipality"));
    CHECK(QCoreApplication::translate("speelveld::gui::MainWindow", "%n relation(s)", nullptr, 1) ==
          QStringLiteral("1 relation"));
    CHECK(QCoreApplication::translate("speelveld::gui::MainWindow", "%n relation(s)", nullptr, 46) ==
          QStringLiteral("46 relations"));
}

TEST_CASE("the shipped Dutch translation has no untranslated or outdated entries")
{
    QFile ts(QStringLiteral(SPEELVELD_SOURCE_DIR "/gui/translations/speelveld_nl.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    QStringList namespaces; // contexts nothing looks up: lupdate files a free function's tr() under its namespace
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QStringLiteral("name")) {
            const QString context = xml.readElementText();
            if (context == QStringLiteral("speelveld") || context.endsWith(QStringLiteral("::gui")) ||
                context.contains(QStringLiteral("anonymous"))) {
                namespaces << context;
            }
        } else if (xml.name() == QStringLiteral("message")) {
            ++messages;
        } else if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!type.isEmpty()) {
                unfinished << source + QStringLiteral(" (") + type + QStringLiteral(")");
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 50);
    CHECK_MESSAGE(unfinished.isEmpty(), "untranslated: ", unfinished.join(QStringLiteral("; ")).toStdString());
    CHECK_MESSAGE(namespaces.isEmpty(), "strings under a namespace, never shown translated: ",
                  namespaces.join(QStringLiteral("; ")).toStdString());
}

TEST_CASE("a language we do not have falls back to English, plurals included")
{
    speelveld::gui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
    const QString text = QCoreApplication::translate("speelveld::gui::MainWindow", "%n actor(s)", nullptr, 1);
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    CHECK(text == QStringLiteral("1 actor"));
}

TEST_CASE("findings, measures and governance speak Dutch in the Dutch interface")
{
    const Language dutch(QStringLiteral("nl"));
    Network network;
    const Id wmo = network.addDomain({.name = "Wmo"});
    const Id delft = network.addActor({.kind = ActorKind::Municipality, .name = "De gemeente Delft"});
    Finding finding{
        Check::RoleConflict, "", delft, wmo, 0, {delft}, {}, {RoleType::Commissioner, RoleType::Contractor}, 0};
    // The issue's own example sentence.
    CHECK(gui::describe(finding, network) ==
          QStringLiteral("De gemeente Delft is in het domein Wmo zowel opdrachtgever als opdrachtnemer."));
    CHECK(gui::checkName(Check::VolumeIncentive) == QStringLiteral("RC6 volumeprikkel"));
    CHECK(gui::governanceName(GovernanceMode::LeadOrganisation) == QStringLiteral("Leidende organisatie"));
    CHECK(gui::measureColumns().front().title == QStringLiteral("Ingraad"));
    MetricsResult empty;
    CHECK(gui::networkFigures(empty).at(1).title == QStringLiteral("Dichtheid"));
}

TEST_CASE("the list of changes between two snapshots speaks Dutch in the Dutch interface")
{
    const Language dutch(QStringLiteral("nl"));
    Network before;
    before.addActor({.kind = ActorKind::Municipality, .name = "A"});
    Network after = before;
    after.addActor({.kind = ActorKind::Provider, .name = "B"});
    const NetworkComparison comparison = compareNetworks(before, after);
    const std::vector<gui::ChangeLine> lines = gui::changeLines(comparison, before, after);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().changeText == QStringLiteral("toegevoegd"));
    CHECK(lines.front().details == QStringLiteral("Aanbieder"));
    CHECK(gui::changeCounts(comparison, QStringLiteral("2010"), QStringLiteral("2015"))
              .startsWith(QStringLiteral("Van “2010” naar “2015”: 1 actoren toegevoegd")));
}
