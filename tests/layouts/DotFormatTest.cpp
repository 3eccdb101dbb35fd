// DOT: a hand-written file with subgraphs and HTML labels, round trips of every example, and hostile files
// that the pre-check refuses before Graphviz sees them.
#include "layouts/DotFormat.h"

#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "core/UserError.h"
#include "support/Canonical.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace speelveld;

namespace {

std::string errorOf(const std::string& text, const DotLimits& limits = {})
{
    try {
        parseDot(text, "hostile.dot", limits);
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

// DOT cannot carry: decisions, domains no relation or role names, the ids of domains and roles, the order of
// roles, and the order of a group's members (Graphviz keeps a subgraph's nodes in the order they were first
// written anywhere). Everything else comes back, group ids included.
constexpr test::NotCarried kDotLoses{false, true, false};

} // namespace

TEST_CASE("a DOT file with a cluster, a plain subgraph, HTML labels and an edge set")
{
    const Imported imported = readDot(std::filesystem::path(SPEELVELD_FIXTURES_DIR) / "interop" / "netwerk.dot");
    REQUIRE(imported.project.snapshots.size() == 1);
    const Snapshot& snapshot = imported.project.snapshots.front();
    CHECK(snapshot.name == "Delft 2015");
    const Network& network = snapshot.network;
    REQUIRE(network.actors().size() == 6);

    const Actor* gemeente = test::actorNamed(network, "Gemeente Delft"); // <b>Gemeente</b><br/>Delft
    REQUIRE(gemeente != nullptr);
    CHECK(gemeente->kind == ActorKind::Municipality);
    CHECK(gemeente->attributes.at("budget") == "12 mln");
    CHECK(gemeente->attributes.at("shape") == "box"); // a default of the file's own is kept too
    CHECK(gemeente->attributes.at("dot_node") == "gemeente");
    CHECK(test::actorNamed(network, "Kwadraad")->kind == ActorKind::Provider);
    CHECK(test::actorNamed(network, "MEE Zuid-Holland Noord")->position == Point{100, -200});
    CHECK(test::actorNamed(network, "Toegang Delft")->kind == ActorKind::AccessTeam);

    REQUIRE(network.relations().size() == 5);
    const Relation& opdracht = network.relations()[0];
    CHECK(opdracht.type == RelationType::Commissions);
    CHECK(opdracht.strength == 5);
    CHECK(network.domain(opdracht.domain)->name == "Welzijn");
    CHECK(opdracht.attributes.at("label") == "Prestatiesubsidie");
    CHECK(network.relations()[1].type == RelationType::Supervises);
    CHECK(network.relations()[2].type == RelationType::CollaboratesWith);
    CHECK(network.relations()[3].target == test::actorNamed(network, "MEE Zuid-Holland Noord")->id);
    CHECK(network.relations()[4].attributes.at("weight") == "2");

    REQUIRE(network.groups().size() == 2);
    const Group& dve = network.groups()[0];
    CHECK(dve.name == "Delft voor Elkaar & partners");
    CHECK(dve.members.size() == 3);
    CHECK(network.groups()[1].name == "wijk");
    CHECK(network.groups()[1].members == std::vector<Id>{test::actorNamed(network, "Toegang Delft")->id});

    const ImportReport& report = imported.report;
    CHECK(report.format == "DOT");
    CHECK(test::anyLineHas(report.mapped, "node attribute \"label\" → actor name (6 actors)"));
    CHECK(test::anyLineHas(report.mapped, "edge attribute \"type\" → relation type (5 relations)"));
    CHECK(test::anyLineHas(report.kept, "node attribute \"budget\" kept as a free attribute (1 actor)"));
    CHECK(test::anyLineHas(report.notes, "Graph attributes not read (a project has no place for them): rankdir."));
    CHECK(test::anyLineHas(report.notes, "Subgraph attributes not read (a group has only a name): style."));
    CHECK(test::anyLineHas(report.notes, "2 HTML labels were reduced to their text."));
    CHECK(test::anyLineHas(report.notes, "1 subgraph without a name ({ ... }) not read as groups"));
}

TEST_CASE("every example goes to DOT and back: the same network, for what the format carries")
{
    for (const auto& file : test::examples()) {
        const Project project = readJsonProject(file);
        for (const auto& snapshot : project.snapshots) {
            CAPTURE(snapshot.name);
            const std::string dot = writeDot(snapshot, {});
            const Imported back = parseDot(dot, "back.dot");
            const Snapshot& read = back.project.snapshots.front();
            CHECK(read.name == snapshot.name);
            CHECK(test::canonical(read.network, kDotLoses) == test::canonical(snapshot.network, kDotLoses));
            // Byte-stable: written again, the same text.
            CHECK(writeDot(read, {}) == dot);
        }
    }
}

TEST_CASE("DOT writes positions in points with y up, pins, colours and clusters")
{
    Snapshot snapshot;
    snapshot.name = "Kaart \"2025\"";
    Network& network = snapshot.network;
    Actor a;
    a.name = "Gemeente \"A\"";
    a.kind = ActorKind::Municipality;
    a.position = Point{10.5, 20};
    a.pinned = true;
    a.attributes = {{"pos", "not a position"},
                    {"label", "an attribute"},
                    {"pad", "C:\\map\\"},
                    {"escapes", "a\\\"b \\\\\" c\\d \\\\"},
                    {"pairs", "x\\\\y"}};
    const Id first = network.addActor(a);
    const Id second = network.addActor({0, ActorKind::Provider, "B\\\nC", "", {}, {}, {}, false});
    network.addRelation({0, first, second, RelationType::CollaboratesWith, 0, 2, 0, {}, {}, {}, "", "", "", {}});
    network.addGroup({0, "Regio", {second, first}});
    ExportAnnotations annotations;
    annotations.kindColours[ActorKind::Municipality] = "#80b1d3";
    annotations.relationColours[RelationType::CollaboratesWith] = "#0b4f9c";
    annotations.measures.push_back({"betweenness", {{first, 0.5}}});

    const std::string dot = writeDot(snapshot, annotations);
    CHECK(dot.rfind("digraph \"Kaart \\\"2025\\\"\" {\n  inputscale=72;\n  node [style=filled];\n", 0) == 0);
    CHECK(dot.find("pos=\"10.5,-20!\", pin=\"true\", fillcolor=\"#80b1d3\"") != std::string::npos);
    CHECK(dot.find("\"attribute:pos\"=\"not a position\"") != std::string::npos);
    CHECK(dot.find("betweenness=\"0.5\"") != std::string::npos);
    CHECK(dot.find("dir=\"none\", color=\"#0b4f9c\"") != std::string::npos);
    CHECK(dot.find("subgraph cluster_4 {\n    label=\"Regio\";\n    \"1\";\n    \"2\";\n  }") != std::string::npos);
    CHECK(dot.find("pad=<C:\\map\\>") != std::string::npos); // DOT cannot end a quoted text with a backslash

    const Imported back = parseDot(dot, "kaart.dot");
    const Network& read = back.project.snapshots.front().network;
    const Actor& actor = read.actors().front();
    CHECK(actor.name == "Gemeente \"A\"");
    CHECK(actor.position == Point{10.5, 20});
    CHECK(actor.pinned);
    CHECK(actor.attributes.at("pos") == "not a position");
    CHECK(actor.attributes.at("label") == "an attribute");
    CHECK(actor.attributes.at("pad") == "C:\\map\\");
    CHECK(actor.attributes.at("escapes") == "a\\\"b \\\\\" c\\d \\\\");
    CHECK(actor.attributes.at("pairs") == "x\\\\y");
    CHECK(dot.find("pairs=\"x\\\\y\"") != std::string::npos); // a backslash pair needs no HTML
    // What the colours and measures add is not read back (Speelveld colours by kind and computes the measures),
    // and the report says so.
    CHECK(actor.attributes.count("fillcolor") == 0);
    CHECK(actor.attributes.count("betweenness") == 0);
    const auto noted = [&back](const std::string& text) {
        return std::any_of(back.report.notes.begin(), back.report.notes.end(),
                           [&text](const std::string& note) { return note.find(text) != std::string::npos; });
    };
    CHECK(noted("node attribute \"betweenness\" is not kept: a measure Speelveld computes again"));
    CHECK(noted("node attribute \"fillcolor\" is not kept: how the map was drawn"));
    CHECK(noted("edge attribute \"color\" is not kept"));
    CHECK(read.actors()[1].name == "B\\\nC");
    CHECK(read.relations().front().type == RelationType::CollaboratesWith);
    CHECK(read.relations().front().attributes.count("color") == 0);
}

TEST_CASE("an undirected DOT graph: edges without a type collaborate")
{
    const Imported imported = parseDot("graph { a -- b; b -- c [type=funds] }", "plain.dot");
    const Network& network = imported.project.snapshots.front().network;
    CHECK(imported.project.snapshots.front().name == "plain");
    REQUIRE(network.relations().size() == 2);
    CHECK(network.relations()[0].type == RelationType::CollaboratesWith);
    CHECK(network.relations()[1].type == RelationType::Funds);
    CHECK(network.actors()[0].name == "a");
    CHECK(test::anyLineHas(imported.report.notes, "The graph is undirected"));
}

TEST_CASE("DOT that Graphviz cannot parse is one message with the line")
{
    CHECK(errorOf("digraph {\n a -> b;\n c -> -> d\n}\n")
              .find("hostile.dot: line 3: this is not valid DOT "
                    "(Graphviz says: ") == 0);
    // Graphviz keeps no broken state behind: the next file reads.
    CHECK(errorOf("digraph { a -> b }") == "(no error)");
    CHECK(errorOf("").find("hostile.dot") == 0);
}

TEST_CASE("hostile DOT is refused before Graphviz sees it")
{
    SUBCASE("an edge between two sets of 1,000 nodes would make a million edges")
    {
        std::string left, right;
        for (int i = 0; i < 1000; ++i) {
            left += " a" + std::to_string(i);
            right += " b" + std::to_string(i);
        }
        const std::string dot = "digraph {\n{" + left + "} -> {" + right + "}\n}\n";
        CHECK(dot.size() < 12'000);
        CHECK(errorOf(dot) == "hostile.dot: line 2: the edges up to here make more than 500000 relations, the limit "
                              "(an edge between two { } sets joins every member of one with every member of the "
                              "other). Write the edges one by one, or import a smaller network");
        // Nested and chained sets count too: {a {b c}} -> x -> {d e f}.
        DotLimits small;
        small.maxEdges = 5;
        CHECK(errorOf("digraph { {a {b c}} -> x -> {d e f} }", small).find("more than 5 relations") !=
              std::string::npos);
        small.maxEdges = 6;
        CHECK(errorOf("digraph { {a {b c}} -> x -> {d e f} }", small) == "(no error)");
    }
    SUBCASE("bytes that are not UTF-8 (cgraph's lexer would ask for a GiB)")
    {
        const std::string dot = "digraph {\n a -> b [label=\"\xFF\xFF\xFF\"]\n}\n";
        CHECK(errorOf(dot) == "hostile.dot: line 2: the file is not text in UTF-8. Save the DOT file as UTF-8 text");
        CHECK(errorOf(std::string("digraph { a\0 }", 14)).find("line 1: the file holds a NUL byte") !=
              std::string::npos);
    }
    SUBCASE("one very long name (quadratic in cgraph)")
    {
        const std::string dot = "digraph {\n\n" + std::string(4 * 1024 * 1024, 'x') + " -> b }";
        CHECK(errorOf(dot) == "hostile.dot: line 3: a name or text is longer than the limit of 65536 bytes. Shorten "
                              "it; Graphviz reads very long names slowly");
        const std::string joined =
            "digraph { a [label=\"" + std::string(40'000, 'y') + "\" + \"" + std::string(40'000, 'z') + "\"] }";
        CHECK(errorOf(joined).find("longer than the limit") != std::string::npos);
        CHECK(errorOf("digraph { a [label=<" + std::string(70'000, 'h') + ">] }").find("longer than the limit") !=
              std::string::npos);
    }
    SUBCASE("too many nodes, too deep, too large")
    {
        DotLimits small;
        small.maxNodes = 3;
        CHECK(errorOf("digraph { a; b; c; a -> b; d }", small).find("line 1: the file has more than 3 nodes") !=
              std::string::npos);
        small = {};
        small.maxDepth = 10;
        CHECK(errorOf("digraph " + std::string(20, '{') + std::string(20, '}'), small)
                  .find("{ } are nested deeper than 10") != std::string::npos);
        small = {};
        small.maxBytes = 10;
        CHECK(errorOf("digraph { a -> b }", small).find("larger than the limit") != std::string::npos);
    }
    SUBCASE("what looks like a node but is not: attributes, ports, keywords, comments")
    {
        DotLimits small;
        small.maxNodes = 2;
        CHECK(errorOf("strict digraph G {\n // c d e\n /* f g */\n# h i\n graph [rankdir=LR]; node [shape=box];"
                      " size=\"4,4\"; subgraph s { a:p:n } -> b\n}",
                      small) == "(no error)");
    }
}

TEST_CASE("more hostile DOT: deep braces, 200,000 attributes, many attribute names on many nodes")
{
    SUBCASE("300,000 nested { } stop at the depth limit")
    {
        CHECK(errorOf("digraph " + std::string(300'000, '{') + std::string(300'000, '}')) ==
              "hostile.dot: line 1: { } are nested deeper than 1000. Simplify the subgraphs");
    }
    SUBCASE("200,000 attributes on one node (quadratic in cgraph: 20,000 took 5.5 s) stop at 1,000 names")
    {
        std::string attributes;
        for (int i = 0; i < 200'000; ++i) {
            attributes += (i == 0 ? "k" : ",k") + std::to_string(i) + "=1";
        }
        CHECK(errorOf("digraph {\n a [" + attributes + "]\n}") ==
              "hostile.dot: line 2: the file names more than 1000 different attributes, the limit. Keep the "
              "attributes you need; Graphviz slows down with every name");
        DotLimits small;
        small.maxAttributeNames = 2;
        CHECK(errorOf("digraph { rankdir=LR; a [x=1] }", small) == "(no error)");
        CHECK(errorOf("digraph { rankdir=LR; a [x=1, y=2] }", small).find("more than 2 different attributes") !=
              std::string::npos);
    }
    SUBCASE("attribute names times nodes and edges: the room cgraph would keep for them")
    {
        DotLimits small;
        small.maxAttributeSlots = 8;
        CHECK(errorOf("digraph { a [x=1]; b [y=2]; a -> b; c }", small) == "(no error)"); // 2 names × (3 + 1)
        CHECK(errorOf("digraph { a [x=1]; b [y=2]; a -> b; c; d }", small) ==
              "hostile.dot: the file has 4 nodes, 1 edges and 2 attribute names; Graphviz would keep a place for "
              "every name on every node and edge, more than the limit of 8. Keep fewer attributes, or import a "
              "smaller network");
    }
}

TEST_CASE("DOT duplicates, self-loops and nested clusters are read as Graphviz reads them")
{
    // A node written twice is one node (its last label counts); an edge to a node never declared declares it;
    // a self-loop is kept; a cluster inside a cluster of the same name is a group inside a group.
    const Imported imported = parseDot(
        "digraph { 1 [label=A]; 1 [label=B]; 1 -> 2; 2 -> 2; subgraph cluster_1 { subgraph cluster_1 { 1 } } }",
        "dup.dot");
    const Network& network = imported.project.snapshots[0].network;
    REQUIRE(network.actors().size() == 2);
    CHECK(network.actor(1)->name == "B");
    REQUIRE(network.relations().size() == 2);
    CHECK(network.relations()[1].source == network.relations()[1].target);
    CHECK(network.groups().size() == 2);
}

TEST_CASE("DOT names that look like SQL are data: read, saved to a project and loaded back unchanged")
{
    const std::string sql = "Robert'); DROP TABLE actors;--";
    const Project project =
        parseDot("digraph { a [label=\"" + sql + "\", \"x' OR '1'='1\"=\"1; DROP TABLE groups\"]; a -> b [note=\"" +
                     sql + "\"] }",
                 "sql.dot")
            .project;
    const Network& network = project.snapshots[0].network;
    const auto robert = std::find_if(network.actors().begin(), network.actors().end(),
                                     [&](const Actor& actor) { return actor.name == sql; });
    REQUIRE(robert != network.actors().end());
    CHECK(robert->attributes.at("x' OR '1'='1") == "1; DROP TABLE groups");
    CHECK(network.relations().at(0).note == sql);
    test::TempDir dir;
    saveProject(project, dir / "sql.speelveld");
    CHECK(loadProject(dir / "sql.speelveld") == project);
}
