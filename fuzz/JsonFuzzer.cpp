// Speelveld JSON, strict: parseJsonProject with every field, snapshot and role-conflict table it reads.

#include "FuzzSupport.h"

#include "core/JsonFormat.h"
#include "core/UserError.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::optional<speelveld::Project> project;
    try {
        project = speelveld::parseJsonProject(std::string(speelveld::fuzz::asText(data, size)), "fuzz.json");
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    speelveld::fuzz::checkRoundTrip(*project);
    return 0;
}
