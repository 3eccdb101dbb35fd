#include "Clustering.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace speelveld::detail {

// Boost.Graph's all_clustering_coefficients looks up every pair of a vertex's neighbours: deg² look-ups per
// vertex, which around the hubs of a 100,000-actor network took longer than every other measure together
// (docs/BENCHMARKS.md). This is the "forward" triangle listing (Schank & Wagner 2005, after Chiba & Nishizeki
// 1985): each tie points from the lower-ranked end to the higher (rank = degree, then number), and each
// triangle is found once, from its lowest-ranked corner, in O(m·√m) steps.
std::vector<double> localClustering(const Csr& undirected)
{
    const std::size_t n = undirected.n;
    std::vector<std::uint32_t> rank(n);
    {
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return undirected.degree(a) != undirected.degree(b) ? undirected.degree(a) < undirected.degree(b) : a < b;
        });
        for (std::size_t i = 0; i < n; ++i) {
            rank[order[i]] = static_cast<std::uint32_t>(i);
        }
    }
    std::vector<std::size_t> offsets(n + 1, 0);
    for (std::size_t v = 0; v < n; ++v) {
        for (std::size_t e = undirected.begin(v); e < undirected.end(v); ++e) {
            offsets[v + 1] += rank[undirected.targets[e]] > rank[v] ? 1 : 0;
        }
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<std::uint32_t> forward(offsets[n]);
    for (std::size_t v = 0; v < n; ++v) {
        std::size_t at = offsets[v];
        for (std::size_t e = undirected.begin(v); e < undirected.end(v); ++e) {
            if (rank[undirected.targets[e]] > rank[v]) {
                forward[at++] = undirected.targets[e];
            }
        }
    }

    std::vector<std::size_t> triangles(n, 0);
    std::vector<std::uint32_t> mark(n, 0); // mark[u] == v + 1: u is a forward neighbour of v
    for (std::size_t v = 0; v < n; ++v) {
        const auto stamp = static_cast<std::uint32_t>(v + 1);
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            mark[forward[e]] = stamp;
        }
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            const std::uint32_t u = forward[e];
            for (std::size_t f = offsets[u]; f < offsets[u + 1]; ++f) {
                const std::uint32_t w = forward[f];
                if (mark[w] == stamp) {
                    ++triangles[v];
                    ++triangles[u];
                    ++triangles[w];
                }
            }
        }
    }

    std::vector<double> clustering(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        const auto k = static_cast<double>(undirected.degree(v));
        if (k >= 2) {
            clustering[v] = 2 * static_cast<double>(triangles[v]) / (k * (k - 1));
        }
    }
    return clustering;
}

} // namespace speelveld::detail
