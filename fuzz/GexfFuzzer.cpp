// GEXF 1.1 to 1.3 as Gephi and NetworkX write it, and anything else: parseGexf with its XML checks.

#include "FuzzSupport.h"

#include "core/GexfFormat.h"
#include "core/UserError.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::optional<speelveld::Imported> imported;
    try {
        imported = speelveld::parseGexf(speelveld::fuzz::asText(data, size), "fuzz.gexf");
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    speelveld::fuzz::checkRoundTrip(imported->project);
    return 0;
}
