#include "HostileSupport.h"
#include "InteropSupport.h"

#include "core/ForeignGraph.h"
#include "core/GraphmlFormat.h"
#include "core/JsonFormat.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace speelveld;
using test::actorNamed;
using test::hasLine;

namespace {

std::string graphmlError(const std::string& text)
{
    return test::errorOf([&] { parseGraphml(text, "bad.graphml"); });
}

/// A small GraphML file around the given nodes and edges.
std::string graphml(const std::string& body, const std::string& keys = "")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
           keys + "<graph id=\"G\" edgedefault=\"directed\">\n" + body + "</graph>\n</graphml>\n";
}

} // namespace

TEST_CASE("GraphML as NetworkX writes it: names, kinds, positions, relation types; the rest kept")
{
    for (const char* file : {"networkx-directed.graphml", "networkx-undirected.graphml"}) {
        CAPTURE(file);
        const Imported imported = readGraphml(test::interopFixture(file));
        REQUIRE(imported.project.snapshots.size() == 1);
        const Snapshot& snapshot = imported.project.snapshots[0];
        const Network& network = snapshot.network;
        CHECK(snapshot.name == "Delft 2015 (NetworkX)");
        CHECK(network.actors().size() == 6);
        CHECK(network.relations().size() == 6);

        const Actor* gemeente = actorNamed(network, "Gemeente Delft");
        REQUIRE(gemeente != nullptr);
        CHECK(gemeente->kind == ActorKind::Municipality);
        CHECK(gemeente->position == Point{0, 0});
        CHECK(gemeente->attributes.at("budget") == "1200000");
        CHECK(gemeente->attributes.at("score") == "0.75");
        CHECK(gemeente->attributes.at("actief") == "True");       // as NetworkX wrote it
        CHECK(gemeente->attributes.at("id") == "gemeente-delft"); // node ids are not numbers: kept, renumbered
        CHECK(gemeente->id == 1);
        CHECK(actorNamed(network, "Delft voor Elkaar")->position == Point{150.5, -40.25});
        CHECK(actorNamed(network, "Delft voor Elkaar")->kind == ActorKind::NetworkOrganisation);
        CHECK(actorNamed(network, "Cliëntenraad Delft")->kind == ActorKind::ClientCouncil);
        // "stichting" is no kind of ours: kept as written, the default used, and said.
        const Actor* seh = actorNamed(network, "Sport & Evenementen Haaglanden");
        REQUIRE(seh != nullptr);
        CHECK(seh->kind == ActorKind::Provider);
        CHECK(seh->attributes.at("soort") == "stichting");
        CHECK(hasLine(imported.report.notes, "1 value of node attribute \"soort\" could not be read as actor kind "
                                             "(for example \"stichting\")"));

        const Relation& opdracht = network.relations()[0];
        CHECK(opdracht.source == gemeente->id);
        CHECK(opdracht.type == RelationType::Commissions);
        CHECK(opdracht.strength == 5);
        CHECK(opdracht.note == "Prestatiesubsidie Gezond en Wel");
        CHECK(opdracht.attributes.at("formeel") == "True");
        std::vector<RelationType> types;
        for (const auto& relation : network.relations()) {
            types.push_back(relation.type);
        }
        std::sort(types.begin(), types.end()); // NetworkX orders edges by node, differently when undirected
        CHECK(types == std::vector<RelationType>{RelationType::Commissions, RelationType::Funds, RelationType::Funds,
                                                 RelationType::CollaboratesWith, RelationType::MemberOf,
                                                 RelationType::Advises});

        const ImportReport& report = imported.report;
        CHECK(report.format == "GraphML");
        CHECK(hasLine(report.mapped, "node attribute \"label\" → actor name (6 actors)"));
        CHECK(hasLine(report.mapped, "node attribute \"soort\" → actor kind (6 actors)"));
        CHECK(hasLine(report.mapped, "edge attribute \"relatie\" → relation type (6 relations)"));
        CHECK(hasLine(report.mapped, "edge attribute \"weight\" → relation strength (6 relations)"));
        CHECK(hasLine(report.mapped, "positions → actor positions (6 actors)"));
        CHECK(hasLine(report.kept, "node attribute \"budget\" kept as a free attribute (6 actors)"));
        CHECK(hasLine(report.kept, "edge attribute \"formeel\" kept as a free attribute (6 relations)"));
        CHECK(hasLine(report.kept, "the file's id kept as the attribute \"id\" (6 actors)"));
        CHECK(hasLine(report.notes, "edge ids are not all distinct positive whole numbers"));
    }
}

TEST_CASE("an undirected GraphML file with directed relation types says it reads them as written")
{
    const Imported imported = readGraphml(test::interopFixture("networkx-undirected.graphml"));
    CHECK(hasLine(imported.report.notes, "5 undirected edges have a directed relation type: read from source to "
                                         "target as written"));
}

TEST_CASE("GraphML as igraph writes it: the vertex attribute name is the actor name")
{
    for (const char* file : {"igraph-directed.graphml", "igraph-undirected.graphml"}) {
        CAPTURE(file);
        const Imported imported = readGraphml(test::interopFixture(file));
        const Network& network = imported.project.snapshots[0].network;
        CHECK(imported.report.format == "GraphML (igraph)");
        CHECK(imported.project.snapshots[0].name == "Delft 2015 (igraph)");
        CHECK(network.actors().size() == 6);
        CHECK(network.relations().size() == 6);
        const Actor* mee = actorNamed(network, "MEE Zuid-Holland Noord");
        REQUIRE(mee != nullptr);
        CHECK(mee->kind == ActorKind::Provider);
        CHECK(mee->position == Point{300, -120});
        CHECK(mee->attributes.at("actief") == "false");
        CHECK(mee->attributes.at("budget") == "60000");
        CHECK(mee->attributes.at("id") == "n3");
        CHECK(network.relations()[3].type == RelationType::CollaboratesWith);
        CHECK(network.relations()[3].note == "Wijkteams");
        CHECK(network.relations()[1].strength == 4);
        CHECK(hasLine(imported.report.mapped, "node attribute \"name\" → actor name (6 actors)"));
    }
}

TEST_CASE("GraphML as yEd writes it: label, fill, centre of the geometry, group nodes become groups")
{
    const Imported imported = readGraphml(test::interopFixture("yed-groups.graphml"));
    const Network& network = imported.project.snapshots[0].network;
    CHECK(imported.report.format == "GraphML (yEd)");
    // The group node "Delft voor Elkaar" has no relation of its own: it is a group, not an actor.
    CHECK(network.actors().size() == 3);
    const Actor* gemeente = actorNamed(network, "Gemeente Delft");
    REQUIRE(gemeente != nullptr);
    CHECK(gemeente->kind == ActorKind::Municipality);
    CHECK(gemeente->description == "Opdrachtgever voor Gezond en Wel");
    CHECK(gemeente->position == Point{160, 65}); // x 100 + width 120 / 2, y 50 + height 30 / 2
    CHECK(gemeente->attributes.at("colour") == "#FFCC00");
    CHECK(actorNamed(network, "MEE Zuid-Holland Noord")->position == Point{525, 130});
    REQUIRE(network.groups().size() == 1);
    CHECK(network.groups()[0].name == "Delft voor Elkaar");
    CHECK(network.groups()[0].members ==
          std::vector<Id>{actorNamed(network, "Kwadraad")->id, actorNamed(network, "MEE Zuid-Holland Noord")->id});
    REQUIRE(network.relations().size() == 2);
    CHECK(network.relations()[0].type == RelationType::Commissions); // the yEd edge label "opdracht"
    CHECK(network.relations()[1].type == RelationType::Informs);     // no label: the default, and said so
    CHECK(hasLine(imported.report.mapped, "nodes drawn around other nodes → groups (1 group)"));
    CHECK(hasLine(imported.report.notes, "1 directed edge has no relation type: \"informs\" is used"));
    CHECK(imported.project.snapshots[0].description == "Delft voor Elkaar en partners, getekend in yEd");
    CHECK(hasLine(imported.report.notes, "yEd shapes, sizes, line styles and bends are not read"));
}

TEST_CASE("headings and values CSV and DOT knew are read in GraphML too: one table for every format")
{
    // "Soort actor", "regionaal orgaan", "Relatietype", "geeft opdracht aan", "Begindatum" and "begrensd budget" were
    // words of the CSV/DOT table.
    const std::string text = graphml(R"(<node id="a"><data key="k">regionaal orgaan</data></node><node id="b"/>
        <edge source="a" target="b"><data key="t">geeft opdracht aan</data><data key="f">begrensd budget</data>
        <data key="v">2016</data></edge>)",
                                     R"(<key id="k" for="node" attr.name="Soort actor" attr.type="string"/>
        <key id="t" for="edge" attr.name="Relatietype" attr.type="string"/>
        <key id="f" for="edge" attr.name="bekostiging" attr.type="string"/>
        <key id="v" for="edge" attr.name="Begindatum" attr.type="string"/>)");
    const Network network = parseGraphml(text, "csv-words.graphml").project.snapshots[0].network;
    REQUIRE(network.actors().size() == 2);
    CHECK(network.actors()[0].kind == ActorKind::RegionalBody);
    REQUIRE(network.relations().size() == 1);
    CHECK(network.relations()[0].type == RelationType::Commissions);
    CHECK(network.relations()[0].financing == Financing::CappedBudget);
    CHECK(network.relations()[0].validFrom == "2016");
    CHECK(network.relations()[0].attributes.empty());
}

TEST_CASE("a yEd group node with a relation of its own is an actor as well as a group")
{
    const std::string text = graphml(R"(<node id="g"><data key="n">Regio</data><graph id="g:">
        <node id="a"><data key="n">Gemeente A</data></node><node id="b"><data key="n">Gemeente B</data></node>
        </graph></node><edge source="a" target="g"/>)",
                                     R"(<key id="n" for="node" attr.name="naam" attr.type="string"/>)");
    const Network network = parseGraphml(text, "regio.graphml").project.snapshots[0].network;
    CHECK(network.actors().size() == 3);
    REQUIRE(network.groups().size() == 1);
    CHECK(network.groups()[0].name == "Regio");
    CHECK(network.groups()[0].members.size() == 2);
}

TEST_CASE("every example survives GraphML: write, read, and the network is the same for what GraphML carries")
{
    test::roundTripExamples(writeGraphml, parseGraphml,
                            [](const Snapshot& snapshot, const Imported& imported, const std::string& text) {
                                CHECK(imported.report.format == "GraphML (Speelveld)");
                                // Decisions (with their RACI lines) are not carried; domain, role and group ids are
                                // renumbered. Everything else, actor and relation ids and the order of domains and
                                // groups included, comes back.
                                const Snapshot& back = imported.project.snapshots[0];
                                CHECK(test::carried(back.network, false) == test::carried(snapshot.network, false));
                                CHECK(writeGraphml(back, {}) == text); // byte-stable
                            });
}

TEST_CASE("a GraphML export round trip keeps positions, pins, tags with separators, free attributes and odd text")
{
    Snapshot snapshot;
    snapshot.name = "Proef";
    Network& network = snapshot.network;
    const Id jeugd = network.addDomain({0, "Jeugd; 0-18"});
    Actor a;
    a.name = "A & B <zorg> \"quoted\"";
    a.kind = ActorKind::Insurer;
    a.description = "line one\r\nline two\ttabbed";
    a.tags = {"a;b", "back\\slash", "=SUM(1)"};
    a.attributes = {{"kind", "not our field"}, {"label", "x"}, {"עברית", "🙂"}};
    a.position = Point{0.1, -1e-7};
    a.pinned = true;
    const Id first = network.addActor(a);
    Actor b;
    b.name = "B";
    b.position = Point{1e21, 3};
    const Id second = network.addActor(b);
    network.addRole({0, first, jeugd, RoleType::Gatekeeper});
    Relation loop;
    loop.source = first;
    loop.target = first; // a self-loop: the model allows it
    loop.type = RelationType::RefersTo;
    loop.domain = jeugd;
    loop.attributes = {{"type", "kept"}};
    network.addRelation(loop);
    Relation tie;
    tie.source = second;
    tie.target = first;
    tie.type = RelationType::CollaboratesWith;
    tie.trust = 2;
    tie.financing = Financing::PerUnit;
    network.addRelation(tie);
    network.addGroup({0, "Leeg", {}});

    const std::string text = writeGraphml(snapshot, {});
    const Imported imported = parseGraphml(text, "proef.graphml");
    const Network& back = imported.project.snapshots[0].network;
    CHECK(test::carried(back, false) == test::carried(network, false));
    CHECK(back.actors()[0].description == "line one\r\nline two\ttabbed");
    CHECK(back.actors()[0].attributes.at("kind") == "not our field");
    REQUIRE(back.groups().size() == 1); // an empty group is carried by the graph's list of groups
    CHECK(hasLine(imported.report.notes, "1 relation goes from an actor to itself: kept (the model allows it)"));
    CHECK(writeGraphml(imported.project.snapshots[0], {}) == text);
}

TEST_CASE("GraphML export carries kind colours for yEd and Gephi and measures as attributes; re-import drops them")
{
    const Snapshot snapshot = readJsonProject(test::dataFile("delft.json")).snapshots.at(0);
    ExportAnnotations annotations;
    annotations.kindColours[ActorKind::Municipality] = "#80b1d3";
    annotations.relationColours[RelationType::Commissions] = "#0b4f9c";
    MeasureColumn betweenness{"betweenness", {}};
    const Id first = snapshot.network.actors()[0].id;
    betweenness.values[first] = 0.25;
    annotations.measures.push_back(betweenness);
    const std::string text = writeGraphml(snapshot, annotations);
    CHECK(text.find(R"(<key id="m0" for="node" attr.name="betweenness" attr.type="double" />)") != std::string::npos);
    CHECK(text.find(R"(<data key="m0">0.25</data>)") != std::string::npos);
    CHECK(text.find(R"(<y:Fill color="#80b1d3" transparent="false" />)") != std::string::npos);
    CHECK(text.find(R"(<data key="r">128</data>)") != std::string::npos);
    CHECK(text.find(R"(<y:LineStyle color="#0b4f9c")") != std::string::npos);

    const Imported imported = parseGraphml(text, "delft.graphml");
    const Network& back = imported.project.snapshots[0].network;
    CHECK(back.actor(first)->attributes.count("betweenness") == 0);
    CHECK(hasLine(imported.report.notes, "node attribute \"betweenness\" is a measure Speelveld wrote; not kept "
                                         "(Speelveld computes it again)"));
    CHECK(hasLine(imported.report.notes, "node attribute \"r\" not read (the colour comes from the actor kind)"));
    CHECK(test::carried(back, false) == test::carried(snapshot.network, false));
}

TEST_CASE("GraphML keys with defaults, undeclared keys and unknown values of mapped fields")
{
    const std::string text =
        graphml(R"(<node id="1"><data key="k">gemeente</data></node><node id="2"><data key="free">x</data></node>
                   <edge id="7" source="1" target="2"><data key="s">9</data></edge>)",
                R"(<key id="k" for="node" attr.name="Soort" attr.type="string"><default>aanbieder</default></key>
                   <key id="s" for="edge" attr.name="sterkte" attr.type="int"/>)");
    const Imported imported = parseGraphml(text, "defaults.graphml");
    const Network& network = imported.project.snapshots[0].network;
    CHECK(imported.project.snapshots[0].name == "defaults"); // no graph name: the file's
    CHECK(network.actor(1)->kind == ActorKind::Municipality);
    CHECK(network.actor(2)->kind == ActorKind::Provider); // the key's default, "aanbieder"
    CHECK(network.actor(2)->attributes.at("free") == "x");
    CHECK(network.actor(1)->name == "1"); // no name at all: the id, and said so
    CHECK(hasLine(imported.report.notes, "2 actors have no name: the node id is used"));
    const Relation* relation = network.relation(7);
    REQUIRE(relation != nullptr);
    CHECK(relation->strength == 3);
    CHECK(relation->attributes.at("sterkte") == "9");
    CHECK(hasLine(imported.report.notes, "1 value of edge attribute \"sterkte\" could not be read as relation "
                                         "strength (for example \"9\")"));
}

TEST_CASE("bad GraphML gives one clear message with the file, the place and what is wrong")
{
    SUBCASE("not well-formed")
    {
        CHECK(graphmlError("<graphml>\n  <graph>\n  </grap>\n</graphml>") ==
              "bad.graphml: line 3, column 5: this is not well-formed XML (Start-end tags mismatch). Correct the "
              "text at that place, or export the file again from the program that wrote it");
    }
    SUBCASE("not GraphML")
    {
        CHECK(graphmlError("<gexf/>").find("bad.graphml: line 1, column 1: this is not a GraphML file") == 0);
    }
    SUBCASE("duplicate node ids")
    {
        CHECK(graphmlError(graphml("<node id=\"a\"/>\n<node id=\"a\"/>\n")) ==
              "bad.graphml: line 5, column 1: the node id \"a\" is used twice. Give each node its own id");
    }
    SUBCASE("an edge to a node that is not there")
    {
        CHECK(graphmlError(graphml("<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n")) ==
              "bad.graphml: line 5, column 1: the edge refers to the node \"b\", which is not in the file. Add the "
              "node or correct the edge's source and target");
    }
    SUBCASE("an edge without a target")
    {
        CHECK(graphmlError(graphml("<node id=\"a\"/><edge source=\"a\"/>")).find("needs both a source and a target") !=
              std::string::npos);
    }
}

TEST_CASE("hostile GraphML is refused with a message, never expanded, never a crash")
{
    SUBCASE("billion laughs: entities are refused before anything is expanded")
    {
        std::string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n <!ENTITY a \"lol\">\n";
        for (int i = 1; i < 10; ++i) {
            text += " <!ENTITY " + std::string(1, static_cast<char>('a' + i)) + " \"";
            for (int k = 0; k < 10; ++k) {
                text += "&" + std::string(1, static_cast<char>('a' + i - 1)) + ";";
            }
            text += "\">\n";
        }
        text += "]>\n<graphml><graph><node id=\"1\"><data key=\"n\">&j;</data></node></graph></graphml>";
        CHECK(graphmlError(text).find("bad.graphml: line 2, column 1: the file declares entities in its DOCTYPE") == 0);
    }
    SUBCASE("an external entity")
    {
        const std::string text = "<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                 "<graphml><graph><node id=\"1\"><data key=\"n\">&x;</data></node></graph></graphml>";
        CHECK(graphmlError(text).find("the file declares entities in its DOCTYPE") != std::string::npos);
    }
    SUBCASE("a DOCTYPE without entities is fine")
    {
        const std::string text = "<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n<graphml><graph><node id=\"1\"/></graph>"
                                 "</graphml>";
        CHECK(parseGraphml(text, "ok.graphml").project.snapshots[0].network.actors().size() == 1);
    }
    SUBCASE("invalid UTF-8")
    {
        CHECK(graphmlError(graphml("<node id=\"caf\xE9\"/>")) ==
              "bad.graphml: line 4, column 14: the file is not valid UTF-8 text here. Save the file as UTF-8 in the "
              "program that wrote it");
    }
    SUBCASE("a NUL byte")
    {
        CHECK(graphmlError(graphml(std::string("<node id=\"a\0\"/>", 15)))
                  .find("bad.graphml: line 4, column 12: the file contains a NUL byte") == 0);
    }
    SUBCASE("a character reference to NUL")
    {
        CHECK(graphmlError(graphml("<node id=\"a&#0;\"/>"))
                  .find("line 4, column 12: the character reference &#0; names a character XML does not allow") !=
              std::string::npos);
    }
    SUBCASE("UTF-16") { CHECK(graphmlError("\xFF\xFE<\0g\0").find("the file is UTF-16 text") != std::string::npos); }
    SUBCASE("an element with more attributes than the limit")
    {
        std::string node = "<node id=\"a\"";
        for (std::size_t i = 0; i <= kMaxAttributesPerElement; ++i) {
            node += " a" + std::to_string(i) + "=\"\"";
        }
        CHECK(graphmlError(graphml(node + "/>"))
                  .find("line 4, column 1: the element <node> has more than 1000 "
                        "attributes") != std::string::npos);
    }
    SUBCASE("an attribute value over the limit")
    {
        CHECK(graphmlError(graphml("<node id=\"" + std::string(kMaxAttributeValueBytes + 1, 'x') + "\"/>"))
                  .find("the attribute \"id\" is longer than the limit of 1 MiB") != std::string::npos);
    }
    SUBCASE("300,000 nested elements are walked without recursion")
    {
        std::string deep;
        for (int i = 0; i < 300000; ++i) {
            deep += "<y:x>";
        }
        for (int i = 0; i < 300000; ++i) {
            deep += "</y:x>";
        }
        const std::string text = graphml("<node id=\"1\"><data key=\"d\">" + deep + "</data></node>");
        CHECK(parseGraphml(text, "deep.graphml").project.snapshots[0].network.actors().size() == 1);
    }
    SUBCASE("groups nested deeper than the limit")
    {
        std::string nested;
        for (int i = 0; i < 1000; ++i) {
            nested += "<node id=\"g" + std::to_string(i) + "\"><graph>";
        }
        nested += "<node id=\"leaf\"/>";
        for (int i = 0; i < 1000; ++i) {
            nested += "</graph></node>";
        }
        CHECK(graphmlError(graphml(nested)).find("groups are nested more than 100 levels deep") != std::string::npos);
    }
    SUBCASE("a file over the size limit is not read")
    {
        test::TempDir folder;
        const auto big = folder / "big.graphml";
        std::ofstream(big).put(' ');
        std::filesystem::resize_file(big, kMaxImportBytes + 1); // sparse: takes no disk
        CHECK(test::errorOf([&] { readGraphml(big); }).find("the file is larger than the limit of 256 MiB") !=
              std::string::npos);
    }
}

TEST_CASE("more hostile GraphML: quadratic blow-up, 200,000 attributes, an attribute twice, a long text")
{
    SUBCASE("quadratic blow-up: one 4 KB entity referenced 20,000 times")
    {
        CHECK(graphmlError(test::quadraticBlowup("graphml", "<graphml><graph><node id=\"1\"><data key=\"n\">",
                                                 "</data></node></graph></graphml>"))
                  .find("bad.graphml: line 1, column 1: the file declares entities in its DOCTYPE") == 0);
    }
    SUBCASE("200,000 attributes on one element are refused after the first 1,000")
    {
        CHECK(graphmlError(graphml("<node id=\"a\"" + test::manyAttributes(200'000) + "/>"))
                  .find("bad.graphml: line 4, column 1: the element <node> has more than 1000 attributes") == 0);
    }
    SUBCASE("an attribute written twice (pugixml would take the first; XML says it is not well formed)")
    {
        CHECK(graphmlError(graphml("<node id=\"a\"/>\n<node id=\"b\" id=\"a\"/>")) ==
              "bad.graphml: line 5, column 1: the attribute \"id\" is written twice on the element <node>. Keep one "
              "of them: which one counts would be a guess");
    }
    SUBCASE("a data text over 1 MiB")
    {
        CHECK(graphmlError(graphml("<node id=\"a\"><data key=\"d\">" + std::string(kMaxAttributeValueBytes + 1, 'x') +
                                   "</data></node>"))
                  .find("bad.graphml: line 4, column 14: a text here is longer than the limit of 1 MiB") == 0);
    }
    SUBCASE("a self-loop is kept: the model allows an actor related to itself")
    {
        const Imported loop = parseGraphml(graphml("<node id=\"a\"/><edge source=\"a\" target=\"a\"/>"), "l.graphml");
        REQUIRE(loop.project.snapshots[0].network.relations().size() == 1);
        CHECK(loop.project.snapshots[0].network.relations()[0].source ==
              loop.project.snapshots[0].network.relations()[0].target);
    }
}

TEST_CASE("GraphML names that look like SQL are data: read, saved to a project and loaded back unchanged")
{
    const std::string text = graphml(
        "<node id=\"a\"><data key=\"name\">Robert'); DROP TABLE actors;--</data><data key=\"free\">" + test::kSqlText +
            "</data></node><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"note\">" + test::kSqlText +
            "</data></edge>",
        "<key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        "<key id=\"free\" for=\"node\" attr.name=\"" +
            test::kSqlText +
            "\" attr.type=\"string\"/>\n"
            "<key id=\"note\" for=\"edge\" attr.name=\"note\" attr.type=\"string\"/>\n");
    const Project project = parseGraphml(text, "sql.graphml").project;
    const Actor* robert = actorNamed(project.snapshots[0].network, test::kSqlName);
    REQUIRE(robert != nullptr);
    CHECK(robert->attributes.at(test::kSqlText) == test::kSqlText);
    CHECK(project.snapshots[0].network.relations().at(0).note == test::kSqlText);
    test::checkSurvivesProjectFile(project);
}

TEST_CASE("NetworkX reads an exported GraphML file: counts and an attribute")
{
    const Snapshot snapshot = readJsonProject(test::dataFile("delft.json")).snapshots.at(1);
    ExportAnnotations annotations;
    annotations.kindColours[ActorKind::Municipality] = "#80b1d3";
    test::checkNetworkxReads(snapshot, writeGraphml(snapshot, annotations), "delft.graphml",
                             "g = nx.read_graphml(sys.argv[1])");
}
