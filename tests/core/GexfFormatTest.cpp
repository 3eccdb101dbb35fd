#include "HostileSupport.h"
#include "InteropSupport.h"

#include "core/ForeignGraph.h"
#include "core/GexfFormat.h"
#include "core/JsonFormat.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace speelveld;
using test::actorNamed;
using test::hasLine;

namespace {

std::string gexfError(const std::string& text)
{
    return test::errorOf([&] { parseGexf(text, "bad.gexf"); });
}

std::string gexf(const std::string& body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
           "<graph defaultedgetype=\"directed\">\n" +
           body + "</graph>\n</gexf>\n";
}

} // namespace

TEST_CASE("GEXF as NetworkX writes it (1.2draft and 1.1): labels, kinds, viz position, colour and size")
{
    for (const char* file : {"networkx-directed.gexf", "networkx-undirected.gexf", "networkx-directed-1.1.gexf"}) {
        CAPTURE(file);
        const Imported imported = readGexf(test::interopFixture(file));
        const Network& network = imported.project.snapshots[0].network;
        CHECK(imported.project.snapshots[0].name == "Delft 2015 (NetworkX)");
        CHECK(network.actors().size() == 6);
        CHECK(network.relations().size() == 6);
        const Actor* dve = actorNamed(network, "Delft voor Elkaar");
        REQUIRE(dve != nullptr);
        CHECK(dve->kind == ActorKind::NetworkOrganisation);
        CHECK(dve->position == Point{150.5, 40.25}); // viz y -40.25 grows upwards in Gephi; ours grows downwards
        CHECK(dve->attributes.at("colour") == "#80b1d3");
        CHECK(dve->attributes.at("size") == "15.0");
        CHECK(dve->attributes.at("budget") == "450000");
        CHECK(dve->attributes.at("id") == "dve");
        CHECK(actorNamed(network, "Sport & Evenementen Haaglanden")->attributes.at("soort") == "stichting");
        CHECK(network.relations()[0].type == RelationType::Commissions);
        CHECK(network.relations()[0].strength == 5);
        CHECK(network.relations()[0].note == "Prestatiesubsidie Gezond en Wel");
        const Id kwadraad = actorNamed(network, "Kwadraad")->id;
        const Id mee = actorNamed(network, "MEE Zuid-Holland Noord")->id;
        const auto tie = std::find_if(network.relations().begin(), network.relations().end(), [&](const auto& r) {
            return (r.source == kwadraad && r.target == mee) || (r.source == mee && r.target == kwadraad);
        });
        REQUIRE(tie != network.relations().end());
        CHECK(tie->type == RelationType::CollaboratesWith); // "werkt samen met"
        const ImportReport& report = imported.report;
        CHECK(report.format.find("(NetworkX 2.8.8)") != std::string::npos);
        CHECK(hasLine(report.mapped, "node attribute \"label\" → actor name (6 actors)"));
        CHECK(hasLine(report.mapped, "node attribute \"soort\" → actor kind (6 actors)"));
        CHECK(hasLine(report.mapped, "edge attribute \"weight\" → relation strength (6 relations)"));
        CHECK(hasLine(report.mapped, "positions → actor positions (6 actors)"));
        CHECK(hasLine(report.kept, "node attribute \"score\" kept as a free attribute (6 actors)"));
        CHECK(hasLine(report.kept, "node attribute \"colour\" kept as a free attribute (6 actors)"));
    }
    CHECK(readGexf(test::interopFixture("networkx-directed.gexf")).report.format == "GEXF 1.2 (NetworkX 2.8.8)");
    CHECK(readGexf(test::interopFixture("networkx-directed-1.1.gexf")).report.format == "GEXF 1.1 (NetworkX 2.8.8)");
}

TEST_CASE("GEXF 1.3 as Gephi writes it: viz, edge kind and weight, attribute titles")
{
    const Imported imported = readGexf(test::interopFixture("gephi-1.3.gexf"));
    const Network& network = imported.project.snapshots[0].network;
    CHECK(imported.report.format == "GEXF 1.3 (Gephi 0.10.1)");
    CHECK(imported.project.snapshots[0].name == "gephi-1.3");
    REQUIRE(network.actors().size() == 3);
    const Actor* gemeente = actorNamed(network, "Gemeente Delft");
    REQUIRE(gemeente != nullptr);
    CHECK(gemeente->kind == ActorKind::Municipality);
    CHECK(gemeente->position == Point{-120.45, -85.3});
    CHECK(gemeente->attributes.at("colour") == "#eb5148");
    CHECK(gemeente->attributes.at("size") == "20.0");
    CHECK(gemeente->attributes.at("Modularity Class") == "0");
    CHECK(gemeente->attributes.at("id") == "0"); // Gephi counts from 0, our ids from 1: renumbered, id kept
    REQUIRE(network.relations().size() == 3);
    const Relation& opdracht = network.relations()[0];
    CHECK(opdracht.type == RelationType::Commissions);
    CHECK(opdracht.strength == 5);
    REQUIRE(network.domain(opdracht.domain) != nullptr);
    CHECK(network.domain(opdracht.domain)->name == "Welzijn");
    CHECK(network.relations()[1].type == RelationType::Funds);
    CHECK(network.relations()[1].attributes.at("label") == "subsidie 2015");
    CHECK(network.relations()[2].type == RelationType::Informs);
    CHECK(hasLine(imported.report.mapped, "edge attribute \"kind\" → relation type (2 relations)"));
    CHECK(hasLine(imported.report.mapped, "edge attribute \"Domein\" → relation domain (2 relations)"));
    CHECK(hasLine(imported.report.notes, "node shapes and edge colours, thicknesses and shapes are not read"));
}

TEST_CASE("every example survives GEXF: write, read, and the network is the same for what GEXF carries")
{
    test::roundTripExamples(writeGexf, parseGexf,
                            [](const Snapshot& snapshot, const Imported& imported, const std::string&) {
                                CHECK(imported.report.format == "GEXF 1.3");
                                // GEXF has no graph-level attributes: a domain no relation or role names and a group
                                // without members are lost. Decisions are not carried; domain, role and group ids are
                                // renumbered. The rest comes back.
                                const Snapshot& back = imported.project.snapshots[0];
                                CHECK(test::carried(back.network, true) == test::carried(snapshot.network, true));
                                // Nor does GEXF carry the order of groups and domains (each actor lists its groups,
                                // each relation its domain), so the first re-export may list them in order of first
                                // use; from then on it is byte-stable.
                                const std::string again = writeGexf(back, {});
                                CHECK(writeGexf(parseGexf(again, "again.gexf").project.snapshots[0], {}) == again);
                            });
}

TEST_CASE("GEXF export: kind colour, size and position in viz, strength as weight, measures as attributes")
{
    Snapshot snapshot;
    snapshot.name = "Proef";
    snapshot.date = "2015-06-01";
    Actor actor;
    actor.name = "Gemeente Delft";
    actor.kind = ActorKind::Municipality;
    actor.position = Point{12.5, 40};
    const Id id = snapshot.network.addActor(actor);
    Relation relation;
    relation.source = id;
    relation.target = id;
    relation.strength = 4;
    snapshot.network.addRelation(relation);
    ExportAnnotations annotations;
    annotations.kindColours[ActorKind::Municipality] = "#80b1d3";
    annotations.measures.push_back({"pagerank", {{id, 1.0}}});
    const std::string text = writeGexf(snapshot, annotations);
    CHECK(text.find(R"(<meta lastmodifieddate="2015-06-01">)") != std::string::npos);
    CHECK(text.find(R"(<keywords>Proef</keywords>)") != std::string::npos);
    CHECK(text.find(R"(<viz:position x="12.5" y="-40" z="0" />)") != std::string::npos);
    CHECK(text.find(R"(<viz:color r="128" g="177" b="211" />)") != std::string::npos);
    CHECK(text.find(R"(<viz:size value="10" />)") != std::string::npos);
    CHECK(text.find(R"(weight="4")") != std::string::npos);
    CHECK(text.find(R"(<attribute id="m0" title="pagerank" type="double" />)") != std::string::npos);
    CHECK(text.find(R"(<attvalue for="m0" value="1" />)") != std::string::npos);
    const Imported imported = parseGexf(text, "proef.gexf");
    CHECK(imported.project.snapshots[0].network.actors()[0].attributes.empty());
    CHECK(imported.project.snapshots[0].network.actors()[0].position == Point{12.5, 40});
    CHECK(imported.project.snapshots[0].network.relations()[0].strength == 4);
    CHECK(hasLine(imported.report.notes, "node attribute \"pagerank\" is a measure Speelveld wrote; not kept"));
}

TEST_CASE("GEXF hierarchies (nested nodes and pid) become groups; dynamic values keep the first")
{
    const std::string text =
        gexf(R"(<attributes class="node" mode="dynamic"><attribute id="0" title="soort" type="string"/></attributes>
<nodes>
<node id="r" label="Regio"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes></node>
<node id="c" label="C" pid="r"><attvalues><attvalue for="0" value="gemeente" start="2010"/><attvalue for="0" value="regio" start="2015"/></attvalues></node>
</nodes>)");
    const Imported imported = parseGexf(text, "hier.gexf");
    const Network& network = imported.project.snapshots[0].network;
    CHECK(network.actors().size() == 3);
    REQUIRE(network.groups().size() == 1);
    CHECK(network.groups()[0].name == "Regio");
    CHECK(network.groups()[0].members.size() == 3);
    CHECK(actorNamed(network, "C")->kind == ActorKind::Municipality);
    CHECK(hasLine(imported.report.notes, "1 later values of time-dependent attributes not kept"));
}

TEST_CASE("bad and hostile GEXF gives one clear message with the file and the place")
{
    SUBCASE("a value for an attribute that is not declared")
    {
        CHECK(gexfError(gexf("<nodes>\n<node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node>"
                             "\n</nodes>")) ==
              "bad.gexf: line 5, column 25: the value is for the attribute \"9\", which is not declared. Declare it "
              "under <attributes class=\"node\">, or remove the value");
    }
    SUBCASE("an edge to a node that is not there")
    {
        CHECK(gexfError(gexf("<nodes><node id=\"a\"/></nodes>\n<edges><edge source=\"a\" target=\"z\"/></edges>")) ==
              "bad.gexf: line 5, column 8: the edge refers to the node \"z\", which is not in the file. Add the node "
              "or correct the edge's source and target");
    }
    SUBCASE("not GEXF") { CHECK(gexfError("<graphml/>").find("this is not a GEXF file") != std::string::npos); }
    SUBCASE("entities")
    {
        CHECK(gexfError("<!DOCTYPE gexf [<!ENTITY e \"x\">]><gexf/>").find("declares entities") != std::string::npos);
    }
    SUBCASE("a pid cycle")
    {
        CHECK(gexfError(gexf("<nodes><node id=\"a\" pid=\"b\"/><node id=\"b\" pid=\"a\"/></nodes>"))
                  .find("(or a node is inside itself)") != std::string::npos);
    }
}

TEST_CASE("NetworkX reads an exported GEXF 1.3 file: counts and an attribute")
{
    const Snapshot snapshot = readJsonProject(test::dataFile("inburgering.json")).snapshots.at(0);
    ExportAnnotations annotations;
    annotations.kindColours[ActorKind::Municipality] = "#80b1d3";
    // NetworkX 2.8 knows GEXF 1.1draft and 1.2draft only; 1.3 has the same elements under a new namespace.
    test::checkNetworkxReads(snapshot, writeGexf(snapshot, annotations), "inburgering.gexf",
                             "from networkx.readwrite.gexf import GEXF\n"
                             "GEXF.versions['1.3'] = dict(GEXF.versions['1.2draft'], NS_GEXF='http://gexf.net/1.3',\n"
                             "    NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')\n"
                             "g = nx.read_gexf(sys.argv[1], version='1.3')");
}

TEST_CASE("hostile GEXF is refused with the place, never expanded, never a crash")
{
    const std::string nodes = "<nodes><node id=\"1\" label=\"&x;\"/></nodes>";
    SUBCASE("billion laughs, quadratic blow-up and an external entity: a DOCTYPE with entities is refused")
    {
        CHECK(gexfError(test::billionLaughs("gexf", gexf(nodes)))
                  .find("bad.gexf: line 2, column 1: the file declares entities in its DOCTYPE") == 0);
        CHECK(gexfError(test::quadraticBlowup("gexf", "<gexf><graph><nodes><node id=\"1\" label=\"",
                                              "\"/></nodes>"
                                              "</graph></gexf>"))
                  .find("bad.gexf: line 1, column 1: the file declares entities in its DOCTYPE") == 0);
        CHECK(gexfError("<!DOCTYPE gexf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + gexf(nodes))
                  .find("the file declares entities in its DOCTYPE") != std::string::npos);
    }
    SUBCASE("invalid UTF-8, a NUL byte, a character reference to NUL")
    {
        CHECK(gexfError(gexf("<nodes><node id=\"caf\xE9\"/></nodes>"))
                  .find("bad.gexf: line 4, column 21: the file is not valid UTF-8 text here") == 0);
        CHECK(gexfError(gexf(std::string("<nodes><node id=\"a\0\"/></nodes>", 29)))
                  .find("bad.gexf: line 4, column 19: the file contains a NUL byte") == 0);
        CHECK(gexfError(gexf("<nodes><node id=\"a&#0;\"/></nodes>"))
                  .find("the character reference &#0; names a character XML does not allow") != std::string::npos);
    }
    SUBCASE("200,000 attributes on one element are refused after the first 1,000")
    {
        CHECK(gexfError(gexf("<nodes><node id=\"a\"" + test::manyAttributes(200'000) + "/></nodes>"))
                  .find("bad.gexf: line 4, column 8: the element <node> has more than 1000 attributes") == 0);
    }
    SUBCASE("an attribute value or a text over 1 MiB")
    {
        CHECK(gexfError(gexf("<nodes><node id=\"a\" label=\"" + std::string(kMaxAttributeValueBytes + 1, 'x') +
                             "\"/></nodes>"))
                  .find("the attribute \"label\" is longer than the limit of 1 MiB") != std::string::npos);
        CHECK(gexfError(
                  gexf("<nodes><node id=\"a\"/></nodes><x>" + std::string(kMaxAttributeValueBytes + 1, 'x') + "</x>"))
                  .find("longer than the limit of 1 MiB") != std::string::npos);
    }
    SUBCASE("300,000 nested elements are walked without recursion")
    {
        std::string deep;
        for (int i = 0; i < 300'000; ++i) {
            deep += "<x>";
        }
        for (int i = 0; i < 300'000; ++i) {
            deep += "</x>";
        }
        CHECK(parseGexf(gexf("<nodes><node id=\"1\">" + deep + "</node></nodes>"), "deep.gexf")
                  .project.snapshots[0]
                  .network.actors()
                  .size() == 1);
    }
    SUBCASE("nodes nested deeper than the group limit, and a node that is its own parent")
    {
        std::string nested;
        for (int i = 0; i < 1000; ++i) {
            nested += "<node id=\"g" + std::to_string(i) + "\"><nodes>";
        }
        nested += "<node id=\"leaf\"/>";
        for (int i = 0; i < 1000; ++i) {
            nested += "</nodes></node>";
        }
        CHECK(gexfError(gexf("<nodes>" + nested + "</nodes>")).find("groups are nested more than 100 levels deep") !=
              std::string::npos);
        CHECK(gexfError(gexf("<nodes><node id=\"a\" pid=\"a\"/></nodes>")).find("(or a node is inside itself)") !=
              std::string::npos);
    }
    SUBCASE("duplicate node ids, an edge to nowhere, and a self-loop, which is kept")
    {
        CHECK(gexfError(gexf("<nodes>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</nodes>"))
                  .find("bad.gexf: line 6, column 1: the node id \"a\" is used twice") == 0);
        CHECK(gexfError(gexf("<nodes><node id=\"a\"/></nodes><edges><edge source=\"z\" target=\"a\"/></edges>"))
                  .find("refers to the node \"z\", which is not in the file") != std::string::npos);
        const Imported loop = parseGexf(
            gexf("<nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"a\"/></edges>"), "l.gexf");
        REQUIRE(loop.project.snapshots[0].network.relations().size() == 1);
        CHECK(loop.project.snapshots[0].network.relations()[0].source ==
              loop.project.snapshots[0].network.relations()[0].target);
    }
    SUBCASE("a file over the size limit is not read")
    {
        test::TempDir folder;
        const auto big = folder / "big.gexf";
        std::ofstream(big).put(' ');
        std::filesystem::resize_file(big, kMaxImportBytes + 1); // sparse: takes no disk
        CHECK(test::errorOf([&] { readGexf(big); }).find("the file is larger than the limit of 256 MiB") !=
              std::string::npos);
    }
}

TEST_CASE("GEXF names that look like SQL are data: read, saved to a project and loaded back unchanged")
{
    const std::string text =
        gexf("<attributes class=\"node\"><attribute id=\"0\" title=\"" + test::kSqlText +
             "\" type=\"string\"/></attributes>\n<nodes><node id=\"a\" label=\"Robert'); DROP TABLE actors;--\">"
             "<attvalues><attvalue for=\"0\" value=\"" +
             test::kSqlText +
             "\"/></attvalues></node><node id=\"b\" label=\"b\"/></nodes>\n"
             "<edges><edge source=\"a\" target=\"b\" label=\"" +
             test::kSqlText + "\"/></edges>");
    const Project project = parseGexf(text, "sql.gexf").project;
    const Actor* robert = actorNamed(project.snapshots[0].network, test::kSqlName);
    REQUIRE(robert != nullptr);
    CHECK(robert->attributes.at(test::kSqlText) == test::kSqlText);
    test::checkSurvivesProjectFile(project);
}
