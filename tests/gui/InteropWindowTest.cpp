// File → Import and File → Export data in the real window: files of other programs open as unsaved work with a
// report of what was mapped and kept; the shown snapshot goes out in every data format and comes back the same.

#include "WindowSupport.h"
#include "core/Comparison.h"
#include "core/ProjectFile.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QFileInfo>
#include <fstream>

using namespace speelveld;
using namespace speelveld::gui;
using test::qpath;

namespace {

std::filesystem::path interop(const std::string& name)
{
    return std::filesystem::path(SPEELVELD_SOURCE_DIR) / "tests/fixtures/interop" / name;
}

} // namespace

TEST_CASE("a yEd file opens as unsaved work, says what it mapped and kept, and saves as a project")
{
    test::TempDir dir;
    MainWindow window;
    test::openAndWait(window, interop("yed-groups.graphml"));
    const Network& network = window.network();
    CHECK_FALSE(network.actors().empty());
    CHECK_FALSE(network.groups().empty());
    REQUIRE_FALSE(window.importReport().isEmpty());
    CHECK(window.importReport().constFirst().startsWith(QStringLiteral("Read yed-groups.graphml as GraphML (yEd)")));
    CHECK(window.importReport().join(QLatin1Char('\n')).contains(QStringLiteral("Mapped: ")));
    CHECK(window.windowTitle().contains(QStringLiteral("yed-groups")));

    // Saving keeps it as a project (the window never writes over the GraphML file).
    const auto saved = dir / "yed.speelveld";
    REQUIRE_FALSE(window.saveTo(qpath(saved)).has_value());
    CHECK(loadProject(saved).snapshots.at(0).network.actors().size() == network.actors().size());
}

TEST_CASE("a Kumu pair with headings of its own imports with a column mapping, and not without")
{
    test::TempDir dir;
    const auto elements = dir / "partners.csv";
    const auto connections = dir / "lijnen.csv";
    std::ofstream(elements) << "Wie;Wat\nGemeente Delft;gemeente\nKwadraad;aanbieder\n";
    std::ofstream(connections) << "Van;Naar;Soort relatie\nGemeente Delft;Kwadraad;financiert\n";
    MainWindow window;
    const auto refused = window.importFile(qpath(elements), qpath(connections));
    REQUIRE(refused.has_value());
    CHECK(refused->contains(QStringLiteral("column mapping")));
    REQUIRE_FALSE(
        window.importFile(qpath(elements), qpath(connections), QStringLiteral("Wie=label,Wat=type")).has_value());
    REQUIRE(window.network().actors().size() == 2);
    CHECK(window.network().actors()[0].kind == ActorKind::Municipality);
    REQUIRE(window.network().relations().size() == 1);
    CHECK(window.network().relations()[0].type == RelationType::Funds);
    CHECK(window.importReport().join(QLatin1Char('\n')).contains(QStringLiteral("Relations from lijnen.csv")));
}

TEST_CASE("the shown snapshot goes out in every data format; GraphML and GEXF come back the same")
{
    test::TempDir dir;
    MainWindow window;
    test::openAndWait(window, test::dataFile("delft.json"));
    const Network original = window.network();
    for (const char* extension : {"graphml", "gexf", "dot", "csv", "json", "xlsx"}) {
        CAPTURE(extension);
        const QString path = qpath(dir / (std::string("delft.") + extension));
        const auto written = window.exportDataTo(path);
        REQUIRE(std::holds_alternative<QStringList>(written));
        for (const QString& file : std::get<QStringList>(written)) {
            CHECK(QFileInfo(file).size() > 0);
        }
        CHECK(std::get<QStringList>(written).size() == (std::string(extension) == "csv" ? 2 : 1));
    }
    for (const char* extension : {"graphml", "gexf"}) {
        CAPTURE(extension);
        MainWindow again;
        REQUIRE_FALSE(again.importFile(qpath(dir / (std::string("delft.") + extension))).has_value());
        CHECK(compareNetworks(original, again.network()).empty());
    }
    MainWindow csv;
    REQUIRE_FALSE(csv.importFile(qpath(dir / "delft.csv")).has_value()); // finds delft-connections.csv itself
    CHECK(csv.network().relations().size() == original.relations().size());

    const auto unknown = window.exportDataTo(qpath(dir / "delft.xyz"));
    REQUIRE(std::holds_alternative<QString>(unknown));
    CHECK(std::get<QString>(unknown).contains(QStringLiteral("End it in .graphml")));
}
