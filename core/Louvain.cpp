#include "Louvain.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <unordered_map>

namespace speelveld::detail {
namespace {

/// A weighted graph with self-loops, as the aggregation step produces: loops[v] holds twice the weight of
/// the edges inside v (so that a vertex's degree is loops + Σ neighbours).
struct Level {
    std::size_t n = 0;
    std::vector<std::vector<std::pair<std::size_t, double>>> neighbours;
    std::vector<double> loops;
};

Level levelOf(const Csr& graph)
{
    Level level;
    level.n = graph.n;
    level.neighbours.resize(graph.n);
    level.loops.assign(graph.n, 0);
    for (std::size_t v = 0; v < graph.n; ++v) {
        for (std::size_t e = graph.begin(v); e < graph.end(v); ++e) {
            level.neighbours[v].emplace_back(graph.targets[e], graph.weights[e]);
        }
    }
    return level;
}

/// Phase one: move single vertices to the neighbouring community with the best modularity gain until no
/// move helps. Returns whether anything moved.
bool moveVertices(const Level& level, std::vector<std::size_t>& community, double twiceM, std::mt19937_64& random)
{
    std::vector<double> degree(level.n, 0), communityDegree(level.n, 0);
    for (std::size_t v = 0; v < level.n; ++v) {
        degree[v] = level.loops[v];
        for (const auto& [x, w] : level.neighbours[v]) {
            degree[v] += w;
        }
        communityDegree[community[v]] += degree[v];
    }
    std::vector<std::size_t> order(level.n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    bool movedAny = false;
    bool moved = true;
    std::unordered_map<std::size_t, double> linksTo;
    while (moved) {
        moved = false;
        for (const std::size_t v : order) {
            const std::size_t own = community[v];
            linksTo.clear();
            for (const auto& [x, w] : level.neighbours[v]) {
                linksTo[community[x]] += w;
            }
            communityDegree[own] -= degree[v];
            // Gain of joining c (up to terms equal for every c): k_v,in(c) − D_c · k_v / 2m.
            auto gain = [&](std::size_t c) {
                const auto it = linksTo.find(c);
                const double links = it == linksTo.end() ? 0.0 : it->second;
                return links - communityDegree[c] * degree[v] / twiceM;
            };
            std::size_t best = own;
            double bestGain = gain(own);
            std::vector<std::size_t> candidates;
            candidates.reserve(linksTo.size());
            for (const auto& [c, links] : linksTo) {
                candidates.push_back(c);
            }
            std::sort(candidates.begin(), candidates.end()); // hash order must not decide ties
            for (const std::size_t c : candidates) {
                const double g = gain(c);
                if (g > bestGain + 1e-12) {
                    best = c;
                    bestGain = g;
                }
            }
            communityDegree[best] += degree[v];
            if (best != own) {
                community[v] = best;
                moved = true;
                movedAny = true;
            }
        }
    }
    return movedAny;
}

/// Phase two: one vertex per community.
Level aggregate(const Level& level, const std::vector<std::size_t>& community, std::size_t count)
{
    Level next;
    next.n = count;
    next.neighbours.resize(count);
    next.loops.assign(count, 0);
    std::vector<std::unordered_map<std::size_t, double>> links(count);
    for (std::size_t v = 0; v < level.n; ++v) {
        const std::size_t c = community[v];
        next.loops[c] += level.loops[v];
        for (const auto& [x, w] : level.neighbours[v]) {
            const std::size_t d = community[x];
            if (c == d) {
                next.loops[c] += w;
            } else {
                links[c][d] += w;
            }
        }
    }
    for (std::size_t c = 0; c < count; ++c) {
        next.neighbours[c].assign(links[c].begin(), links[c].end());
        std::sort(next.neighbours[c].begin(), next.neighbours[c].end());
    }
    return next;
}

/// Renumbers communities 0.. by size (largest first, ties by smallest member).
std::vector<int> renumber(const std::vector<std::size_t>& raw)
{
    const std::size_t n = raw.size();
    std::unordered_map<std::size_t, std::pair<std::size_t, std::size_t>> info; // size, first member
    for (std::size_t v = 0; v < n; ++v) {
        auto [it, fresh] = info.try_emplace(raw[v], 0, v);
        ++it->second.first;
    }
    std::vector<std::pair<std::size_t, std::pair<std::size_t, std::size_t>>> order(info.begin(), info.end());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
    });
    std::unordered_map<std::size_t, int> number;
    for (std::size_t i = 0; i < order.size(); ++i) {
        number[order[i].first] = static_cast<int>(i);
    }
    std::vector<int> result(n);
    for (std::size_t v = 0; v < n; ++v) {
        result[v] = number[raw[v]];
    }
    return result;
}

} // namespace

std::vector<int> louvain(const Csr& undirected, std::uint64_t seed)
{
    const std::size_t n = undirected.n;
    std::vector<std::size_t> membership(n);
    std::iota(membership.begin(), membership.end(), 0);
    const double twiceM = std::accumulate(undirected.weights.begin(), undirected.weights.end(), 0.0);
    if (twiceM <= 0) {
        return renumber(membership);
    }
    std::mt19937_64 random(seed);
    Level level = levelOf(undirected);
    while (true) {
        std::vector<std::size_t> community(level.n);
        std::iota(community.begin(), community.end(), 0);
        if (!moveVertices(level, community, twiceM, random)) {
            break;
        }
        // Compact the community numbers, then carry them down to the original vertices.
        std::unordered_map<std::size_t, std::size_t> compact;
        for (auto& c : community) {
            c = compact.try_emplace(c, compact.size()).first->second;
        }
        for (auto& m : membership) {
            m = community[m];
        }
        level = aggregate(level, community, compact.size());
    }
    return renumber(membership);
}

double modularityOf(const Csr& undirected, const std::vector<int>& community)
{
    const double twiceM = std::accumulate(undirected.weights.begin(), undirected.weights.end(), 0.0);
    if (twiceM <= 0) {
        return 0;
    }
    const int count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
    std::vector<double> inside(static_cast<std::size_t>(count), 0), degree(static_cast<std::size_t>(count), 0);
    for (std::size_t v = 0; v < undirected.n; ++v) {
        const auto c = static_cast<std::size_t>(community[v]);
        for (std::size_t e = undirected.begin(v); e < undirected.end(v); ++e) {
            degree[c] += undirected.weights[e];
            if (community[undirected.targets[e]] == community[v]) {
                inside[c] += undirected.weights[e]; // each inside edge seen from both ends: 2 L_c
            }
        }
    }
    double q = 0;
    for (std::size_t c = 0; c < inside.size(); ++c) {
        q += inside[c] / twiceM - (degree[c] / twiceM) * (degree[c] / twiceM);
    }
    return q;
}

} // namespace speelveld::detail
