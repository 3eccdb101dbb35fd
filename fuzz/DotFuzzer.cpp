// DOT: precheckDot, then Graphviz's parser (not instrumented: Debian's libcgraph), then our reading of its graph.
// The pre-check promises that what passes it stays within its limits, so the harness checks that the imported
// network does, and libFuzzer's -rss_limit_mb / -malloc_limit_mb catch cgraph allocating far more than the text.

#include "FuzzSupport.h"

#include "core/UserError.h"
#include "layouts/DotFormat.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

/// Small limits, so that short inputs reach them too; the depth stays as documented, since cgraph's own
/// parser has to cope with what the pre-check lets through.
speelveld::DotLimits fuzzLimits()
{
    speelveld::DotLimits limits;
    limits.maxTokenBytes = 256;
    limits.maxNodes = 1'000;
    limits.maxEdges = 5'000;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const speelveld::DotLimits limits = fuzzLimits();
    std::optional<speelveld::Imported> imported;
    try {
        imported = speelveld::parseDot(std::string(speelveld::fuzz::asText(data, size)), "fuzz.dot", limits);
    } catch (const speelveld::UserError&) {
        return 0; // refused with a message: what a bad file should get
    }
    for (const auto& snapshot : imported->project.snapshots) {
        const std::size_t actors = snapshot.network.actors().size();
        const std::size_t relations = snapshot.network.relations().size();
        if (actors > limits.maxNodes || relations > limits.maxEdges) {
            std::fprintf(stderr, "FINDING: the pre-check let through %zu actors and %zu relations\n", actors,
                         relations);
            std::abort();
        }
    }
    speelveld::fuzz::checkRoundTrip(imported->project);
    return 0;
}
