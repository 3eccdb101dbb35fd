#include "core/ProjectFile.h"
#include "core/JsonFormat.h"
#include "core/ProjectSchema.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

using namespace speelveld;

namespace {

/// Runs SQL on a file the way another program would (plain sqlite3, no checks of ours).
void runSql(const std::filesystem::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE_MESSAGE(rc == SQLITE_OK, message);
}

std::string bytesOf(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string loadError(const std::filesystem::path& file)
{
    try {
        loadProject(file);
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("save then load gives back every example exactly")
{
    test::TempDir dir;
    for (const auto& example : test::examples()) {
        CAPTURE(example);
        Project project = readJsonProject(example);
        // Positions (and a pin) must survive too.
        Network& network = project.snapshots.front().network;
        network.setActorPosition(network.actors().front().id, {12.5, -40.25}, true);
        network.setActorPosition(network.actors().back().id, {300, 200}, false);
        // And an imported relation's free attributes.
        Relation relation = network.relations().front();
        relation.attributes = {{"gewicht", "0,75"}, {"bron", "yEd \"export\""}};
        network.updateRelation(relation);
        const auto file = dir / (example.stem().string() + ".speelveld");
        saveProject(project, file);
        const Project loaded = loadProject(file);
        CHECK(loaded == project);
    }
}

TEST_CASE("the file carries our application id and the current schema version")
{
    test::TempDir dir;
    const auto file = dir / "delft.speelveld";
    saveProject(readJsonProject(test::dataFile("delft.json")), file);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto pragma = [db](const char* sql) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        sqlite3_step(statement);
        const int value = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return value;
    };
    CHECK(pragma("PRAGMA application_id") == kApplicationId);
    CHECK(pragma("PRAGMA user_version") == kSchemaVersion);
    sqlite3_close(db);
}

TEST_CASE("a version-1 file opens (migrated in memory) and the file itself is not changed")
{
    test::TempDir dir;
    const auto file = dir / "old.speelveld";
    runSql(file, "PRAGMA application_id=" + std::to_string(kApplicationId) + "; PRAGMA user_version=1;" + schemaSql(1) +
                     R"sql(
        INSERT INTO project VALUES ('title', 'Oud project'), ('current', 'S');
        INSERT INTO snapshots VALUES (1, 0, 'S', '2014-01-01', '');
        INSERT INTO domains VALUES (1, 10, 0, 'Wmo');
        INSERT INTO actors VALUES (1, 20, 0, 'municipality', 'Gemeente Delft', ''),
                                  (1, 21, 1, 'provider', 'Kwadraad', 'welzijn');
        INSERT INTO relations VALUES (1, 30, 0, 20, 21, 'commissions', 10, 4, 3, 'subsidy', 'output',
                                      'lump_sum', '2014-01-01', '', 'prestatiesubsidie');
    )sql");
    const std::string before = bytesOf(file);

    const Project project = loadProject(file);
    CHECK(bytesOf(file) == before);
    CHECK(project.title == "Oud project");
    const Network& network = project.snapshots.at(0).network;
    REQUIRE(network.actors().size() == 2);
    CHECK(network.actor(21)->description == "welzijn");
    CHECK_FALSE(network.actor(20)->position.has_value());
    REQUIRE(network.relation(30) != nullptr);
    CHECK(network.relation(30)->financing == Financing::LumpSum);
    CHECK(network.relation(30)->trust == 3);

    CHECK(network.relation(30)->attributes.empty());

    // Saving writes the current version, which then loads the same.
    saveProject(project, file);
    CHECK(loadProject(file) == project);
}

TEST_CASE("a version-2 file gains relation attributes when it opens")
{
    test::TempDir dir;
    const auto file = dir / "v2.speelveld";
    runSql(file, "PRAGMA application_id=" + std::to_string(kApplicationId) + "; PRAGMA user_version=2;" + schemaSql(2) +
                     R"sql(
        INSERT INTO project VALUES ('current', 'S');
        INSERT INTO snapshots VALUES (1, 0, 'S', '', '');
        INSERT INTO actors VALUES (1, 20, 0, 'municipality', 'Gemeente Delft', ''),
                                  (1, 21, 1, 'provider', 'Kwadraad', '');
        INSERT INTO positions VALUES (1, 20, 5, 6, 1);
        INSERT INTO relations VALUES (1, 30, 0, 20, 21, 'funds', NULL, 2, NULL, 'subsidy', '', '', '', '', '');
    )sql");
    const std::string before = bytesOf(file);
    Project project = loadProject(file);
    CHECK(bytesOf(file) == before);
    Network& network = project.snapshots.at(0).network;
    CHECK(network.actor(20)->position == Point{5, 6});
    Relation relation = *network.relation(30);
    CHECK(relation.attributes.empty());
    relation.attributes["weight"] = "2.5";
    network.updateRelation(relation);
    saveProject(project, file);
    CHECK(loadProject(file).snapshots.at(0).network.relation(30)->attributes.at("weight") == "2.5");
}

TEST_CASE("files that are not ours are refused with a message and left untouched")
{
    test::TempDir dir;
    SUBCASE("another program's SQLite database")
    {
        const auto file = dir / "other.db";
        runSql(file, "CREATE TABLE customers(name TEXT); INSERT INTO customers VALUES ('x');");
        const std::string before = bytesOf(file);
        CHECK(loadError(file).find("belongs to another program") != std::string::npos);
        CHECK(loadError(file).find(file.string()) == 0);
        CHECK_THROWS_WITH_AS(saveProject(readJsonProject(test::dataFile("delft.json")), file),
                             doctest::Contains("does not replace files it did not write"), UserError);
        CHECK(bytesOf(file) == before);
    }
    SUBCASE("a text file")
    {
        const auto file = dir / "notes.speelveld";
        std::ofstream(file) << "not a database at all";
        CHECK(loadError(file).find("not an SQLite database") != std::string::npos);
        CHECK_THROWS_AS(saveProject(readJsonProject(test::dataFile("delft.json")), file), UserError);
        CHECK(bytesOf(file) == "not a database at all");
    }
    SUBCASE("an empty file and a missing file")
    {
        const auto empty = dir / "empty.speelveld";
        std::ofstream{empty};
        CHECK(loadError(empty).find("not an SQLite database") != std::string::npos);
        CHECK(loadError(dir / "missing.speelveld").find("there is no such file") != std::string::npos);
    }
}

TEST_CASE("a file from a newer Speelveld is refused with a message to update")
{
    test::TempDir dir;
    const auto file = dir / "newer.speelveld";
    saveProject(readJsonProject(test::dataFile("inburgering.json")), file);
    runSql(file, "PRAGMA user_version=" + std::to_string(kSchemaVersion + 1));
    CHECK(loadError(file).find("saved by a newer Speelveld") != std::string::npos);
    CHECK(loadError(file).find("Update Speelveld") != std::string::npos);
}

TEST_CASE("a project file with a planted trigger or view is refused")
{
    test::TempDir dir;
    const auto file = dir / "planted.speelveld";
    saveProject(readJsonProject(test::dataFile("inburgering.json")), file);
    SUBCASE("trigger")
    {
        runSql(file, "CREATE TRIGGER t AFTER INSERT ON actors BEGIN DELETE FROM actors; END;");
        CHECK(loadError(file).find("trigger \"t\"") != std::string::npos);
    }
    SUBCASE("view")
    {
        runSql(file, "CREATE VIEW v AS SELECT * FROM actors;");
        CHECK(loadError(file).find("never has") != std::string::npos);
    }
}

TEST_CASE("a text that is not UTF-8 is refused where it is, since the project could not be exported")
{
    // Found by fuzz/ (regressions/project/decision-not-utf8.speelveld): the JSON export threw on such a text.
    test::TempDir dir;
    const auto file = dir / "bytes.speelveld";
    saveProject(readJsonProject(test::dataFile("delft.json")), file);
    SUBCASE("an actor's name")
    {
        runSql(file, "UPDATE actors SET name = CAST(X'4142FF43' AS TEXT) WHERE seq = 0");
        CHECK(loadError(file).find("table \"actors\", column \"name\": a text is not valid UTF-8") !=
              std::string::npos);
    }
    SUBCASE("a decision's description")
    {
        runSql(file, "UPDATE decisions SET description = CAST(X'C0AF' AS TEXT)");
        CHECK(loadError(file).find("table \"decisions\", column \"description\"") != std::string::npos);
    }
    SUBCASE("a NUL, which no reader of Speelveld's JSON accepts either")
    {
        // Found by fuzz/ (regressions/project/description-nul.speelveld): such a project opened, and its JSON
        // export could not be read back.
        runSql(file, "UPDATE snapshots SET description = CAST(X'41004200' AS TEXT)");
        CHECK(loadError(file).find("table \"snapshots\", column \"description\": a text holds the character NUL") !=
              std::string::npos);
    }
}

TEST_CASE("saving replaces the file atomically and keeps the previous version as a backup")
{
    test::TempDir dir;
    const auto file = dir / "map.speelveld";
    Project project = readJsonProject(test::dataFile("delft.json"));
    saveProject(project, file);
    const std::string first = bytesOf(file);
    project.title = "Tweede versie";
    saveProject(project, file);
    CHECK(loadProject(file).title == "Tweede versie");
    CHECK(bytesOf(dir / "map.speelveld.bak") == first);
    // Nothing else is left behind in the folder.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        ++entries;
    }
    CHECK(entries == 2);
}

TEST_CASE("a save that cannot be written says where and leaves nothing behind")
{
    test::TempDir dir;
    const auto file = dir / "no-such-folder" / "map.speelveld";
    CHECK_THROWS_WITH_AS(saveProject(readJsonProject(test::dataFile("delft.json")), file),
                         doctest::Contains("map.speelveld"), UserError);
    CHECK_FALSE(std::filesystem::exists(file));
}
