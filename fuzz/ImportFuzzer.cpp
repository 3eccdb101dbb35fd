// `speelveld import` and File → Import: detectFormat tells the format by content and importFile reads it. The
// file is named .csv, so that text which is none of the other formats reaches the CSV reader as it would there.

#include "FuzzSupport.h"

#include "core/UserError.h"
#include "layouts/ImportFile.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static speelveld::fuzz::InputFile file("import.csv");
    const std::filesystem::path& path = file.write(speelveld::fuzz::asText(data, size));
    std::optional<speelveld::Imported> imported;
    try {
        imported = speelveld::importFile(path);
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    speelveld::fuzz::checkRoundTrip(imported->project);
    return 0;
}
