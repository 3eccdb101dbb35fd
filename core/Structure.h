#pragma once
// Structural measures of a network (DOMAIN.md "Structure"); formulas and sources in docs/METRICS.md.

#include "MetricGraph.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <utility>
#include <vector>

namespace speelveld {

/// Gould–Fernandez brokerage roles, counted per broker.
enum class Brokerage { Coordinator, Itinerant, Gatekeeper, Representative, Liaison };
constexpr std::size_t kBrokerageRoles = 5;

/// What to compute and how.
struct StructureOptions {
    bool weighted = false; ///< use weights: strength, distances 1/weight, weighted PageRank and eigenvector
    unsigned threads = 0;  ///< 0: all cores
    /// Betweenness from a sample of source actors (Brandes & Pich 2007) instead of all of them:
    /// nullopt: automatic (exact up to kExactBetweennessLimit vertices × edges), 0: always exact, k: k pivots.
    std::optional<std::size_t> betweennessPivots;
    std::uint64_t seed = 1; ///< for the pivot sample and Louvain's tie-breaking
    /// Called now and then with the share done (0..1); may be empty.
    std::function<void(double)> progress;
};

/// Exact betweenness runs when vertices × edges is at most this (about 10,000 actors and 100,000 relations
/// take a few seconds); above it, sampled betweenness with kDefaultPivots pivots.
constexpr double kExactBetweennessLimit = 2.0e9;
constexpr std::size_t kDefaultPivots = 1000;

/// Every structural measure, per vertex and for the whole graph.
struct StructureResult {
    // per vertex
    std::vector<double> inDegree, outDegree;     ///< neighbours (undirected: both equal the degree)
    std::vector<double> inStrength, outStrength; ///< sums of weights
    std::vector<double> betweenness;             ///< raw pair-dependency sums (undirected: each pair once)
    std::vector<double> betweennessNormalised;   ///< divided by (n-1)(n-2), undirected by (n-1)(n-2)/2
    std::vector<double> closeness;               ///< Wasserman–Faust: (r-1)/(n-1) · (r-1)/Σd over the r reachable
    std::vector<double> harmonic;                ///< Σ 1/d(v,u) over u ≠ v, divided by n-1
    std::vector<double> pageRank;                ///< damping 0.85, dangling rank spread evenly; sums to 1
    std::vector<double> eigenvector;             ///< unit Euclidean norm; directed: from incoming ties
    std::vector<int> coreNumber;                 ///< k-core number of the undirected graph
    std::vector<double> clustering;              ///< local clustering of the undirected graph
    std::vector<double> constraint;              ///< Burt; NaN for isolated vertices
    std::vector<double> effectiveSize;           ///< Burt; NaN for isolated vertices
    std::vector<std::array<double, kBrokerageRoles>> brokerage; ///< Gould–Fernandez counts per role
    std::vector<bool> articulation;                             ///< removing it splits its (weak) component
    std::vector<int> weakComponent;                             ///< component number, 0 = largest
    std::vector<int> strongComponent;                           ///< component number, 0 = largest
    std::vector<int> community;                                 ///< Louvain community, 0 = largest
    std::vector<std::pair<std::size_t, std::size_t>> bridges;   ///< undirected edges whose removal splits
    // whole graph
    double density = 0;
    double reciprocity = 0;               ///< share of directed edges whose reverse also exists (1 when undirected)
    double degreeCentralisation = 0;      ///< Freeman, on total degree of the undirected graph
    double betweennessCentralisation = 0; ///< Freeman, on normalised betweenness
    double modularity = 0;                ///< of the Louvain communities
    int weakComponents = 0, strongComponents = 0, communities = 0;
    std::size_t betweennessPivots = 0; ///< 0: exact; k: estimated from k pivots
    double betweennessErrorBound = 0;  ///< with 95% confidence, |estimate − exact| of normalised values
    bool eigenvectorConverged = true;  ///< false: no unique eigenvector (values are zero)
};

/// Computes every measure. Throws std::runtime_error("cancelled") when stop is requested.
StructureResult computeStructure(const MetricGraph& graph, const StructureOptions& options, std::stop_token stop = {});

/// Newman's modularity of a partition (community number per vertex) on the undirected view of the graph.
double modularity(const MetricGraph& graph, const std::vector<int>& community, bool weighted);

} // namespace speelveld
