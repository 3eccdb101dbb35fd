// Every file Speelveld writes for the user is replaced whole or not at all (RELIABILITY.md, promises 2 and 6):
// the map (SVG, PDF, PNG), the report, the workbook and every data format, and the helper they share. A full
// disk is made on demand (FileSizeLimit); an export that fails leaves the earlier file byte for byte, the same
// file (inode), and nothing else in the folder.

#include "gui/AtomicWrite.h"
#include "WindowSupport.h"
#include "core/JsonFormat.h"
#include "core/UserError.h"
#include "gui/DataExport.h"
#include "gui/MapExporter.h"
#include "gui/MetricsXlsx.h"
#include "gui/ReportWriter.h"
#include "support/FileSizeLimit.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <QFile>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sys/stat.h>

using namespace speelveld;
using namespace speelveld::gui;

namespace {

using test::qpath;

/// One way the program writes a user's file.
struct Writer {
    std::string name;
    std::string file; ///< the target's name
    QByteArray magic; ///< how a whole file of this kind starts
    std::function<void(const QString& path)> write;
};

std::vector<Writer> writers()
{
    static const Project project = readJsonProject(test::dataFile("delft.json"));
    static const Snapshot& snapshot = project.snapshots.at(project.current);
    static const MetricsResult metrics = computeMetrics(snapshot.network, MetricsOptions{});
    const auto map = [](ExportFormat format) {
        return [format](const QString& path) {
            ExportOptions options;
            options.format = format;
            exportSnapshot(snapshot, std::nullopt, path, options);
        };
    };
    const auto data = [](DataFormat format) {
        return [format](const QString& path) { exportData(project, snapshot, format, path, metrics); };
    };
    return {
        {"map as SVG", "map.svg", "<?xml", map(ExportFormat::Svg)},
        {"map as PDF", "map.pdf", "%PDF", map(ExportFormat::Pdf)},
        {"map as PNG", "map.png", "\x89PNG", map(ExportFormat::Png)},
        {"report", "report.pdf", "%PDF",
         [](const QString& path) { writeSnapshotReport(project, snapshot, std::nullopt, {}, path); }},
        {"workbook", "metrics.xlsx", "PK",
         [](const QString& path) { writeMetricsXlsx(path, metrics, snapshot.network); }},
        {"GraphML", "net.graphml", "<?xml", data(DataFormat::Graphml)},
        {"GEXF", "net.gexf", "<?xml", data(DataFormat::Gexf)},
        {"DOT", "net.dot", "digraph", data(DataFormat::Dot)},
        {"Speelveld JSON", "net.json", "{", data(DataFormat::Json)},
        {"Kumu CSV", "net.csv", "\xEF\xBB\xBF", data(DataFormat::Csv)},
        {"xlsx as data", "data.xlsx", "PK", data(DataFormat::Xlsx)},
    };
}

QByteArray contents(const std::filesystem::path& file)
{
    QFile in(QString::fromStdString(file.string()));
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

void put(const std::filesystem::path& file, const QByteArray& bytes)
{
    std::ofstream(file, std::ios::binary).write(bytes.constData(), bytes.size());
}

ino_t inode(const std::filesystem::path& file)
{
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    return info.st_ino;
}

std::set<std::string> names(const std::filesystem::path& folder)
{
    std::set<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        found.insert(entry.path().filename().string());
    }
    return found;
}

std::string errorOf(const std::function<void()>& write)
{
    try {
        write();
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

/// An earlier file far larger than any export: writing in place without truncating would leave its tail.
QByteArray earlier() { return QByteArray(4 * 1024 * 1024, 'x') + "the end of the earlier file"; }

/// The CSV export writes its connections file beside the elements.
std::set<std::string> expectedNames(const Writer& writer)
{
    if (writer.file == "net.csv") {
        return {"net.csv", "net-connections.csv"};
    }
    return {writer.file};
}

} // namespace

TEST_CASE("every export replaces an earlier file whole, by a new file renamed over it")
{
    for (const Writer& writer : writers()) {
        CAPTURE(writer.name);
        test::TempDir dir;
        const auto target = dir / writer.file;
        put(target, earlier());
        if (writer.file == "net.csv") {
            put(dir / "net-connections.csv", earlier());
        }
        const ino_t before = inode(target);
        writer.write(qpath(target));
        const QByteArray written = contents(target);
        CHECK(written.startsWith(writer.magic));
        CHECK(written.size() < earlier().size());
        CHECK_FALSE(written.contains("the end of the earlier file"));
        CHECK(inode(target) != before); // not rewritten in place: a crash half way would have left half a file
        CHECK(names(dir.path()) == expectedNames(writer));
    }
}

TEST_CASE("an export on a full disk names the file, leaves the earlier file as it was and nothing behind")
{
    for (const Writer& writer : writers()) {
        CAPTURE(writer.name);
        test::TempDir dir;
        const auto target = dir / writer.file;
        put(target, earlier());
        if (writer.file == "net.csv") {
            put(dir / "net-connections.csv", earlier());
        }
        const ino_t before = inode(target);
        std::string message = "(no error)";
        {
            const test::FileSizeLimit full(1024);
            try {
                writer.write(qpath(target));
            } catch (const UserError& error) {
                message = error.what();
            }
        }
        CHECK(message.find(writer.file + ": ") != std::string::npos);
        CHECK(message.find("could not be written") != std::string::npos);
        CHECK(contents(target) == earlier());
        CHECK(inode(target) == before);
        CHECK(names(dir.path()) == expectedNames(writer));
        if (writer.file == "net.csv") {
            CHECK(contents(dir / "net-connections.csv") == earlier());
        }
    }
}

TEST_CASE("an export onto a folder of the same name, or into a missing folder, changes nothing")
{
    for (const Writer& writer : writers()) {
        CAPTURE(writer.name);
        test::TempDir dir;
        const auto target = dir / writer.file;
        std::filesystem::create_directory(target);
        put(target / "inside.txt", "kept");
        CHECK_THROWS_WITH_AS(writer.write(qpath(target)), doctest::Contains((writer.file + ": ").c_str()), UserError);
        CHECK(std::filesystem::is_directory(target));
        CHECK(names(target) == std::set<std::string>{"inside.txt"});
        CHECK(names(dir.path()) == std::set<std::string>{writer.file});

        const auto missing = dir / "missing" / writer.file;
        CHECK_THROWS_WITH_AS(writer.write(qpath(missing)), doctest::Contains("could not be written"), UserError);
        CHECK_FALSE(std::filesystem::exists(dir / "missing"));
    }
}

TEST_CASE("a writer that fails half way leaves the earlier file and no temporary file")
{
    test::TempDir dir;
    const auto target = dir / "out.txt";
    put(target, "earlier");
    const auto halfThenFail = [](QIODevice& file) {
        file.write(QByteArray(100'000, 'n'));
        throw UserError("out.txt", "", "the writer gave up", "Try again");
    };
    CHECK_THROWS_WITH_AS(writeAtomically(qpath(target), "the export", halfThenFail),
                         doctest::Contains("the writer gave up"), UserError);
    CHECK(contents(target) == "earlier");
    CHECK(names(dir.path()) == std::set<std::string>{"out.txt"});

    // A writer that wants a file name (libxlsxwriter) gets one beside the target, removed when it fails.
    QString given;
    CHECK_THROWS_AS(writeAtomicallyByName(qpath(target), "the workbook",
                                          [&](const QString& name) {
                                              given = name;
                                              QFile file(name);
                                              REQUIRE(file.open(QIODevice::WriteOnly));
                                              file.write("half");
                                              throw UserError("out.txt", "", "the writer gave up", "Try again");
                                          }),
                    UserError);
    CHECK(QFileInfo(given).absolutePath() == qpath(dir.path()));
    CHECK(contents(target) == "earlier");
    CHECK(names(dir.path()) == std::set<std::string>{"out.txt"});

    // When it succeeds the new file takes the earlier file's permissions, as QSaveFile does.
    std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    writeAtomicallyByName(qpath(target), "the workbook", [](const QString& name) {
        QFile file(name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("new");
    });
    CHECK(contents(target) == "new");
    CHECK(std::filesystem::status(target).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    CHECK(names(dir.path()) == std::set<std::string>{"out.txt"});
}

TEST_CASE("files written as one are all replaced or none: the second failing keeps the first as it was")
{
    test::TempDir dir;
    put(dir / "a.csv", "earlier a");
    std::filesystem::create_directory(dir / "b.csv");
    CHECK_THROWS_WITH_AS(writeFilesAtomically({{qpath(dir / "a.csv"), "new a"}, {qpath(dir / "b.csv"), "new b"}}),
                         doctest::Contains("b.csv: the file could not be written"), UserError);
    CHECK(contents(dir / "a.csv") == "earlier a");
    CHECK(names(dir.path()) == std::set<std::string>{"a.csv", "b.csv"});

    std::filesystem::remove(dir / "b.csv");
    writeFilesAtomically({{qpath(dir / "a.csv"), "new a"}, {qpath(dir / "b.csv"), "new b"}});
    CHECK(contents(dir / "a.csv") == "new a");
    CHECK(contents(dir / "b.csv") == "new b");
}

TEST_CASE("a message says whether an earlier file was kept")
{
    test::TempDir dir;
    put(dir / "kept.json", "earlier");
    const test::FileSizeLimit full(16);
    CHECK_THROWS_WITH_AS(writeFileAtomically(qpath(dir / "kept.json"), QByteArray(4096, 'n')),
                         doctest::Contains("kept.json: the file could not be written (File too large). Check that the "
                                           "folder exists, that you may write there and that the disk is not full; "
                                           "the earlier file is unchanged"),
                         UserError);
    const std::string fresh = errorOf([&] { writeFileAtomically(qpath(dir / "new.json"), QByteArray(4096, 'n')); });
    CHECK(fresh.find("new.json: the file could not be written") != std::string::npos);
    CHECK(fresh.find("earlier file") == std::string::npos);
    CHECK(names(dir.path()) == std::set<std::string>{"kept.json"});
}
