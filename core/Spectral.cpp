#include "Spectral.h"

#include <algorithm>
#include <cmath>

namespace speelveld::detail {

/// PageRank by power iteration (damping 0.85) with the rank of actors without outgoing ties spread evenly,
/// as NetworkX and igraph do (Boost's page_rank does not, see PITFALLS).
std::vector<double> pageRank(const Csr& in, const std::vector<double>& outStrength, std::size_t n)
{
    constexpr double damping = 0.85;
    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    std::vector<double> share(n);
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double dangling = 0;
        for (std::size_t v = 0; v < n; ++v) {
            if (outStrength[v] > 0) {
                share[v] = rank[v] / outStrength[v];
            } else {
                share[v] = 0;
                dangling += rank[v];
            }
        }
        const double base = (1 - damping + damping * dangling) / static_cast<double>(n);
        double change = 0;
        for (std::size_t v = 0; v < n; ++v) {
            double sum = 0;
            for (std::size_t e = in.begin(v); e < in.end(v); ++e) {
                sum += share[in.targets[e]] * in.weights[e];
            }
            next[v] = base + damping * sum;
            change += std::abs(next[v] - rank[v]);
        }
        rank.swap(next);
        if (change < static_cast<double>(n) * 1e-14) {
            break;
        }
    }
    return rank;
}

/// Eigenvector centrality from incoming ties: power iteration on A + I (the shift keeps bipartite graphs
/// from oscillating and does not change the eigenvector), as NetworkX does. Unit Euclidean norm.
std::vector<double> eigenvector(const Csr& in, std::size_t n, bool& converged)
{
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n);
    converged = false;
    for (int iteration = 0; iteration < 10000; ++iteration) {
        for (std::size_t v = 0; v < n; ++v) {
            double sum = x[v];
            for (std::size_t e = in.begin(v); e < in.end(v); ++e) {
                sum += x[in.targets[e]] * in.weights[e];
            }
            next[v] = sum;
        }
        double norm = 0;
        for (const double value : next) {
            norm += value * value;
        }
        norm = std::sqrt(norm);
        if (norm == 0) {
            break;
        }
        double change = 0;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] /= norm;
            change += std::abs(next[v] - x[v]);
        }
        x.swap(next);
        if (change < static_cast<double>(n) * 1e-13) {
            converged = true;
            break;
        }
    }
    if (!converged) {
        std::fill(x.begin(), x.end(), 0.0);
    }
    return x;
}

} // namespace speelveld::detail
