// Saving is atomic: a save killed with SIGKILL at any moment leaves either the project as it was or the
// project as it was being saved, never a damaged file; the next save removes what the killed one left.
#include "ChildProcess.h"
#include "SaveSupport.h"
#include "core/Generator.h"
#include "core/ProjectFile.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace speelveld;

namespace {

/// Big enough that a save takes long enough to be killed in every phase: writing, committing, checking,
/// flushing, keeping the backup, renaming. Smaller under AddressSanitizer, where everything takes ten times
/// as long and the phases keep their proportions.
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kActors = 200;
#else
constexpr std::size_t kActors = 600;
#endif
constexpr int kKills = 60;

Project roundTrip(const Project& project, const std::filesystem::path& file)
{
    saveProject(project, file);
    Project loaded = loadProject(file);
    std::filesystem::remove(file);
    return loaded;
}

/// The "saved WHICH MILLISECONDS" lines of save_child: which project each finished save wrote, and how long it took.
std::vector<std::pair<int, double>> savesIn(const std::vector<std::string>& lines)
{
    std::vector<std::pair<int, double>> saves;
    for (const auto& line : lines) {
        std::istringstream words(line);
        std::string word;
        int which = -1;
        double milliseconds = 0;
        words >> word >> which >> milliseconds;
        REQUIRE(word == "saved");
        REQUIRE((which == 0 || which == 1));
        saves.emplace_back(which, milliseconds);
    }
    return saves;
}

} // namespace

TEST_CASE("a save killed at any moment leaves the old project or the new one, never a damaged file")
{
    test::TempDir dir;
    const auto file = dir / "map.speelveld";
    // The child's two projects as they come back from a file.
    const std::array<Project, 2> expected{roundTrip(generateProject({.actors = kActors, .seed = 1}), dir / "0"),
                                          roundTrip(generateProject({.actors = kActors, .seed = 2}), dir / "1")};
    REQUIRE_FALSE(expected[0] == expected[1]);
    const std::string actors = std::to_string(kActors);
    auto which = [&](const std::filesystem::path& path) {
        const Project loaded = loadProject(path); // a damaged file throws, and the test fails with its message
        REQUIRE((loaded == expected[0] || loaded == expected[1]));
        return loaded == expected[0] ? 0 : 1;
    };

    // How long the first save of a fresh process takes on this machine now (every kill lands in one), so the
    // kills can be spread over it: the slowest of three.
    double saveMs = 0;
    for (int run = 0; run < 3; ++run) {
        test::ChildProcess child({SAVE_CHILD, "loop", file.string(), actors, std::to_string(run % 2)});
        REQUIRE(child.readLine() == "ready");
        const auto line = child.readLine();
        REQUIRE(line.has_value());
        child.kill(SIGKILL);
        child.wait();
        saveMs = std::max(saveMs, savesIn({*line}).front().second);
    }
    int current = which(file);

    std::mt19937 random(20240611);
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    int kept = 0;
    int replaced = 0;
    std::size_t mostLeftovers = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        CAPTURE(kill);
        // Stepped over twice the time of a save (it varies with the load of the machine); every third kill lands
        // around the end of the save, where the commit, the check, the backup and the rename happen.
        const double fraction = kill % 3 == 2 ? 0.6 + 0.6 * jitter(random) : (kill + jitter(random)) * 2.0 / kKills;
        const int before = current;
        test::ChildProcess child({SAVE_CHILD, "loop", file.string(), actors, std::to_string(1 - before)});
        REQUIRE(child.readLine() == "ready");
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(fraction * saveMs));
        child.kill(SIGKILL);
        const int status = child.wait();
        const auto saves = savesIn(child.remainingLines());
        if (!WIFSIGNALED(status)) {
            FAIL("save_child ended by itself, status " << status);
        }
        // The file holds what the last finished save wrote, or what the killed save was writing.
        const int lastSaved = saves.empty() ? before : saves.back().first;
        current = which(file);
        CHECK((current == lastSaved || current == 1 - lastSaved));
        ++(current == before ? kept : replaced);
        if (std::filesystem::exists(dir / "map.speelveld.bak")) {
            which(dir / "map.speelveld.bak");
        }
        // Only the killed save's own leftovers are there: each save clears those of saves killed before it.
        const auto leftovers = test::leftoversOf(file);
        mostLeftovers = std::max(mostLeftovers, leftovers.size());
        CHECK(leftovers.size() <= 3); // the temporary file, its journal, the backup on its way
    }
    MESSAGE("one save of " << kActors << " actors took " << saveMs << " ms; " << kKills
                           << " kills left the old project " << kept << " times and the new one " << replaced
                           << " times; at most " << mostLeftovers << " leftover files");
    CHECK(kept > 0); // kills landed on both sides of the rename
    CHECK(replaced > 0);

    saveProject(expected[0], file);
    CHECK(test::leftoversOf(file).empty());
}

TEST_CASE("the next save removes what killed saves on this computer left, never a save still running or another "
          "computer's")
{
    test::TempDir dir;
    const auto file = dir / "map.speelveld";
    saveProject(generateProject({.actors = 20, .seed = 3}), file);
    std::array<char, 256> host{};
    REQUIRE(::gethostname(host.data(), host.size() - 1) == 0);
    pid_t dead = 0;
    {
        test::ChildProcess gone({"/bin/true"});
        gone.wait();
        dead = gone.pid();
    }
    const std::string prefix = ".map.speelveld.saving-";
    const std::string killed = prefix + host.data() + "-" + std::to_string(dead) + "-17";
    const std::vector<std::string> removed{killed, killed + "-journal", killed + ".bak"};
    const std::vector<std::string> kept{
        prefix + host.data() + "-" + std::to_string(::getpid()) + "-18", // this process: a save in progress
        prefix + "elders-" + std::to_string(dead) + "-19",               // another computer on the same share
        ".map.speelveld.saving-by-hand",                                 // not one of ours
        ".other.speelveld.saving-" + std::string(host.data()) + "-" + std::to_string(dead) + "-20"};
    for (const auto& name : removed) {
        std::ofstream(dir / name) << "half a save";
    }
    for (const auto& name : kept) {
        std::ofstream(dir / name) << "half a save";
    }
    saveProject(generateProject({.actors = 20, .seed = 4}), file);
    for (const auto& name : removed) {
        CHECK_FALSE(std::filesystem::exists(dir / name));
    }
    for (const auto& name : kept) {
        CHECK(std::filesystem::exists(dir / name));
    }
}
