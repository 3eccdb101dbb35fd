#include "Structure.h"

#include "Clustering.h"
#include "Csr.h"
#include "Louvain.h"
#include "PathMeasures.h"
#include "Spectral.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <thread>

namespace speelveld {
namespace {

using detail::Csr;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Boost.Graph is used for the algorithms it has; its graph types stay in this file.
using UndirectedGraph = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;
using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

UndirectedGraph boostUndirected(const MetricGraph& undirected)
{
    UndirectedGraph graph(undirected.vertices);
    for (const auto& edge : undirected.edges) {
        boost::add_edge(edge.source, edge.target, graph);
    }
    return graph;
}

void checkStop(const std::stop_token& stop)
{
    if (stop.stop_requested()) {
        throw std::runtime_error("cancelled");
    }
}

/// Component numbers renumbered by size, largest first (ties: smallest vertex first).
std::vector<int> bySize(const std::vector<int>& raw, int& count)
{
    std::map<int, std::pair<std::size_t, std::size_t>> info;
    for (std::size_t v = 0; v < raw.size(); ++v) {
        auto [it, fresh] = info.try_emplace(raw[v], 0, v);
        ++it->second.first;
    }
    std::vector<std::pair<int, std::pair<std::size_t, std::size_t>>> order(info.begin(), info.end());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
    });
    std::map<int, int> number;
    for (std::size_t i = 0; i < order.size(); ++i) {
        number[order[i].first] = static_cast<int>(i);
    }
    std::vector<int> result(raw.size());
    for (std::size_t v = 0; v < raw.size(); ++v) {
        result[v] = number[raw[v]];
    }
    count = static_cast<int>(order.size());
    return result;
}

/// Burt's constraint and effective size, as NetworkX computes them (mutual weights a_uv + a_vu over every
/// neighbour, in or out). One deliberate difference: NetworkX gives NaN to a directed actor without
/// outgoing ties even when it has incoming ones; here only actors without any tie get NaN.
void structuralHoles(const MetricGraph& graph, bool weighted, StructureResult& result)
{
    const std::size_t n = graph.vertices;
    // The mutual ties a_uv + a_vu as flat sorted lists; NetworkX counts an undirected edge from both ends
    // (a_uv = a_vu = w), directed edges once.
    struct Tie {
        std::uint32_t from, to;
        double weight;
    };
    std::vector<Tie> ties;
    ties.reserve(2 * graph.edges.size());
    for (const auto& edge : graph.edges) {
        const double w = weighted ? edge.weight : 1.0;
        const double both = graph.directed ? w : 2 * w;
        ties.push_back({static_cast<std::uint32_t>(edge.source), static_cast<std::uint32_t>(edge.target), both});
        ties.push_back({static_cast<std::uint32_t>(edge.target), static_cast<std::uint32_t>(edge.source), both});
    }
    std::sort(ties.begin(), ties.end(),
              [](const Tie& a, const Tie& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    std::vector<std::size_t> offsets(n + 1, 0);
    std::vector<std::uint32_t> contact;
    std::vector<double> weight;
    for (std::size_t i = 0; i < ties.size(); ++i) {
        if (i > 0 && ties[i].from == ties[i - 1].from && ties[i].to == ties[i - 1].to) {
            weight.back() += ties[i].weight; // both directions of a reciprocated pair
            continue;
        }
        contact.push_back(ties[i].to);
        weight.push_back(ties[i].weight);
        ++offsets[ties[i].from + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<double> total(n, 0), largest(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            total[v] += weight[e];
            largest[v] = std::max(largest[v], weight[e]);
        }
    }
    // NetworkX uses Borgatti's simpler formula for unweighted undirected graphs; it equals the general one.
    // For each contact j of v, the sums over v's contacts q only need the q that are also j's contacts, so
    // they run over j's list with v's proportions p(v, q) spread in a scratch array (0 for non-contacts):
    // Σ deg(j) steps per actor instead of deg(v)² look-ups.
    result.constraint.assign(n, kNaN);
    result.effectiveSize.assign(n, kNaN);
    std::vector<double> share(n, 0); // p(v, q)
    for (std::size_t v = 0; v < n; ++v) {
        if (offsets[v] == offsets[v + 1]) {
            continue;
        }
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            share[contact[e]] = weight[e] / total[v];
        }
        double constraint = 0;
        double size = 0;
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            const std::uint32_t j = contact[e];
            double indirect = 0;   // Σ_q p(v, q) p(q, j)
            double redundancy = 0; // Σ_q p(v, q) m(j, q)
            for (std::size_t f = offsets[j]; f < offsets[j + 1]; ++f) {
                const std::uint32_t q = contact[f];
                const double pvq = share[q];
                if (pvq != 0) {
                    indirect += pvq * weight[f] / total[q];     // p(q, j) = a_qj / total(q); a is symmetric
                    redundancy += pvq * weight[f] / largest[j]; // m(j, q) = a_jq / largest(j)
                }
            }
            const double local = share[j] + indirect;
            constraint += local * local;
            size += 1 - redundancy;
        }
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            share[contact[e]] = 0;
        }
        result.constraint[v] = constraint;
        result.effectiveSize[v] = size;
    }
}

/// Gould & Fernandez (1989): v brokers from i to j when i → v → j and there is no i → j; the role depends
/// on which of the three share a group.
void brokerage(const Csr& out, const Csr& in, const std::vector<int>& group, StructureResult& result)
{
    const std::size_t n = out.n;
    result.brokerage.assign(n, {});
    auto groupOf = [&](std::size_t v) { return group.empty() ? 0 : group[v]; };
    auto linked = [&](std::size_t i, std::size_t j) {
        return std::binary_search(out.targets.begin() + static_cast<std::ptrdiff_t>(out.begin(i)),
                                  out.targets.begin() + static_cast<std::ptrdiff_t>(out.end(i)),
                                  static_cast<std::uint32_t>(j));
    };
    for (std::size_t v = 0; v < n; ++v) {
        for (std::size_t a = in.begin(v); a < in.end(v); ++a) {
            const std::size_t i = in.targets[a];
            for (std::size_t b = out.begin(v); b < out.end(v); ++b) {
                const std::size_t j = out.targets[b];
                if (i == j || linked(i, j)) {
                    continue;
                }
                const int gi = groupOf(i), gv = groupOf(v), gj = groupOf(j);
                Brokerage role = Brokerage::Liaison;
                if (gi == gv && gv == gj) {
                    role = Brokerage::Coordinator;
                } else if (gi == gj) {
                    role = Brokerage::Itinerant;
                } else if (gv == gj) {
                    role = Brokerage::Gatekeeper;
                } else if (gi == gv) {
                    role = Brokerage::Representative;
                }
                result.brokerage[v][static_cast<std::size_t>(role)] += 1;
            }
        }
    }
}

double freeman(const std::vector<double>& values, double denominator)
{
    if (values.empty() || denominator <= 0) {
        return 0;
    }
    const double top = *std::max_element(values.begin(), values.end());
    double sum = 0;
    for (const double value : values) {
        sum += top - value;
    }
    return sum / denominator;
}

void boostMeasures(const MetricGraph& graph, const MetricGraph& undirected, StructureResult& result)
{
    const std::size_t n = graph.vertices;
    const UndirectedGraph plain = boostUndirected(undirected);

    std::vector<int> core(n, 0);
    boost::core_numbers(plain, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, plain)));
    result.coreNumber = core;

    std::vector<int> weak(n, 0);
    boost::connected_components(
        plain, boost::make_iterator_property_map(weak.begin(), boost::get(boost::vertex_index, plain)));
    result.weakComponent = bySize(weak, result.weakComponents);

    DirectedGraph directed(n);
    for (const auto& edge : graph.edges) {
        boost::add_edge(edge.source, edge.target, directed);
        if (!graph.directed) {
            boost::add_edge(edge.target, edge.source, directed);
        }
    }
    std::vector<int> strong(n, 0);
    boost::strong_components(
        directed, boost::make_iterator_property_map(strong.begin(), boost::get(boost::vertex_index, directed)));
    result.strongComponent = bySize(strong, result.strongComponents);

    // Articulation points and bridges: biconnected components on a graph whose edges carry an index.
    using Indexed = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                          boost::property<boost::edge_index_t, std::size_t>>;
    Indexed indexed(n);
    for (std::size_t e = 0; e < undirected.edges.size(); ++e) {
        boost::add_edge(undirected.edges[e].source, undirected.edges[e].target, e, indexed);
    }
    std::vector<std::size_t> component(undirected.edges.size(), 0);
    std::vector<std::size_t> points;
    boost::biconnected_components(
        indexed, boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, indexed)),
        std::back_inserter(points));
    result.articulation.assign(n, false);
    for (const std::size_t v : points) {
        result.articulation[v] = true;
    }
    std::map<std::size_t, std::vector<std::size_t>> edgesOf;
    for (std::size_t e = 0; e < component.size(); ++e) {
        edgesOf[component[e]].push_back(e);
    }
    for (const auto& [c, edges] : edgesOf) {
        if (edges.size() == 1) {
            const auto& edge = undirected.edges[edges.front()];
            result.bridges.emplace_back(std::min(edge.source, edge.target), std::max(edge.source, edge.target));
        }
    }
    std::sort(result.bridges.begin(), result.bridges.end());
}

MetricGraph unweightedCopy(const MetricGraph& graph)
{
    MetricGraph copy = graph;
    for (auto& edge : copy.edges) {
        edge.weight = 1.0;
    }
    return copy;
}

} // namespace

StructureResult computeStructure(const MetricGraph& input, const StructureOptions& options, std::stop_token stop)
{
    if (input.vertices >= std::numeric_limits<std::uint32_t>::max()) {
        throw std::invalid_argument("too many vertices for the measures");
    }
    const MetricGraph simple = detail::simplified(input);
    const MetricGraph graph = options.weighted ? simple : unweightedCopy(simple);
    // Unweighted means one tie per pair also in the undirected view: a reciprocated pair is not worth two.
    const MetricGraph undirected = options.weighted ? undirectedOf(simple) : unweightedCopy(undirectedOf(simple));
    const std::size_t n = graph.vertices;
    const auto nd = static_cast<double>(n);
    const Csr out = detail::outgoing(graph);
    const Csr in = detail::incoming(graph);
    const Csr sym = detail::outgoing(undirected);

    StructureResult result;
    result.inDegree.resize(n);
    result.outDegree.resize(n);
    result.inStrength.resize(n);
    result.outStrength.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        result.inDegree[v] = static_cast<double>(in.degree(v));
        result.outDegree[v] = static_cast<double>(out.degree(v));
        result.inStrength[v] = std::accumulate(in.weights.begin() + static_cast<std::ptrdiff_t>(in.begin(v)),
                                               in.weights.begin() + static_cast<std::ptrdiff_t>(in.end(v)), 0.0);
        result.outStrength[v] = std::accumulate(out.weights.begin() + static_cast<std::ptrdiff_t>(out.begin(v)),
                                                out.weights.begin() + static_cast<std::ptrdiff_t>(out.end(v)), 0.0);
    }

    // Shortest paths: the expensive part, spread over the threads.
    detail::PathOptions paths;
    paths.weighted = options.weighted;
    paths.threads = options.threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : options.threads;
    paths.seed = options.seed;
    paths.progress = options.progress;
    const double work = nd * static_cast<double>(out.edges());
    paths.pivots = options.betweennessPivots.value_or(work > kExactBetweennessLimit ? kDefaultPivots : 0);
    detail::PathResult path = detail::pathMeasures(out, in, paths, stop);
    result.betweennessPivots = path.pivots;
    const double pairs = (nd - 1) * (nd - 2);
    result.betweenness = path.betweenness;
    if (!graph.directed) {
        for (double& value : result.betweenness) {
            value /= 2; // each unordered pair was counted from both ends
        }
    }
    result.betweennessNormalised.assign(n, 0);
    if (n > 2) {
        const double scale = graph.directed ? 1 / pairs : 2 / pairs;
        for (std::size_t v = 0; v < n; ++v) {
            result.betweennessNormalised[v] = result.betweenness[v] * scale;
        }
    }
    if (path.pivots > 0) {
        // Hoeffding's bound for the mean of k samples in [0, n/(n-1)], with a union bound over the n actors,
        // at 95% confidence.
        const double range = nd / (nd - 1);
        result.betweennessErrorBound =
            range * std::sqrt(std::log(2 * nd / 0.05) / (2 * static_cast<double>(path.pivots)));
    }
    result.closeness = std::move(path.closeness);
    result.harmonic = std::move(path.harmonic);
    checkStop(stop);

    result.pageRank = pageRank(in, result.outStrength, n);
    result.eigenvector = eigenvector(in, n, result.eigenvectorConverged);
    checkStop(stop);
    boostMeasures(graph, undirected, result);
    result.clustering = detail::localClustering(sym);
    structuralHoles(graph, options.weighted, result);
    brokerage(out, in, graph.group, result);
    checkStop(stop);
    result.community = detail::louvain(sym, options.seed);
    result.communities =
        result.community.empty() ? 0 : *std::max_element(result.community.begin(), result.community.end()) + 1;
    result.modularity = detail::modularityOf(sym, result.community);

    const auto m = static_cast<double>(graph.edges.size());
    if (n > 1) {
        result.density = graph.directed ? m / (nd * (nd - 1)) : 2 * m / (nd * (nd - 1));
    }
    result.reciprocity = 1;
    if (graph.directed && !graph.edges.empty()) {
        std::size_t mutual = 0;
        for (const auto& edge : graph.edges) {
            mutual += std::binary_search(out.targets.begin() + static_cast<std::ptrdiff_t>(out.begin(edge.target)),
                                         out.targets.begin() + static_cast<std::ptrdiff_t>(out.end(edge.target)),
                                         static_cast<std::uint32_t>(edge.source))
                          ? 1
                          : 0;
        }
        result.reciprocity = static_cast<double>(mutual) / m;
    }
    std::vector<double> degree(n);
    for (std::size_t v = 0; v < n; ++v) {
        degree[v] = static_cast<double>(sym.degree(v));
    }
    result.degreeCentralisation = freeman(degree, pairs);
    result.betweennessCentralisation = freeman(result.betweennessNormalised, nd - 1);
    if (options.progress) {
        options.progress(1.0);
    }
    return result;
}

double modularity(const MetricGraph& graph, const std::vector<int>& community, bool weighted)
{
    if (community.size() != graph.vertices) {
        throw std::invalid_argument("a community number is needed for every vertex");
    }
    const MetricGraph simple = detail::simplified(graph);
    const MetricGraph undirected = weighted ? undirectedOf(simple) : unweightedCopy(undirectedOf(simple));
    return detail::modularityOf(detail::outgoing(undirected), community);
}

} // namespace speelveld
