#pragma once
// Internal to the measures: everything that needs shortest paths from many sources (betweenness, closeness,
// harmonic closeness), computed in one pass per source, spread over threads.

#include "Csr.h"

#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

namespace speelveld::detail {

struct PathOptions {
    bool weighted = false;   ///< distances 1/weight (Dijkstra) instead of hops (breadth-first)
    bool betweenness = true; ///< false: skip the dependency accumulation (closeness and harmonic only)
    unsigned threads = 1;
    std::size_t pivots = 0; ///< 0: every vertex is a source (exact); k: k sources drawn at random
    std::uint64_t seed = 1;
    std::function<void(double)> progress; ///< called from a worker thread
};

struct PathResult {
    std::vector<double> betweenness; ///< raw sums over ordered pairs (estimated when sampled)
    std::vector<double> closeness;   ///< Wasserman–Faust, outgoing distances
    std::vector<double> harmonic;    ///< Σ 1/d over reachable others, divided by n-1
    std::size_t pivots = 0;
};

/// Brandes (2001) betweenness accumulation with closeness and harmonic closeness from the same searches.
/// Sampled (Brandes & Pich 2007): betweenness scaled by n/k; closeness and harmonic estimated from the
/// distances to the pivots (Eppstein & Wang 2004), searched on the reversed graph.
PathResult pathMeasures(const Csr& out, const Csr& in, const PathOptions& options, std::stop_token stop);

} // namespace speelveld::detail
