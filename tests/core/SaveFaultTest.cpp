// Saves that fail part-way: a full disk, an I/O error at any point, a file system refusing a step of the
// replacement. Every one ends in a message that names the file and says what to do, with the previous file
// (and its backup) byte for byte as it was and no temporary file left.
#include "ChildProcess.h"
#include "FailingVfs.h"
#include "SaveSupport.h"
#include "core/Generator.h"
#include "core/JsonFormat.h"
#include "core/ProjectFile.h"
#include "core/UserError.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <fstream>
#include <sys/stat.h>

using namespace speelveld;
using test::bytesOf;
using test::leftoversOf;

namespace {

/// A folder with map.speelveld saved twice (so map.speelveld.bak exists), and what both hold.
struct SavedTwice {
    test::TempDir dir;
    std::filesystem::path file = dir / "map.speelveld";
    std::filesystem::path backup = dir / "map.speelveld.bak";
    std::string fileBytes;
    std::string backupBytes;

    explicit SavedTwice(const Project& project)
    {
        Project first = project;
        first.title = "Eerste versie";
        saveProject(first, file);
        saveProject(project, file);
        fileBytes = bytesOf(file);
        backupBytes = bytesOf(backup);
    }

    /// Puts the previous file and its backup back (after a save that went through).
    void restore() const
    {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << fileBytes;
        std::ofstream(backup, std::ios::binary | std::ios::trunc) << backupBytes;
    }

    /// The previous file and its backup are as they were, and no save left anything behind.
    void checkUnchanged() const
    {
        CHECK(bytesOf(file) == fileBytes);
        CHECK(bytesOf(backup) == backupBytes);
        CHECK(leftoversOf(file).empty());
    }
};

Project roundTrip(const Project& project, const std::filesystem::path& file)
{
    saveProject(project, file);
    return loadProject(file);
}

std::string saveError(const Project& project, const std::filesystem::path& file)
{
    try {
        saveProject(project, file);
    } catch (const UserError& error) {
        return error.what();
    }
    return "(saved)";
}

/// Runs save_child's "fail" mode over `file`; what it said.
std::string childSave(const std::filesystem::path& file, const std::vector<std::string>& options)
{
    std::vector<std::string> command{SAVE_CHILD, "fail", file.string(), "300", "2"};
    command.insert(command.end(), options.begin(), options.end());
    test::ChildProcess child(command);
    const auto said = child.readLine();
    const int status = child.wait();
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(said.has_value());
    return *said;
}

} // namespace

TEST_CASE("a save onto a disk that fills up, at every write it makes, says so and leaves the old file")
{
    const SavedTwice folder(readJsonProject(test::dataFile("delft.json")));
    const Project next = generateProject({.actors = 300, .seed = 7});
    test::FailingVfs vfs;
    vfs.fail(std::nullopt, test::FailingVfs::Counting::Writes, true);
    const Project scratch = next;
    saveProject(scratch, folder.dir / "count.speelveld"); // how many writes a whole save makes
    const int writes = vfs.operations();
    std::filesystem::remove(folder.dir / "count.speelveld");
    std::filesystem::remove(folder.dir / "count.speelveld.bak");
    MESSAGE("a save of 300 actors makes " << writes << " writes; each one fails once");
    REQUIRE(writes > 10);
    for (int at = 0; at < writes; ++at) {
        CAPTURE(at);
        vfs.fail(at, test::FailingVfs::Counting::Writes, true);
        const std::string message = saveError(next, folder.file);
        CHECK(vfs.failed());
        CHECK(message.rfind(folder.file.string() + ": the disk is full", 0) == 0);
        CHECK(message.find("Your previous file is unchanged; free some space on the disk") != std::string::npos);
        vfs.fail(std::nullopt, test::FailingVfs::Counting::Writes, true);
        folder.checkUnchanged();
    }
    // With room for every write, the same save goes through.
    vfs.fail(writes, test::FailingVfs::Counting::Writes, true);
    CHECK(saveError(next, folder.file) == "(saved)");
    CHECK_FALSE(vfs.failed());
    CHECK(loadProject(folder.file).title == next.title);
    CHECK(bytesOf(folder.backup) == folder.fileBytes);
}

TEST_CASE("an I/O error at any open, write, truncate or sync of a save leaves the old file")
{
    const SavedTwice folder(readJsonProject(test::dataFile("inburgering.json")));
    const Project next = readJsonProject(test::dataFile("delft.json"));
    const Project expected = roundTrip(next, folder.dir / "expected.speelveld");
    test::FailingVfs vfs;
    vfs.fail(std::nullopt, test::FailingVfs::Counting::Everything, false);
    saveProject(next, folder.dir / "count.speelveld");
    const int operations = vfs.operations();
    std::filesystem::remove(folder.dir / "count.speelveld");
    MESSAGE("a save of the Delft example makes " << operations << " opens, writes, truncates and syncs");
    int failedSaves = 0;
    for (int at = 0; at < operations; ++at) {
        CAPTURE(at);
        vfs.fail(at, test::FailingVfs::Counting::Everything, false);
        const std::string message = saveError(next, folder.file);
        vfs.fail(std::nullopt, test::FailingVfs::Counting::Everything, false);
        if (message == "(saved)") {
            // SQLite may shrug off a failure that does not matter (closing a journal it deletes anyway);
            // then the save is whole, and the file and its backup say so.
            CHECK(loadProject(folder.file) == expected);
            CHECK(bytesOf(folder.backup) == folder.fileBytes);
            CHECK(leftoversOf(folder.file).empty());
            folder.restore();
            continue;
        }
        ++failedSaves;
        CHECK(message.rfind(folder.file.string() + ": ", 0) == 0);
        CHECK(message.find("Your previous file is unchanged") != std::string::npos);
        folder.checkUnchanged();
    }
    MESSAGE(failedSaves << " of " << operations << " failures stopped the save");
    CHECK(failedSaves > operations / 2);
}

TEST_CASE("when the file system refuses a step of the replacement, the message says which and the old file stays")
{
    const Project old = generateProject({.actors = 200, .seed = 1});
    SUBCASE("the backup cannot be renamed into place (an I/O error)")
    {
        const SavedTwice folder(old);
        const std::string said = childSave(folder.file, {"--fail", "rename", std::to_string(EIO)});
        CHECK(said == "error " + folder.file.string() +
                          ": map.speelveld.bak could not be replaced (the disk reported an error). Your previous file "
                          "is unchanged; move map.speelveld.bak out of the way, or save under another name or in "
                          "another folder");
        folder.checkUnchanged();
    }
    SUBCASE("a new file cannot be renamed into place")
    {
        test::TempDir dir;
        const std::string said = childSave(dir / "new.speelveld", {"--fail", "rename", std::to_string(ENOSPC)});
        CHECK(said == "error " + (dir / "new.speelveld").string() +
                          ": the new version could not take the place of the old one (the disk is full). Your "
                          "previous file is unchanged; free some space on the disk, or save on another disk");
        CHECK(std::filesystem::is_empty(dir.path()));
    }
    SUBCASE("no hard links on this file system: the backup is a copy")
    {
        const SavedTwice folder(old);
        CHECK(childSave(folder.file, {"--fail", "link", std::to_string(EPERM)}) == "saved");
        CHECK(bytesOf(folder.backup) == folder.fileBytes);
        CHECK(std::filesystem::hard_link_count(folder.backup) == 1);
        CHECK(loadProject(folder.file) ==
              roundTrip(generateProject({.actors = 300, .seed = 2}), folder.dir / "expected.speelveld"));
        CHECK(leftoversOf(folder.file).empty());
    }
    SUBCASE("no hard links and no room for a copy of the backup")
    {
        const SavedTwice folder(old);
        const std::string said =
            childSave(folder.file, {"--fail", "link", std::to_string(EPERM), "--fail", "copy", std::to_string(ENOSPC)});
        CHECK(said == "error " + folder.file.string() +
                          ": the previous version could not be kept as map.speelveld.bak (the disk is full). Your "
                          "previous file is unchanged; free some space on the disk, or save on another disk");
        folder.checkUnchanged();
    }
    SUBCASE("the disk cannot flush")
    {
        const SavedTwice folder(old);
        const std::string said = childSave(folder.file, {"--fail", "fsync", std::to_string(EIO)});
        CHECK(said.rfind("error " + folder.file.string() + ": the disk reported an error while saving", 0) == 0);
        CHECK(said.find("Your previous file is unchanged") != std::string::npos);
        folder.checkUnchanged();
    }
    SUBCASE("the permissions of the old file cannot be given to the new one")
    {
        const SavedTwice folder(old);
        const std::string said = childSave(folder.file, {"--fail", "chmod", std::to_string(EPERM)});
        CHECK(said == "error " + folder.file.string() +
                          ": the new version could not get the permissions of the old file (writing there is not "
                          "allowed). Your previous file is unchanged; save under another name or in another folder");
        folder.checkUnchanged();
    }
    SUBCASE("files may grow only so far (RLIMIT_FSIZE)")
    {
        const SavedTwice folder(old);
        for (const int limit : {0, 1, 512, 4096, 8192, 20000, 65536}) {
            CAPTURE(limit);
            const std::string said = childSave(folder.file, {"--file-size", std::to_string(limit)});
            CHECK(said.rfind("error " + folder.file.string() + ": ", 0) == 0);
            CHECK(said.find("Your previous file is unchanged") != std::string::npos);
            folder.checkUnchanged();
        }
    }
}

TEST_CASE("a folder where the backup should go stops the save before anything is replaced")
{
    const SavedTwice folder(readJsonProject(test::dataFile("delft.json")));
    std::filesystem::remove(folder.backup);
    std::filesystem::create_directories(folder.backup / "inside");
    const std::string message = saveError(readJsonProject(test::dataFile("inburgering.json")), folder.file);
    CHECK(message.rfind(folder.file.string() + ": map.speelveld.bak could not be replaced (", 0) == 0);
    CHECK(message.find("move map.speelveld.bak out of the way") != std::string::npos);
    CHECK(bytesOf(folder.file) == folder.fileBytes);
    CHECK(std::filesystem::is_directory(folder.backup / "inside"));
    CHECK(leftoversOf(folder.file).empty());
}

TEST_CASE("saving keeps the old file's permissions, so a private project stays private")
{
    test::TempDir dir;
    const auto file = dir / "privé.speelveld";
    const Project project = readJsonProject(test::dataFile("delft.json"));
    saveProject(project, file);
    std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    saveProject(project, file);
    CHECK(std::filesystem::status(file).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("a read-only project file, or one in a read-only folder, is not replaced")
{
    test::TempDir dir;
    const auto file = dir / "vast.speelveld";
    saveProject(readJsonProject(test::dataFile("delft.json")), file);
    const std::string before = bytesOf(file);
    const Project other = readJsonProject(test::dataFile("inburgering.json"));
    namespace fs = std::filesystem;
    SUBCASE("the file")
    {
        fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        CHECK(readOnlyReason(file) == "the file is read-only");
        CHECK(saveError(other, file) == file.string() +
                                            ": the file is read-only. Nothing was saved; save under another name, "
                                            "or make it writable first");
        CHECK(loadProject(file).title == readJsonProject(test::dataFile("delft.json")).title); // it still opens
    }
    SUBCASE("the folder")
    {
        fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
        CHECK(readOnlyReason(file) == "the folder " + dir.path().string() + " is read-only");
        CHECK(saveError(other, file).find("is read-only") != std::string::npos);
        fs::permissions(dir.path(), fs::perms::owner_all);
    }
    CHECK(bytesOf(file) == before);
    CHECK(leftoversOf(file).empty());
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    CHECK_FALSE(readOnlyReason(file).has_value());
}

TEST_CASE("a backup that is another name of the file itself (a save failed at its last step) leaves nothing behind")
{
    const SavedTwice folder(readJsonProject(test::dataFile("delft.json")));
    std::filesystem::remove(folder.backup);
    std::filesystem::create_hard_link(folder.file, folder.backup);
    saveProject(readJsonProject(test::dataFile("inburgering.json")), folder.file);
    CHECK(bytesOf(folder.backup) == folder.fileBytes);
    CHECK(loadProject(folder.file).title == readJsonProject(test::dataFile("inburgering.json")).title);
    CHECK(leftoversOf(folder.file).empty());
}
