#pragma once
// Internal to the measures: a graph as flat arrays (compressed sparse rows), the shape the inner loops want.

#include "MetricGraph.h"

#include <cstdint>
#include <vector>

namespace speelveld::detail {

/// Neighbour lists as one array: the neighbours of v are targets[offsets[v] .. offsets[v+1]).
struct Csr {
    std::size_t n = 0;
    std::vector<std::size_t> offsets;
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;

    std::size_t begin(std::size_t v) const { return offsets[v]; }
    std::size_t end(std::size_t v) const { return offsets[v + 1]; }
    std::size_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
    std::size_t edges() const { return targets.size(); }
};

/// Checks the graph (vertices in range, weights finite and positive) and merges repeated edges by summing
/// their weights; self-loops are dropped. Throws std::invalid_argument naming the bad edge.
MetricGraph simplified(const MetricGraph& graph);

/// Outgoing lists of a simplified graph (undirected: each edge in both lists), sorted by neighbour.
Csr outgoing(const MetricGraph& graph);
/// Incoming lists (undirected: the same as outgoing).
Csr incoming(const MetricGraph& graph);

} // namespace speelveld::detail
