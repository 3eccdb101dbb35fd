// GraphML as yEd, Gephi, NetworkX and igraph write it, and anything else: parseGraphml with its XML checks.

#include "FuzzSupport.h"

#include "core/GraphmlFormat.h"
#include "core/UserError.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::optional<speelveld::Imported> imported;
    try {
        imported = speelveld::parseGraphml(speelveld::fuzz::asText(data, size), "fuzz.graphml");
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    speelveld::fuzz::checkRoundTrip(imported->project);
    return 0;
}
