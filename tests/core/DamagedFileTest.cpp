// A damaged or foreign file never crashes the program: a project cut short at any length, random bytes, bytes
// changed inside a page, an index that no longer matches its table. Each is a message that names the file,
// says it is damaged and which backup to open.
#include "SaveSupport.h"
#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <fstream>
#include <memory>
#include <random>

using namespace speelveld;
using test::bytesOf;

namespace {

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

/// Opens the file as the window and the command line do; the message, or "" when it opened. Anything
/// thrown but a UserError fails the test (and a crash fails the whole run).
std::string openError(const std::filesystem::path& file)
{
    try {
        openProjectFile(file);
    } catch (const UserError& error) {
        return error.what();
    }
    return "";
}

std::size_t pageSizeOf(const std::string& bytes)
{
    return (static_cast<std::size_t>(static_cast<unsigned char>(bytes.at(16))) << 8) |
           static_cast<unsigned char>(bytes.at(17));
}

/// The project saved twice into `dir`, so map.speelveld.bak is there too.
std::filesystem::path savedWithBackup(const test::TempDir& dir, const Project& project)
{
    const auto file = dir / "map.speelveld";
    saveProject(project, file);
    saveProject(project, file);
    return file;
}

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};

/// The first leaf page of a table or index, found by SQLite's dbstat table.
std::size_t leafPageOf(const std::filesystem::path& file, const std::string& name)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const std::unique_ptr<sqlite3, SqliteCloser> db(raw);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.get(), "SELECT pageno FROM dbstat WHERE name=? AND pagetype='leaf' ORDER BY pageno",
                               -1, &statement, nullptr) == SQLITE_OK);
    sqlite3_bind_text(statement, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    const bool found = sqlite3_step(statement) == SQLITE_ROW;
    const auto page = static_cast<std::size_t>(sqlite3_column_int64(statement, 0));
    sqlite3_finalize(statement);
    REQUIRE(found);
    return page;
}

std::string quickCheck(const std::filesystem::path& file)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const std::unique_ptr<sqlite3, SqliteCloser> db(raw);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.get(), "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK);
    std::string result;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace

TEST_CASE("a project cut short at any length is refused as damaged, naming the file")
{
    test::TempDir dir;
    const auto whole = dir / "whole.speelveld";
    saveProject(readJsonProject(test::dataFile("delft.json")), whole);
    const std::string bytes = bytesOf(whole);
    const std::size_t page = pageSizeOf(bytes);
    REQUIRE(bytes.size() % page == 0);
    std::vector<std::size_t> lengths;
    for (std::size_t length = 0; length < 200; ++length) { // the header and the start of the first page
        lengths.push_back(length);
    }
    for (std::size_t boundary = page; boundary < bytes.size(); boundary += page) { // around every page end
        lengths.insert(lengths.end(), {boundary - 1, boundary, boundary + 1, boundary + page / 2});
    }
    std::mt19937 random(6);
    for (int i = 0; i < 100; ++i) {
        lengths.push_back(std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random));
    }
    const auto file = dir / "cut.speelveld";
    for (const std::size_t length : lengths) {
        CAPTURE(length);
        writeBytes(file, bytes.substr(0, length));
        const std::string message = openError(file);
        CHECK(message.rfind(file.string() + ": ", 0) == 0);
        if (length >= 100) { // a whole SQLite header: SQLite sees the pages that are missing
            CHECK(message.find(": the file is damaged (") != std::string::npos);
            CHECK(message.find("Open an earlier copy of the project") != std::string::npos);
        }
    }
    MESSAGE(lengths.size() << " lengths of a " << bytes.size() << "-byte project, every one refused");
}

TEST_CASE("random bytes, with or without an SQLite or JSON start, are refused with a message")
{
    test::TempDir dir;
    const auto file = dir / "random.speelveld";
    std::mt19937 random(11);
    const std::string sqliteHeader("SQLite format 3\0", 16);
    for (const std::string& start : {std::string(), sqliteHeader, std::string("{\"snapshots\": ["), std::string("{")}) {
        for (int i = 0; i < 60; ++i) {
            const auto size = std::uniform_int_distribution<std::size_t>(0, 20000)(random);
            std::string bytes = start;
            for (std::size_t b = 0; b < size; ++b) {
                bytes.push_back(static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random)));
            }
            writeBytes(file, bytes);
            CAPTURE(start);
            CAPTURE(size);
            CHECK(openError(file).rfind(file.string() + ": ", 0) == 0);
        }
    }
}

TEST_CASE("bytes changed in a page in the middle of a project are found when it opens")
{
    test::TempDir dir;
    const auto file = savedWithBackup(dir, readJsonProject(test::dataFile("lerend-netwerk.json")));
    const std::string bytes = bytesOf(file);
    const std::size_t page = pageSizeOf(bytes);
    const std::size_t pages = bytes.size() / page;
    REQUIRE(pages > 4);
    std::string damaged = bytes;
    const std::size_t middle = (pages / 2) * page; // the start of a page: its b-tree header
    for (std::size_t i = middle; i < middle + 16; ++i) {
        damaged[i] = static_cast<char>(~damaged[i]);
    }
    writeBytes(file, damaged);
    const std::string message = openError(file);
    CHECK(message.rfind(file.string() + ": the file is damaged (", 0) == 0);
    CHECK(message.find("Open the backup map.speelveld.bak beside it instead, or an earlier copy") != std::string::npos);
    MESSAGE(message);

    // The same at the start of every page, and in the middle of every page: never a crash, never anything
    // but a UserError. (A change inside a text can load: SQLite keeps no checksums.)
    int refused = 0;
    int opened = 0;
    for (std::size_t p = 0; p < pages; ++p) {
        for (const std::size_t offset : {std::size_t{0}, page / 2, page - 8}) {
            damaged = bytes;
            for (std::size_t i = p * page + offset; i < p * page + offset + 8; ++i) {
                damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
            }
            writeBytes(file, damaged);
            ++(openError(file).empty() ? opened : refused);
        }
    }
    MESSAGE(pages << " pages changed in three places each: " << refused << " refused, " << opened << " opened");
    CHECK(refused > opened);
}

TEST_CASE("an index that no longer matches its table is found on open, which quick_check alone misses")
{
    test::TempDir dir;
    const auto file = savedWithBackup(dir, readJsonProject(test::dataFile("delft.json")));
    std::string bytes = bytesOf(file);
    // The last byte of an index page of the actors: the row number of its first entry.
    const std::size_t page = leafPageOf(file, "sqlite_autoindex_actors_1");
    const std::size_t last = page * pageSizeOf(bytes) - 1;
    bytes[last] = static_cast<char>(bytes[last] ^ 0x01);
    writeBytes(file, bytes);
    CHECK(quickCheck(file) == "ok");
    const std::string message = openError(file);
    CHECK(message.rfind(file.string() + ": the file is damaged (SQLite's check found: ", 0) == 0);
    CHECK(message.find("sqlite_autoindex_actors_1") != std::string::npos);
}

TEST_CASE("a project file without write permission opens")
{
    test::TempDir dir;
    const auto file = dir / "alleen-lezen.speelveld";
    const Project project = readJsonProject(test::dataFile("delft.json"));
    saveProject(project, file);
    const Project writable = loadProject(file);
    std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    CHECK(openProjectFile(file) == writable);
    CHECK(readOnlyReason(file).has_value());
}
