#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
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

TEST_CASE("hostile JSON is refused with the place, or read exactly; never a crash, never unbounded")
{
    const std::string head = R"({"speelveld": 1, "snapshots": [{"name": "S", "actors": [)";
    const std::string tail = "]}]}";
    SUBCASE("a field written twice in one object (nlohmann would keep the last)")
    {
        CHECK(errorOf(head + R"({"id": "a", "kind": "provider", "name": "A", "name": "B"})" + tail) ==
              "broken.json: snapshots[0].actors[0].name: the field \"name\" is written twice in the same object. "
              "Keep one of them: which one counts would be a guess");
        CHECK(errorOf(R"({"speelveld": 1, "speelveld": 1})").find("(top level)") == std::string::npos);
        CHECK(errorOf(R"({"speelveld": 1, "speelveld": 1})").find("broken.json: speelveld: the field") == 0);
    }
    SUBCASE("NUL: a byte (nlohmann stops reading there) and an escaped character")
    {
        CHECK(errorOf(head + tail + std::string("\0{\"ignored\": true}", 18)) ==
              "broken.json: line 1, column 61: the file holds a NUL byte, so it is not a JSON text file. Open a "
              "Speelveld JSON file; this one may be damaged");
        CHECK(errorOf(head + R"({"id": "a", "kind": "provider", "name": "A\u0000B"})" + tail) ==
              "broken.json: snapshots[0].actors[0].name: a text holds the character NUL (\\u0000). Remove it: names "
              "and texts cannot hold it");
        CHECK(errorOf(head + R"({"id": "a", "kind": "provider", "name": "A", "attributes": {"x\u0000": "1"}})" + tail)
                  .find("snapshots[0].actors[0].attributes.x") != std::string::npos);
    }
    SUBCASE("a lone surrogate and invalid UTF-8")
    {
        const std::string surrogate = errorOf(head + R"({"id": "a", "kind": "provider", "name": "\ud800"})" + tail);
        CHECK(surrogate.find("broken.json: line 1, column ") == 0);
        CHECK(surrogate.find("this is not valid JSON (syntax error while parsing value - invalid string: surrogate "
                             "U+D800..U+DBFF must be followed by U+DC00..U+DFFF") != std::string::npos);
        const std::string invalid =
            errorOf(head + "{\"id\": \"a\", \"kind\": \"provider\", \"name\": \"caf\xE9\"}" + tail);
        CHECK(invalid.find("broken.json: line 1, column ") == 0);
        CHECK(invalid.find("invalid string: ill-formed UTF-8 byte") != std::string::npos);
    }
    SUBCASE("300,000 nested lists stop at the depth limit, with the place")
    {
        const std::string deep = std::string(300'000, '[') + std::string(300'000, ']');
        CHECK(errorOf(deep) == "broken.json: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                               "[0][0][0][0][0][0][0][0]: lists and objects are nested more than 32 levels deep. A "
                               "Speelveld file needs 7; this file was not written by Speelveld");
        CHECK(
            errorOf(head + R"({"id": "a", "kind": "provider", "name": "A", "attributes": {"x": )" + deep + "}}" + tail)
                .find("snapshots[0].actors[0].attributes.x[0][0]") != std::string::npos);
    }
    SUBCASE("the value limit bounds the memory a small file can take")
    {
        // 10,000,000 values is the limit (about 1 GB parsed, at worst); a smaller one proves the same code path.
        CHECK(JsonLimits{}.maxValues == 10'000'000);
        JsonLimits limits;
        limits.maxValues = 1000;
        std::string many = head + R"({"id": "a", "kind": "provider", "name": "A", "tags": [)";
        for (int i = 0; i < 1000; ++i) {
            many += i == 0 ? "\"t\"" : ",\"t\"";
        }
        many += "]}" + tail;
        try {
            parseJsonProject(many, "many.json", limits);
            FAIL("no error");
        } catch (const UserError& error) {
            CHECK(std::string(error.what()) ==
                  "many.json: snapshots[0].actors[0].tags[989]: the file holds more than 1000 values (texts, numbers, "
                  "lists and objects), the limit. Save large networks as a .speelveld project, or split the file");
        }
        limits.maxValues = 2000;
        CHECK(parseJsonProject(many, "many.json", limits).snapshots[0].network.actors()[0].tags.size() == 1000);
    }
    SUBCASE("a text of 16 MiB is read whole, in linear time")
    {
        const std::string name(16 * 1024 * 1024, 'n');
        const Project project =
            parseJsonProject(head + R"({"id": "a", "kind": "provider", "name": ")" + name + "\"}" + tail, "big.json");
        CHECK(project.snapshots[0].network.actors()[0].name == name);
    }
    SUBCASE("a file over the size limit is not read")
    {
        const test::TempDir dir;
        const auto big = dir / "big.json";
        std::ofstream(big).put('{');
        std::filesystem::resize_file(big, kMaxJsonBytes + 1); // sparse: takes no disk
        CHECK_THROWS_WITH_AS(readJsonProject(big), doctest::Contains("the file is larger than the limit of 256 MiB"),
                             UserError);
    }
    SUBCASE("references to what is not there, a self-loop, a member twice")
    {
        const std::string actors =
            R"({"id": "a", "kind": "provider", "name": "A"}], "domains": [{"id": 1, "name": "D"}])";
        CHECK(errorOf(head + actors + R"(, "roles": [{"actor": "zz", "domain": 1, "role": "funder"}]}]})")
                  .find("snapshots[0].roles[0].actor: there is no actor \"zz\" in this snapshot") != std::string::npos);
        CHECK(errorOf(head + actors + R"(, "roles": [{"actor": "a", "domain": 9, "role": "funder"}]}]})")
                  .find("snapshots[0].roles[0].domain: there is no domain \"9\"") != std::string::npos);
        CHECK(errorOf(head + actors + R"(, "groups": [{"id": 1, "name": "G", "members": ["zz"]}]}]})")
                  .find("snapshots[0].groups[0].members[0].member: there is no actor \"zz\"") != std::string::npos);
        CHECK(
            errorOf(head + actors +
                    R"(, "decisions": [{"id": 1, "title": "T", "raci": [{"actor": "zz", "raci": "responsible"}]}]}]})")
                .find("snapshots[0].decisions[0].raci[0].actor: there is no actor \"zz\"") != std::string::npos);
        const Project loop = parseJsonProject(
            head + actors + R"(, "relations": [{"source": "a", "target": "a", "type": "informs"}]}]})", "loop.json");
        CHECK(loop.snapshots[0].network.relations().size() == 1);
        CHECK(errorOf(head + actors + R"(, "groups": [{"id": 1, "name": "G", "members": ["a", "a"]}]}]})") ==
              "broken.json: snapshots[0].groups[0].members[1]: the actor \"a\" is a member twice. List each member "
              "once");
    }
}

TEST_CASE("names that look like SQL are data: read, saved to a project and loaded back unchanged")
{
    const std::string sql = "Robert'); DROP TABLE actors;--";
    const Project project = parseJsonProject(
        R"({"speelveld": 1, "title": "x'; DELETE FROM snapshots; --", "snapshots": [{"name": "S\"; DROP TABLE relations; --", "actors": [
        {"id": "a", "kind": "provider", "name": "Robert'); DROP TABLE actors;--", "tags": ["' OR 1=1 --"],
         "attributes": {"'); DROP TABLE roles;--": "1; DROP TABLE groups"}},
        {"id": "b", "kind": "provider", "name": "B"}],
        "relations": [{"source": "a", "target": "b", "type": "funds", "note": "Robert'); DROP TABLE actors;--"}]}]})",
        "sql.json");
    test::TempDir dir;
    saveProject(project, dir / "sql.speelveld");
    const Project loaded = loadProject(dir / "sql.speelveld");
    CHECK(loaded == project);
    CHECK(loaded.snapshots[0].network.actors()[0].name == sql);
    CHECK(loaded.snapshots[0].network.relations()[0].note == sql);
}
