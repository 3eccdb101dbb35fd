// Files that name something many times: many columns, one group of everyone, an XML file written on one line
// (RELIABILITY.md, promise 5). Each once took minutes, in time quadratic in the file; now each is read in well
// under a second (fuzz/README.md, "Results"). What is checked here is what they read; their time is not checked
// (speed is measured, not asserted: a bound loose enough for the sanitizer build on a busy machine, 35 s for
// the group, says little), but a quadratic reader would make these cases take minutes again.
#include "core/CsvFormat.h"
#include "core/GraphmlFormat.h"
#include "core/UserError.h"

#include <doctest/doctest.h>

#include <string>

using namespace speelveld;

TEST_CASE("10,000 columns no field knows are each tallied once per row, not looked up among all the others")
{
    // 23 s here when every value searched the list of columns already reported.
    constexpr int kColumns = 10'000;
    std::string elements = "Label";
    for (int c = 0; c < kColumns; ++c) {
        elements += ",c" + std::to_string(c);
    }
    elements += "\n";
    std::string values;
    for (int c = 0; c < kColumns; ++c) {
        values += ",x";
    }
    for (int r = 0; r < 20; ++r) {
        elements += "r" + std::to_string(r) + values + "\n";
    }
    const Imported imported = parseKumuCsv({elements, "wide.csv"}, std::nullopt, {});
    REQUIRE(imported.report.kept.size() == kColumns);
    CHECK(imported.report.kept.front() == "column \"c0\" kept as a free attribute (20 actors)");
    CHECK(imported.report.kept.back() == "column \"c9999\" kept as a free attribute (20 actors)");
}

TEST_CASE("100,000 elements in one group: the group gets every member once, in order")
{
    // 27 s for 40,000 here when every member copied and checked the whole group to join it.
    constexpr int kRows = 100'000;
    std::string elements = "Label,Groups\n";
    for (int r = 0; r < kRows; ++r) {
        elements += "a" + std::to_string(r) + ",Everyone|Everyone\n";
    }
    const Imported imported = parseKumuCsv({elements, "big.csv"}, std::nullopt, {});
    const Network& network = imported.project.snapshots.front().network;
    REQUIRE(network.groups().size() == 1);
    const Group& group = network.groups().front();
    REQUIRE(group.members.size() == kRows);
    for (std::size_t i = 0; i < group.members.size(); ++i) {
        REQUIRE(group.members[i] == network.actors()[i].id);
    }
}

TEST_CASE("a role or group a cell names twice is taken once")
{
    const Imported imported = parseKumuCsv(
        {"Label,Roles,Groups\nA,Wmo: commissioner|Jeugd: funder|Wmo: commissioner,Wijk|Wijk\nB,,Wijk\n", "twice.csv"},
        std::nullopt, {});
    const Network& network = imported.project.snapshots.front().network;
    CHECK(network.roles().size() == 2);
    REQUIRE(network.groups().size() == 1);
    CHECK(network.groups().front().members == std::vector<Id>{network.actors()[0].id, network.actors()[1].id});
}

TEST_CASE("GraphML on one line: the place of each node is found without counting the line from its start")
{
    // 40,000 nodes and 40,000 edges on one line, and a bad edge at the end after a name in two-byte characters:
    // 3 minutes here (2 MB) when every node's and edge's place counted its column from the start of the line.
    constexpr int kCount = 40'000;
    std::string text = R"(<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">)"
                       R"(<graph edgedefault="directed">)";
    for (int i = 0; i < kCount; ++i) {
        text += "<node id=\"n" + std::to_string(i) + "\"/>";
    }
    for (int i = 1; i < kCount; ++i) {
        text += "<edge source=\"n0\" target=\"n" + std::to_string(i) + "\"/>";
    }
    text += "<node id=\"\u00e9\u00e9\"/>";
    std::size_t column = 1;
    for (const char c : text) {
        column += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    text += R"(<edge source="n0" target="missing"/></graph></graphml>)";
    std::string message;
    try {
        parseGraphml(text, "one-line.graphml");
    } catch (const UserError& error) {
        message = error.what();
    }
    CHECK(message.find("one-line.graphml: line 1, column " + std::to_string(column) +
                       ": the edge refers to the node \"missing\"") == 0);
}
