#pragma once
// The plain graph the structural measures run on: numbered vertices and weighted edges, no domain words.
// Kept apart from Network so the measures can be checked on classic networks (karate club, Florentine
// families) that have no actors or relation types.

#include "Network.h"

#include <cstddef>
#include <vector>

namespace speelveld {

/// A simple graph: vertices 0..vertices-1, at most one edge per ordered pair (per pair when undirected).
struct MetricGraph {
    struct Edge {
        std::size_t source = 0;
        std::size_t target = 0;
        double weight = 1.0; ///< tie strength; larger is stronger (distance is 1 / weight)
    };
    std::size_t vertices = 0;
    bool directed = true;
    std::vector<Edge> edges;
    std::vector<int> group; ///< a group number per vertex (actor kind) for brokerage; empty: all one group
};

/// How a network becomes a MetricGraph.
struct GraphChoice {
    bool directed = true; ///< false: every relation counts in both directions
};

/// The network as a graph: one vertex per actor in the order of network.actors(); relations between the same
/// ordered pair merged into one edge whose weight is the sum of their strengths; collaborates_with counts in
/// both directions; relations of an actor to itself are left out. Undirected: one edge per pair, weight the
/// sum over both directions. group = the actor's kind.
MetricGraph graphOf(const Network& network, const GraphChoice& choice);

/// The same graph seen without directions (the union of both directions, weights summed).
MetricGraph undirectedOf(const MetricGraph& graph);

} // namespace speelveld
