// Kumu-style CSV: an elements file, an optional connections file and an optional column mapping, given as one
// input split at ASCII's file separator 0x1C ("elements\x1Cconnections\x1CNaam=label"); a third separator and
// what follows it stay in the mapping.

#include "FuzzSupport.h"

#include "core/CsvFormat.h"
#include "core/UserError.h"

#include <optional>

namespace {

constexpr char kSeparator = '\x1C';

/// Small limits, so that short inputs reach them too.
speelveld::CsvLimits fuzzLimits()
{
    speelveld::CsvLimits limits;
    limits.maxBytes = 64 * 1024;
    limits.maxRows = 200;
    limits.maxCellBytes = 1024;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view rest = speelveld::fuzz::asText(data, size);
    const auto take = [&rest]() -> std::optional<std::string> {
        const std::size_t end = rest.find(kSeparator);
        if (end == std::string_view::npos) {
            return std::nullopt;
        }
        std::string part(rest.substr(0, end));
        rest.remove_prefix(end + 1);
        return part;
    };
    std::optional<speelveld::Imported> imported;
    try {
        speelveld::CsvText elements{take().value_or(std::string(rest)), "elements.csv"};
        std::optional<speelveld::CsvText> connections;
        speelveld::CsvColumnMapping mapping;
        if (elements.text.size() < size) {
            auto connectionsText = take();
            if (connectionsText) {
                mapping = speelveld::parseColumnMapping(rest);
            }
            connections = speelveld::CsvText{connectionsText.value_or(std::string(rest)), "connections.csv"};
        }
        imported = speelveld::parseKumuCsv(elements, connections, mapping, fuzzLimits());
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    speelveld::fuzz::checkRoundTrip(imported->project);
    return 0;
}
