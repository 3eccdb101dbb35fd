#include "core/JsonFormat.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>

using namespace speelveld;

namespace {

std::string errorOf(const std::string& text)
{
    try {
        parseJsonProject(text, "broken.json");
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

const Actor* byName(const Network& network, const std::string& name)
{
    for (const auto& actor : network.actors()) {
        if (actor.name == name) {
            return &actor;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("every shipped example loads")
{
    for (const auto& file : test::examples()) {
        CAPTURE(file);
        const Project project = readJsonProject(file);
        CHECK_FALSE(project.title.empty());
        CHECK_FALSE(project.snapshots.empty());
        for (const auto& snapshot : project.snapshots) {
            CHECK(snapshot.network.actors().size() >= 10);
        }
    }
}

TEST_CASE("the Delft example has 2010 and 2015 as two snapshots, and 2015 is rich enough to show everything")
{
    const Project project = readJsonProject(test::dataFile("delft.json"));
    REQUIRE(project.findSnapshot("Delft 2010") != nullptr);
    REQUIRE(project.findSnapshot("Delft 2015") != nullptr);
    CHECK(project.snapshots.at(project.current).name == "Delft 2015");
    const Network& delft = project.findSnapshot("Delft 2015")->network;

    std::set<ActorKind> kinds;
    for (const auto& actor : delft.actors()) {
        kinds.insert(actor.kind);
    }
    std::set<RelationType> types;
    for (const auto& relation : delft.relations()) {
        types.insert(relation.type);
    }
    std::set<Id> roleDomains;
    for (const auto& role : delft.roles()) {
        roleDomains.insert(role.domain);
    }
    std::size_t decisionsWithRaci = 0;
    for (const auto& decision : delft.decisions()) {
        decisionsWithRaci += decision.assignments.empty() ? 0 : 1;
    }
    CHECK(delft.actors().size() >= 15);
    CHECK(kinds.size() >= 6);
    CHECK(types.size() >= 6);
    CHECK(roleDomains.size() >= 2);
    CHECK(decisionsWithRaci >= 2);

    const Group* dve = nullptr;
    for (const auto& group : delft.groups()) {
        if (group.name == "Delft voor Elkaar") {
            dve = &group;
        }
    }
    REQUIRE(dve != nullptr);
    for (const char* partner :
         {"Kwadraad", "MEE Zuid-Holland Noord", "Participe Delft", "Sport & Evenementen Haaglanden"}) {
        CAPTURE(partner);
        const Actor* actor = byName(delft, partner);
        REQUIRE(actor != nullptr);
        CHECK(std::count(dve->members.begin(), dve->members.end(), actor->id) == 1);
    }
}

TEST_CASE("the same JSON id in two snapshots is the same actor")
{
    const Project project = readJsonProject(test::dataFile("delft.json"));
    const Actor* in2010 = byName(project.findSnapshot("Delft 2010")->network, "Gemeente Delft");
    const Actor* in2015 = byName(project.findSnapshot("Delft 2015")->network, "Gemeente Delft");
    REQUIRE(in2010 != nullptr);
    REQUIRE(in2015 != nullptr);
    CHECK(in2010->id == in2015->id);
}

TEST_CASE("writing JSON and reading it back gives the same project")
{
    for (const auto& file : test::examples()) {
        CAPTURE(file);
        const Project project = readJsonProject(file);
        const std::string text = writeJsonProject(project);
        const Project again = parseJsonProject(text, "again.json");
        CHECK(again.snapshots.size() == project.snapshots.size());
        CHECK(writeJsonProject(again) == text); // byte-stable
    }
}

TEST_CASE("a relation's free attributes are read, written and checked")
{
    const std::string base = R"({"speelveld": 1, "snapshots": [{"name": "S", "actors": [
        {"id": "a", "kind": "municipality", "name": "A"}], "relations": [)";
    const Project project = parseJsonProject(
        base + R"({"source": "a", "target": "a", "type": "funds", "attributes": {"weight": "0.5"}}]}]})", "r.json");
    CHECK(project.snapshots[0].network.relations().at(0).attributes ==
          std::map<std::string, std::string>{{"weight", "0.5"}});
    CHECK(parseJsonProject(writeJsonProject(project), "again.json") == project);
    CHECK(errorOf(base + R"({"source": "a", "target": "a", "type": "funds", "attributes": {"weight": 0.5}}]}]})")
              .find("relations[0].attributes.weight: an attribute value must be text") != std::string::npos);
}

TEST_CASE("bad JSON is refused with the file, the place and what to do")
{
    CHECK(errorOf("{ \"speelveld\": 1, ").find("broken.json: line 1, column") == 0);
    CHECK(errorOf("[1, 2]").find("expected an object") != std::string::npos);
    CHECK(errorOf(R"({"title": "x", "snapshots": []})").find("\"speelveld\": 1") != std::string::npos);

    const std::string base = R"({"speelveld": 1, "snapshots": [{"name": "S", "actors": [
        {"id": "a", "kind": "municipality", "name": "A"}], "relations": [)";
    CHECK(errorOf(base + R"({"source": "a", "target": "zz", "type": "funds"}]}]})") ==
          "broken.json: snapshots[0].relations[0].target: there is no actor \"zz\" in this snapshot. "
          "Add the actor or correct the id");
    CHECK(errorOf(base + R"({"source": "a", "target": "a", "type": "pays"}]}]})")
              .find("snapshots[0].relations[0].type: \"pays\" is not a known value. Use one of: commissions,") !=
          std::string::npos);
    CHECK(errorOf(base + R"({"source": "a", "target": "a", "type": "funds", "strenght": 2}]}]})")
              .find("unknown field \"strenght\"") != std::string::npos);
    CHECK(errorOf(base + R"({"source": "a", "target": "a", "type": "funds", "strength": 7}]}]})")
              .find("relations[0].strength: expected a whole number from 1 to 5") != std::string::npos);
    CHECK(errorOf(R"({"speelveld": 1, "snapshots": [{"name": "S", "actors": [
        {"id": "a", "kind": "gemeente", "name": "A"}]}]})")
              .find("snapshots[0].actors[0].kind") != std::string::npos);
    CHECK(errorOf(R"({"speelveld": 1, "snapshots": [{"name": "S", "actors": [
        {"id": "a", "kind": "provider", "name": "A"}, {"id": "a", "kind": "provider", "name": "B"}]}]})")
              .find("actors[1].id: the id \"a\" is used twice") != std::string::npos);
    CHECK(errorOf(R"({"speelveld": 1, "current": "T", "snapshots": [{"name": "S"}]})")
              .find("current: there is no snapshot named \"T\"") != std::string::npos);
}

TEST_CASE("a number too large for a double is refused where it is written")
{
    // Found by fuzz/ (regressions/json/number-overflow.json): nlohmann throws out_of_range, not parse_error.
    CHECK(errorOf("{\"speelveld\": 1,\n \"snapshots\": [{\"name\": \"S\", \"x\": 1e999}]}") ==
          "broken.json: line 2, column 35: the number 1e999 is too large. Correct the number at that place");
    CHECK_THROWS_AS(parseRoleConflicts("[[\"funder\", 1e999]]", "p.speelveld", "role_conflicts"), UserError);
}

TEST_CASE("a project file is told apart from JSON by its content, not its name")
{
    test::TempDir dir;
    const auto misnamed = dir / "delft.speelveld";
    std::filesystem::copy_file(test::dataFile("delft.json"), misnamed);
    CHECK(openProjectFile(misnamed).snapshots.size() == 2);
    const auto text = dir / "notes.txt";
    std::ofstream(text) << "just some notes";
    CHECK_THROWS_WITH_AS(openProjectFile(text), doctest::Contains("neither a Speelveld project nor Speelveld JSON"),
                         UserError);
}
