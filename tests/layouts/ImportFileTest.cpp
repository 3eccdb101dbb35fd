// What a file is, told by its content: the dispatcher every command and File → Open go through.

#include "layouts/ImportFile.h"
#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace speelveld;

namespace {

std::filesystem::path write(const test::TempDir& dir, const std::string& name, const std::string& text)
{
    const auto file = dir / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

std::string errorOf(const std::filesystem::path& file)
{
    try {
        detectFormat(file);
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("files are told apart by their content, whatever their name")
{
    test::TempDir dir;
    saveProject(readJsonProject(test::dataFile("inburgering.json")), dir / "p.speelveld");
    std::filesystem::copy_file(dir / "p.speelveld", dir / "project.graphml");
    CHECK(detectFormat(dir / "project.graphml") == FileFormat::Project);
    CHECK(detectFormat(test::dataFile("delft.json")) == FileFormat::SpeelveldJson);
    CHECK(detectFormat(write(dir, "a.txt", "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- yEd -->\n<graphml>")) ==
          FileFormat::Graphml);
    CHECK(detectFormat(write(dir, "b.xml", "<?xml version=\"1.0\"?><gexf version=\"1.3\">")) == FileFormat::Gexf);
    CHECK(detectFormat(write(dir, "c.txt", "// made by hand\n/* a map */\n# comment\nstrict digraph g {}")) ==
          FileFormat::Dot);
    CHECK(detectFormat(write(dir, "d", "graph{a--b}")) == FileFormat::Dot);
    CHECK(detectFormat(write(dir, "e.CSV", "Label,Type\nA,gemeente\n")) == FileFormat::KumuCsv);
    // "graphics" starts like "graph" but is not a DOT header.
    CHECK(errorOf(write(dir, "f.dat", "graphics { }")).find("cannot tell what kind of file this is") !=
          std::string::npos);
    CHECK(errorOf(write(dir, "g.xml", "<html><body/></html>")).find("neither GraphML nor GEXF") != std::string::npos);
    CHECK(errorOf(dir / "missing.graphml").find("there is no such file") != std::string::npos);
}

TEST_CASE("a connections file goes only with a CSV elements file, and a project comes through as it is")
{
    test::TempDir dir;
    const auto dot = write(dir, "n.dot", "digraph { a -> b }");
    CHECK_THROWS_WITH_AS(importFile(dot, dir / "connections.csv"),
                         doctest::Contains("a connections file goes with a CSV elements file only"), UserError);
    const Imported json = importFile(test::dataFile("delft.json"));
    CHECK(json.project == readJsonProject(test::dataFile("delft.json")));
    CHECK(json.report.format == "Speelveld JSON");
    CHECK(openAnyFile(dot).snapshots.at(0).network.relations().size() == 1);
}
