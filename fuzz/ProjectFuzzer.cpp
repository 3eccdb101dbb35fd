// Opening a project file as File → Open and every command do (openProjectFile): a `.speelveld` SQLite database,
// hardened and checked before it is read, or Speelveld JSON, told apart by content. SQLite (Debian's) is not
// instrumented; the coverage that guides the fuzzer is our checks and our reading of the tables.

#include "FuzzSupport.h"

#include "core/ProjectLoader.h"
#include "core/UserError.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static speelveld::fuzz::InputFile file("project.speelveld");
    const std::filesystem::path& path = file.write(speelveld::fuzz::asText(data, size));
    std::optional<speelveld::Project> project;
    try {
        project = speelveld::openProjectFile(path);
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    speelveld::fuzz::checkRoundTrip(*project);
    return 0;
}
