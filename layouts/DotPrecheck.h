#pragma once
// The checks a DOT text passes before Graphviz's parser may see it. cgraph trusts its input: an edge between two
// sets of 1,000 nodes builds a million edges, bytes that are not UTF-8 can make its lexer ask for a GiB, and one
// very long identifier takes quadratic time (docs/FORMATS.md, "DOT"; RELIABILITY.md). This scan bounds all of it.

#include <cstddef>
#include <string>

namespace speelveld {

/// Limits of a DOT import; the defaults are the documented ones.
struct DotLimits {
    std::size_t maxBytes = 64ULL * 1024 * 1024; ///< the whole file
    std::size_t maxTokenBytes = 64 * 1024;      ///< one name, number, quoted text (with its + parts) or HTML text
    std::size_t maxNodes = 200'000;             ///< distinct node names
    std::size_t maxEdges = 500'000;             ///< edges, counting every pair an edge between { } sets makes
    std::size_t maxDepth = 1'000;               ///< { } and < > nesting
    /// Distinct attribute names: cgraph declares each for the whole graph, which is quadratic in their number.
    std::size_t maxAttributeNames = 1'000;
    /// Attribute names times nodes and edges: cgraph gives every node and edge a slot for every declared name.
    std::size_t maxAttributeSlots = 50'000'000;
};

/// Throws UserError naming the file, the line and the limit when the text is not UTF-8, holds NUL, or would
/// exceed a limit when parsed. Reads the text once, keeps only the set of node names.
void precheckDot(const std::string& text, const std::string& fileName, const DotLimits& limits);

} // namespace speelveld
