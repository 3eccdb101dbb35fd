#include "FuzzSupport.h"

#include "core/JsonFormat.h"
#include "core/UserError.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace speelveld::fuzz {
namespace {

std::filesystem::path scratchFolder()
{
    if (const char* tmp = std::getenv("TMPDIR"); tmp != nullptr && *tmp != '\0') {
        return tmp;
    }
    std::error_code error;
    if (std::filesystem::is_directory("/dev/shm", error)) {
        return "/dev/shm";
    }
    return std::filesystem::temp_directory_path();
}

[[noreturn]] void finding(const std::string& what)
{
    std::fprintf(stderr, "FINDING: %s\n", what.c_str());
    std::abort();
}

} // namespace

InputFile::InputFile(const std::string& name)
    : path_(scratchFolder() / ("speelveld-fuzz-" + std::to_string(::getpid()) + "-" + name))
{}

InputFile::~InputFile()
{
    std::error_code error;
    std::filesystem::remove(path_, error);
}

const std::filesystem::path& InputFile::write(std::string_view bytes)
{
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        finding("cannot write the input to " + path_.string() + " (the harness, not the reader)");
    }
    return path_;
}

void checkRoundTrip(const Project& project)
{
    const auto written = [](const Project& from) {
        try {
            return writeJsonProject(from);
        } catch (const std::exception& failure) {
            finding(std::string("an accepted project cannot be written as JSON: ") + failure.what());
        }
    };
    const auto read = [](const std::string& text) {
        try {
            return parseJsonProject(text, "round-trip.json");
        } catch (const UserError& failure) {
            finding(std::string("an accepted project's JSON cannot be read back: ") + failure.what() + "\n" + text);
        }
    };
    // Reading gives every entity a new id, so the first pass is compared by what it holds and the second exactly.
    const std::string text = written(project);
    const Project again = read(text);
    if (again.snapshots.size() != project.snapshots.size()) {
        finding("an accepted project reads back from JSON with another number of snapshots:\n" + text);
    }
    for (std::size_t i = 0; i < project.snapshots.size(); ++i) {
        const Network& before = project.snapshots[i].network;
        const Network& after = again.snapshots[i].network;
        if (before.actors().size() != after.actors().size() || before.relations().size() != after.relations().size() ||
            before.domains().size() != after.domains().size() || before.roles().size() != after.roles().size() ||
            before.decisions().size() != after.decisions().size() || before.groups().size() != after.groups().size()) {
            finding("an accepted project reads back from JSON with other numbers of entities:\n" + text);
        }
    }
    const std::string textAgain = written(again);
    if (!(read(textAgain) == again)) {
        finding("a project read from JSON reads back different:\n" + textAgain);
    }
}

} // namespace speelveld::fuzz
