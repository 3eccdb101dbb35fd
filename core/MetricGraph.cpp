#include "MetricGraph.h"

#include "Csr.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace speelveld {

MetricGraph graphOf(const Network& network, const GraphChoice& choice)
{
    MetricGraph graph;
    graph.directed = choice.directed;
    graph.vertices = network.actors().size();
    std::unordered_map<Id, std::size_t> index;
    for (std::size_t i = 0; i < network.actors().size(); ++i) {
        index.emplace(network.actors()[i].id, i);
        graph.group.push_back(static_cast<int>(network.actors()[i].kind));
    }
    for (const Relation& relation : network.relations()) {
        const std::size_t s = index.at(relation.source);
        const std::size_t t = index.at(relation.target);
        if (s == t) {
            continue;
        }
        const auto weight = static_cast<double>(relation.strength);
        graph.edges.push_back({s, t, weight});
        if (!isDirected(relation.type)) {
            graph.edges.push_back({t, s, weight});
        }
    }
    // Merge per ordered pair first (a collaborates_with tie counts in both directions), then drop directions.
    graph = detail::simplified(graph);
    return choice.directed ? graph : undirectedOf(graph);
}

MetricGraph undirectedOf(const MetricGraph& graph)
{
    MetricGraph result = graph;
    result.directed = false;
    for (auto& edge : result.edges) {
        if (edge.source > edge.target) {
            std::swap(edge.source, edge.target);
        }
    }
    return detail::simplified(result);
}

namespace detail {

MetricGraph simplified(const MetricGraph& graph)
{
    std::map<std::pair<std::size_t, std::size_t>, double> merged;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const auto& edge = graph.edges[i];
        if (edge.source >= graph.vertices || edge.target >= graph.vertices) {
            throw std::invalid_argument("edge " + std::to_string(i) + " names a vertex beyond " +
                                        std::to_string(graph.vertices));
        }
        if (!std::isfinite(edge.weight) || edge.weight <= 0) {
            throw std::invalid_argument("edge " + std::to_string(i) + " has weight " + std::to_string(edge.weight) +
                                        "; weights must be positive");
        }
        if (edge.source == edge.target) {
            continue;
        }
        auto key = std::make_pair(edge.source, edge.target);
        if (!graph.directed && key.first > key.second) {
            std::swap(key.first, key.second);
        }
        merged[key] += edge.weight;
    }
    MetricGraph result;
    result.vertices = graph.vertices;
    result.directed = graph.directed;
    result.group = graph.group;
    result.edges.reserve(merged.size());
    for (const auto& [pair, weight] : merged) {
        result.edges.push_back({pair.first, pair.second, weight});
    }
    return result;
}

namespace {

Csr build(const MetricGraph& graph, bool reverse)
{
    Csr csr;
    csr.n = graph.vertices;
    csr.offsets.assign(csr.n + 1, 0);
    auto each = [&](auto&& visit) {
        for (const auto& edge : graph.edges) {
            visit(reverse ? edge.target : edge.source, reverse ? edge.source : edge.target, edge.weight);
            if (!graph.directed) {
                visit(reverse ? edge.source : edge.target, reverse ? edge.target : edge.source, edge.weight);
            }
        }
    };
    each([&](std::size_t from, std::size_t, double) { ++csr.offsets[from + 1]; });
    for (std::size_t v = 0; v < csr.n; ++v) {
        csr.offsets[v + 1] += csr.offsets[v];
    }
    csr.targets.resize(csr.offsets[csr.n]);
    csr.weights.resize(csr.offsets[csr.n]);
    std::vector<std::size_t> next(csr.offsets.begin(), csr.offsets.end() - 1);
    each([&](std::size_t from, std::size_t to, double weight) {
        const std::size_t slot = next[from]++;
        csr.targets[slot] = static_cast<std::uint32_t>(to);
        csr.weights[slot] = weight;
    });
    // Sorted neighbour lists make the traversal order, and so floating-point sums, independent of edge order.
    std::vector<std::pair<std::uint32_t, double>> row;
    for (std::size_t v = 0; v < csr.n; ++v) {
        row.clear();
        for (std::size_t e = csr.begin(v); e < csr.end(v); ++e) {
            row.emplace_back(csr.targets[e], csr.weights[e]);
        }
        std::sort(row.begin(), row.end());
        for (std::size_t i = 0; i < row.size(); ++i) {
            csr.targets[csr.begin(v) + i] = row[i].first;
            csr.weights[csr.begin(v) + i] = row[i].second;
        }
    }
    return csr;
}

} // namespace

Csr outgoing(const MetricGraph& graph) { return build(graph, false); }
Csr incoming(const MetricGraph& graph) { return build(graph, true); }

} // namespace detail
} // namespace speelveld
