#pragma once
// Internal to the measures: the two centralities found by power iteration over incoming ties.

#include "Csr.h"

#include <vector>

namespace speelveld::detail {

/// PageRank (damping 0.85) of a graph given by its incoming lists and each vertex's outgoing strength.
std::vector<double> pageRank(const Csr& in, const std::vector<double>& outStrength, std::size_t n);

/// Eigenvector centrality from incoming ties, unit Euclidean norm; all zero and converged = false when the
/// iteration does not settle.
std::vector<double> eigenvector(const Csr& in, std::size_t n, bool& converged);

} // namespace speelveld::detail
