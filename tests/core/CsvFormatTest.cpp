// Kumu-style CSV: reading a spreadsheet pair, round trips of every example, spreadsheet safety, bad files.
#include "core/CsvFormat.h"
#include "HostileSupport.h"
#include "core/CsvCell.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "support/Canonical.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace speelveld;

namespace {

std::filesystem::path fixture(const std::string& name)
{
    return std::filesystem::path(SPEELVELD_FIXTURES_DIR) / "interop" / name;
}

/// The message of the UserError reading these texts throws.
std::string errorOf(const std::string& elements, const std::optional<std::string>& connections = std::nullopt,
                    const std::string& mapping = "", const CsvLimits& limits = {})
{
    try {
        std::optional<CsvText> second;
        if (connections) {
            second = CsvText{*connections, "connections.csv"};
        }
        parseKumuCsv({elements, "elements.csv"}, second, parseColumnMapping(mapping), limits);
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

Network roundTrip(const Snapshot& snapshot)
{
    const KumuCsv files = writeKumuCsv(snapshot, {});
    const Imported back = parseKumuCsv({files.elements, "elements.csv"}, CsvText{files.connections, "c.csv"}, {});
    REQUIRE(back.project.snapshots.size() == 1);
    return back.project.snapshots.front().network;
}

} // namespace

TEST_CASE("a cell is quoted where RFC 4180 needs it and neutralised where a spreadsheet would run it")
{
    CHECK(csvCell("Gemeente Delft") == "Gemeente Delft");
    CHECK(csvCell("Bosman, Vos") == "\"Bosman, Vos\"");
    CHECK(csvCell("zegt \"ja\"") == "\"zegt \"\"ja\"\"\"");
    CHECK(csvCell("regel 1\nregel 2") == "\"regel 1\nregel 2\"");
    CHECK(csvCell("a;b", ';') == "\"a;b\"");
    CHECK(csvCell("=1+2") == "'=1+2");
    CHECK(csvCell("+31 15") == "'+31 15");
    CHECK(csvCell("-12.5") == "'-12.5");
    CHECK(csvCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvCell("\tx") == "'\tx");
    CHECK(csvCell("\rx") == "\"'\rx\"");
    CHECK(csvCell(std::string_view("\0x", 2)) == std::string("'\0x", 3));
    CHECK(csvCell("=HYPERLINK(\"http://x\",\"a,b\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
    // Apostrophes of the text's own are kept: one more is added, and reading takes exactly one away.
    CHECK(csvCell("'=1") == "''=1");
    CHECK(csvCell("'gewoon") == "'gewoon");
    for (const std::string text : {"=1", "'=1", "''-2", "'gewoon", "'", "-", "@", "a=b"}) {
        CAPTURE(text);
        CHECK(csvCellText(csvCell(text)) == text);
    }
}

TEST_CASE("a Kumu pair with a byte-order mark, quoted commas, a line break in a cell and a mapped Dutch heading")
{
    const Imported imported =
        readKumuCsv(fixture("elements.csv"), fixture("connections.csv"), parseColumnMapping("Organisatie=label"));
    REQUIRE(imported.project.snapshots.size() == 1);
    const Network& network = imported.project.snapshots.front().network;
    CHECK(imported.project.snapshots.front().name == "elements");
    REQUIRE(network.actors().size() == 5);

    const Actor* delft = test::actorNamed(network, "Gemeente Delft");
    REQUIRE(delft != nullptr);
    CHECK(delft->kind == ActorKind::Municipality);
    CHECK(delft->description == "Opdrachtgever, en subsidieverstrekker");
    CHECK(delft->tags == std::vector<std::string>{"opdrachtgever", "bestuur"});
    CHECK(delft->attributes.at("Budget") == "12000000");
    CHECK(delft->attributes.at("ID") == "gem-delft"); // a text ID is kept; the actor gets an id of ours
    const Actor* dve = test::actorNamed(network, "Delft voor Elkaar");
    REQUIRE(dve != nullptr);
    CHECK(dve->kind == ActorKind::NetworkOrganisation);
    CHECK(dve->description == "Netwerk van vier partners:\r\nKwadraad, MEE, Participe en SEH");
    CHECK(test::actorNamed(network, "Toegang Delft")->kind == ActorKind::AccessTeam);
    // A kind Speelveld does not know: the default kind, and the value kept under its heading.
    const Actor* evaluator = test::actorNamed(network, "Bosman & Vos");
    CHECK(evaluator->kind == ActorKind::Provider);
    CHECK(evaluator->attributes.at("Type") == "Onderzoeksbureau");
    CHECK(evaluator->description == "Rapport \"Welzijn in de wijken\"");

    REQUIRE(network.relations().size() == 4);
    const Relation& opdracht = network.relations()[0];
    CHECK(opdracht.source == delft->id);
    CHECK(opdracht.target == dve->id);
    CHECK(opdracht.type == RelationType::Commissions);
    CHECK(opdracht.strength == 5);
    CHECK(network.domain(opdracht.domain)->name == "Welzijn");
    CHECK(opdracht.attributes.at("Label") == "Prestatiesubsidie, jaarlijks");
    const Relation& samen = network.relations()[1];
    CHECK(samen.type == RelationType::CollaboratesWith);
    CHECK(samen.strength == 4);
    CHECK(samen.attributes.empty()); // "mutual" agrees with an undirected type: mapped, not kept
    CHECK(network.relations()[2].type == RelationType::RefersTo);
    CHECK(network.domain(network.relations()[2].domain)->name == "Wmo-ondersteuning");
    CHECK(network.relations()[3].target == evaluator->id);
    CHECK(network.domains().size() == 2);

    const ImportReport& report = imported.report;
    CHECK(report.format == "Kumu CSV");
    CHECK(test::anyLineHas(report.mapped, "column \"Organisatie\" → actor name (5 actors)"));
    CHECK(test::anyLineHas(report.mapped, "column \"Type\" → actor kind (4 actors)"));
    CHECK(test::anyLineHas(report.mapped, "column \"Type\" → relation type (4 relations)"));
    CHECK(test::anyLineHas(report.kept, "column \"Budget\" kept as a free attribute (2 actors)"));
    CHECK(test::anyLineHas(report.kept, "column \"ID\" kept as a free attribute (5 actors)"));
    CHECK(test::anyLineHas(report.kept, "column \"Label\" kept as a free attribute (2 relations)"));
    CHECK(test::anyLineHas(report.notes,
                           "column \"Type\": 1 value not understood, the first \"Onderzoeksbureau\" (line 7); "
                           "kept as a free attribute, and the actor got the kind provider."));
}

TEST_CASE("every example goes to Kumu CSV and back: the same network, for what the format carries")
{
    // Kumu CSV cannot carry: decisions, groups, domains no relation or role names, the ids of domains and roles,
    // the order of roles, and anything of the project beyond one snapshot's actors and relations. All else
    // must come back: kinds, names, descriptions, tags, free attributes, positions, pins, roles, every relation
    // field and relation ids.
    for (const auto& file : test::examples()) {
        const Project project = readJsonProject(file);
        for (const auto& snapshot : project.snapshots) {
            CAPTURE(snapshot.name);
            const Network back = roundTrip(snapshot);
            CHECK(test::canonical(back, {true}) == test::canonical(snapshot.network, {true}));
        }
    }
}

TEST_CASE("texts that a spreadsheet or a CSV reader could get wrong come back exactly")
{
    Snapshot snapshot;
    Network& network = snapshot.network;
    // (Not carried: a '|' inside a tag or domain name, and spaces around a tag; Kumu splits cells at '|' and
    // trims the parts.)
    const Id domain = network.addDomain({0, "Jeugd: specialistisch, regio"});
    Actor awkward;
    awkward.name = "=HYPERLINK(\"http://example.org\",\"klik\")";
    awkward.kind = ActorKind::Ministry;
    awkward.description = "regel 1\r\nregel 2, met \"aanhalingstekens\"; en puntkomma";
    awkward.tags = {"-min", "@home", "met spatie"};
    awkward.attributes = {{"type", "kept, not a kind"}, {"attribute:x", "prefix of our own"}, {"Budget", "+31"}};
    awkward.position = Point{-120.25, 0.1};
    awkward.pinned = true;
    const Id a = network.addActor(awkward);
    const Id b = network.addActor({0, ActorKind::Provider, "'=al geneutraliseerd", "", {}, {}, {}, false});
    const Id c = network.addActor({0, ActorKind::Council, "Noord – zuid ✓ مرحبا 🙂", "", {}, {}, {}, false});
    network.addRole({0, a, domain, RoleType::Funder});
    Relation relation;
    relation.source = a;
    relation.target = b;
    relation.type = RelationType::Funds;
    relation.domain = domain;
    relation.trust = 2;
    relation.financing = Financing::PerUnit;
    relation.note = "-5% korting";
    relation.attributes = {{"weight", "0.5"}, {"Description", "is a note heading"}};
    network.addRelation(relation);
    network.addRelation({0, c, b, RelationType::CollaboratesWith, 0, 1, 0, {}, {}, {}, "", "", "", {}});

    const KumuCsv files = writeKumuCsv(snapshot, {});
    CHECK(files.elements.find("\"'=HYPERLINK(") != std::string::npos);
    CHECK(files.elements.find(",'-120.25,") != std::string::npos);
    CHECK(files.connections.find(",'-5% korting") != std::string::npos);
    const Network back = roundTrip(snapshot);
    CHECK(test::canonical(back, {true}) == test::canonical(network, {true}));
}

TEST_CASE("writing is byte-stable: read back and written again gives the same two files")
{
    const Project project = readJsonProject(test::dataFile("delft.json"));
    ExportAnnotations annotations;
    annotations.measures.push_back({"betweenness", {{project.snapshots[1].network.actors()[0].id, 0.25}}});
    const KumuCsv first = writeKumuCsv(project.snapshots[1], {});
    const Imported back = parseKumuCsv({first.elements, "e.csv"}, CsvText{first.connections, "c.csv"}, {});
    const KumuCsv second = writeKumuCsv(back.project.snapshots.front(), {});
    CHECK(second.elements == first.elements);
    CHECK(second.connections == first.connections);
    // The files start with a byte-order mark (so Excel reads UTF-8) and end their lines with CRLF.
    CHECK(first.elements.rfind("\xEF\xBB\xBFID,Label,Type,Description,Tags,Roles,X,Y,Pinned", 0) == 0);
    CHECK(first.connections.find("\r\n") != std::string::npos);
    // Measures are extra columns after the attributes.
    const KumuCsv measured = writeKumuCsv(project.snapshots[1], annotations);
    const std::string header = measured.elements.substr(0, measured.elements.find("\r\n"));
    CHECK(header.substr(header.size() - 12) == ",betweenness");
    CHECK(measured.elements.find(",0.25\r\n") != std::string::npos);
}

TEST_CASE("Dutch Excel: ';' between cells, CRLF, Windows-1252 text and decimal commas")
{
    const std::string elements = "Naam;Soort;X;Y\r\nGemeente Tilburg;Gemeente;12,5;-3\r\nCli\xEBntenraad Tilburg;"
                                 "Cli\xEBntenraad;0;1\r\n";
    const std::string connections = "Van;Naar;Relatie;Sterkte\r\nCli\xEBntenraad Tilburg;Gemeente Tilburg;"
                                    "adviseert;2\r\n";
    const Imported imported = parseKumuCsv({elements, "actoren.csv"}, CsvText{connections, "relaties.csv"}, {});
    const Network& network = imported.project.snapshots.front().network;
    REQUIRE(network.actors().size() == 2);
    CHECK(network.actors()[0].position == Point{12.5, -3});
    CHECK(network.actors()[1].name == "Cliëntenraad Tilburg");
    CHECK(network.actors()[1].kind == ActorKind::ClientCouncil);
    REQUIRE(network.relations().size() == 1);
    CHECK(network.relations()[0].type == RelationType::Advises);
    CHECK(network.relations()[0].strength == 2);
    CHECK(test::anyLineHas(imported.report.notes, "actoren.csv uses ';' between cells"));
    CHECK(test::anyLineHas(imported.report.notes, "actoren.csv is not UTF-8; it was read as Windows-1252"));
}

TEST_CASE("Kumu's own shapes: connections by Label, several targets in one cell, an undirected connection")
{
    const std::string elements = "Label,Type\nA,municipality\nB,provider\nC,provider\n";
    const std::string connections = "From,To,Direction\nA,B|C,directed\nB,C,undirected\n";
    const Imported imported = parseKumuCsv({elements, "e.csv"}, CsvText{connections, "c.csv"}, {});
    const Network& network = imported.project.snapshots.front().network;
    REQUIRE(network.relations().size() == 3);
    CHECK(network.relations()[0].type == RelationType::Informs);
    CHECK(network.relations()[1].target == test::actorNamed(network, "C")->id);
    CHECK(network.relations()[2].type == RelationType::CollaboratesWith);
    CHECK(test::anyLineHas(imported.report.notes, "Relations without a type that Speelveld knows are read as informs"));
}

TEST_CASE("headings and values GraphML and GEXF knew are read in CSV too: one table for every format")
{
    // "Titel", "Groepen", "Gewicht", "sociaal team" and "subsidieert" were words of the GraphML/GEXF table.
    const std::string elements = "Titel,Soort,Groepen\nA,sociaal team,Wijk\nB,gr,Wijk\n";
    const std::string connections = "Van,Naar,Relatie,Gewicht,Geldig vanaf\nA,B,subsidieert,4.0,2015\n";
    const Imported imported = parseKumuCsv({elements, "e.csv"}, CsvText{connections, "c.csv"}, {});
    const Network& network = imported.project.snapshots.front().network;
    REQUIRE(network.actors().size() == 2);
    CHECK(network.actors()[0].name == "A");
    CHECK(network.actors()[0].kind == ActorKind::AccessTeam);
    CHECK(network.actors()[1].kind == ActorKind::RegionalBody);
    REQUIRE(network.groups().size() == 1);
    CHECK(network.groups()[0].name == "Wijk");
    CHECK(network.groups()[0].members == std::vector<Id>{network.actors()[0].id, network.actors()[1].id});
    REQUIRE(network.relations().size() == 1);
    CHECK(network.relations()[0].type == RelationType::Funds);
    CHECK(network.relations()[0].strength == 4);
    CHECK(network.relations()[0].validFrom == "2015");
    CHECK(network.relations()[0].attributes.empty());
}

TEST_CASE("a column mapped to \"attribute\" is kept even when its heading would name a field")
{
    const Imported imported =
        parseKumuCsv({"Label,Type\nA,Persoon\n", "e.csv"}, std::nullopt, parseColumnMapping(" Type = attribute "));
    const Actor& actor = imported.project.snapshots.front().network.actors().front();
    CHECK(actor.kind == ActorKind::Provider);
    CHECK(actor.attributes.at("Type") == "Persoon");
    CHECK(imported.report.notes.empty());
}

TEST_CASE("a second column for the same field is kept, and the report says which was used")
{
    const Imported imported = parseKumuCsv({"Label,Name\nA,Gemeente A\n", "e.csv"}, std::nullopt, {});
    const Actor& actor = imported.project.snapshots.front().network.actors().front();
    CHECK(actor.name == "A");
    CHECK(actor.attributes.at("Name") == "Gemeente A");
    CHECK(test::anyLineHas(imported.report.notes,
                           "column \"Name\" also means the actor name; column \"Label\" was used"));
}

TEST_CASE("a column mapping that is not well formed says which entry and what fields there are")
{
    const auto mappingError = [](const std::string& text) {
        try {
            parseColumnMapping(text);
        } catch (const UserError& error) {
            return std::string(error.what());
        }
        return std::string("(no error)");
    };
    CHECK(mappingError("Naam=label, Soort") ==
          "the column mapping: entry 2 (\"Soort\"): an entry is a heading, '=' and a field. Write it as "
          "\"Naam=label\"");
    CHECK(mappingError("Naam=naam,Kleur=colour")
              .find("entry 2 (\"Kleur=colour\"): \"colour\" is not a field "
                    "Speelveld knows. Use one of: label, type,") != std::string::npos);
    CHECK(mappingError("=label").find("the heading before '=' is empty") != std::string::npos);
    CHECK(mappingError("Naam=label,naam=type").find("the heading \"naam\" is mapped twice") != std::string::npos);
    CHECK(errorOf("Label\nA\n", std::nullopt, "Naam=label") ==
          "the column mapping: \"Naam=label\": no column of elements.csv has the heading \"Naam\". Check the "
          "spelling of the heading (case does not matter)");
}

TEST_CASE("bad files give one message with the file, the line and what to do")
{
    const std::string elements = "Label\nA\nB\n";
    CHECK(errorOf(elements, "From,To\nA,B\nA,Nobody\n") ==
          "connections.csv: line 3: To names \"Nobody\", which is not an element (no ID or Label in elements.csv "
          "is \"Nobody\"). Add the element to the elements file or correct the name");
    CHECK(errorOf(elements, "Start,Eind\nA,B\n").find("connections.csv: line 1: there is no From column") == 0);
    CHECK(errorOf(elements, "Source,Type\nA,B\n").find("connections.csv: line 1: there is no To column") == 0);
    CHECK(errorOf("Label,Type\nA,provider\nB,provider,extra\n") ==
          "elements.csv: line 3: this record has 3 cells, but the heading line has 2. Check for a separator too "
          "many or too few, or a quote that is not closed");
    CHECK(errorOf("Label,Type\nA\n").find("line 2: this record has 1 cells") != std::string::npos);
    CHECK(errorOf("Naam?,Soort\nA,b\n").find("elements.csv: line 1: there is no column with the actors' names") == 0);
    CHECK(errorOf("Label,Description\nA,\"open\nB,x\n")
              .find("elements.csv: line 2: a quoted cell that starts here "
                    "is never closed") == 0);
    CHECK(errorOf("Label,Description\nA,b\"c\n").find("elements.csv: line 2: a quote is in the wrong place") == 0);
    CHECK(errorOf("Label,Type\n,provider\n").find("line 2: this element has no Label") != std::string::npos);
    CHECK(errorOf("ID,Label\n1,A\n1,B\n").find("line 3: the ID \"1\" is used twice (first on line 2)") !=
          std::string::npos);
    CHECK(errorOf("Label,Label\nA,B\n").find("the heading \"Label\" is used for two columns (1 and 2)") !=
          std::string::npos);
    CHECK(errorOf("Label\nA\nA\n", "From,To\nA,A\n").find("From names \"A\", the Label of more than one element") !=
          std::string::npos);
    CHECK(errorOf("").find("elements.csv: the file is empty") == 0);
}

TEST_CASE("a file that is not CSV text is refused with what it is")
{
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CHECK(errorOf(png).find("elements.csv: line 3: the file holds a NUL byte, so it is not a CSV text file") == 0);
    CHECK(errorOf(std::string("\xFF\xFEL\0a\0", 6)).find("the file is UTF-16 text") != std::string::npos);
    CHECK(errorOf("Label\n\x81\x8D\n").find("elements.csv: line 2: the file is not text in UTF-8") == 0);
    CHECK(errorOf("{\"speelveld\": 1}\n").find("elements.csv: line 1: a quote is in the wrong place") == 0);
    CHECK(errorOf("<svg width=10>\n</svg>\n").find("there is no column with the actors' names") != std::string::npos);
}

TEST_CASE("the record and size limits refuse a file before it fills memory")
{
    // The documented limit is 1,000,000 records per file; a smaller limit proves the same code path.
    CsvLimits limits;
    limits.maxRows = 1000;
    std::string elements = "Label\n";
    for (int i = 0; i <= 1000; ++i) {
        elements += "actor " + std::to_string(i) + "\n";
    }
    CHECK(errorOf(elements, std::nullopt, "", limits) ==
          "elements.csv: line 1002: the file has more than 1000 records, the limit. Split the file or import a "
          "smaller network");
    limits.maxRows = 1001;
    CHECK(errorOf(elements, std::nullopt, "", limits) == "(no error)");
    limits.maxBytes = 100;
    CHECK(errorOf(elements, std::nullopt, "", limits).find("larger than the limit of 100 bytes") != std::string::npos);
    limits = {};
    limits.maxCellBytes = 8;
    CHECK(errorOf("Label\n\"a long name\"\n", std::nullopt, "", limits)
              .find("line 2: a cell is longer than the "
                    "limit of 8 bytes") != std::string::npos);
    CHECK(CsvLimits{}.maxRows == 1'000'000);
}

TEST_CASE("a file that cannot be read names itself")
{
    const test::TempDir dir;
    try {
        readKumuCsv(dir / "missing.csv", std::nullopt, {});
        FAIL("no error");
    } catch (const UserError& error) {
        CHECK(std::string(error.what()).find("missing.csv: cannot read the file") != std::string::npos);
    }
}

TEST_CASE("a million-row CSV file: 1,000,001 records are refused by the record limit")
{
    // Written to disk as a user would give it: 1,000,001 elements, about 17 MB.
    const test::TempDir dir;
    const auto file = dir / "million.csv";
    {
        std::ofstream out(file, std::ios::binary);
        out << "ID,Label,Type\n";
        for (int i = 1; i <= 1'000'001; ++i) {
            out << i << ",Actor " << i << ",provider\n";
        }
    }
    std::string message = "(no error)";
    try {
        readKumuCsv(file, std::nullopt, {});
    } catch (const UserError& error) {
        message = error.what();
    }
    CHECK(message ==
          file.string() +
              ": line 1000002: the file has more than 1000000 records, the limit. Split the file or import a smaller "
              "network");
    // Refused at the record past the limit, before a network is built: this test took 6 s and 520 MB here
    // (writing the file included). Not a timed check: speed is measured in bench/, not asserted under load.
}

TEST_CASE("more hostile CSV: a cell over 1 MiB, 200,000 columns, a self-loop, a connection to nothing")
{
    CHECK(errorOf("Label,Description\nA," + std::string(1024 * 1024 + 1, 'x') + "\n") ==
          "elements.csv: line 2: a cell is longer than the limit of 1048576 bytes. Shorten it, or check that every "
          "quote in the file is closed");
    std::string wide = "Label";
    std::string row = "A";
    for (int i = 0; i < 200'000; ++i) {
        wide += ",c" + std::to_string(i);
        row += ",";
    }
    // Every empty cell adds nothing: the 200,000 columns are read in linear time and keep nothing.
    CHECK(errorOf(wide + "\n" + row + "\n") == "(no error)");
    const Imported loop = parseKumuCsv({"Label\nA\n", "e.csv"}, CsvText{"From,To\nA,A\n", "c.csv"}, {});
    REQUIRE(loop.project.snapshots[0].network.relations().size() == 1);
    CHECK(loop.project.snapshots[0].network.relations()[0].source ==
          loop.project.snapshots[0].network.relations()[0].target);
    CHECK(errorOf("Label\nA\n", "From,To\nA,\n").find("connections.csv: line 2:") == 0);

    const test::TempDir dir;
    const auto big = dir / "big.csv";
    std::ofstream(big).put('L');
    std::filesystem::resize_file(big, CsvLimits{}.maxBytes + 1); // sparse: takes no disk
    try {
        readKumuCsv(big, std::nullopt, {});
        FAIL("no error");
    } catch (const UserError& error) {
        CHECK(std::string(error.what()).find("the file is larger than the limit of 256 MiB") != std::string::npos);
    }
}

TEST_CASE("CSV names that look like SQL are data: read, saved to a project and loaded back unchanged")
{
    const std::string elements =
        "ID,Label,\"" + test::kSqlText + "\"\n1,\"" + test::kSqlName + "\",\"" + test::kSqlText + "\"\n2,B,\n";
    const Imported imported =
        parseKumuCsv({elements, "sql.csv"}, CsvText{"From,To,Note\n1,2,\"" + test::kSqlText + "\"\n", "c.csv"}, {});
    const Network& network = imported.project.snapshots[0].network;
    REQUIRE(network.actor(1) != nullptr);
    CHECK(network.actor(1)->name == test::kSqlName);
    CHECK(network.actor(1)->attributes.at(test::kSqlText) == test::kSqlText);
    CHECK(network.relations().at(0).note == test::kSqlText);
    test::checkSurvivesProjectFile(imported.project);
}
