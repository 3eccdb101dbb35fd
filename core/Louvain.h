#pragma once
// Internal to the measures: Louvain community detection (Blondel et al. 2008) and Newman's modularity.

#include "Csr.h"

#include <cstdint>
#include <vector>

namespace speelveld::detail {

/// Communities of an undirected graph given as symmetric lists (weights used as given), numbered 0.. by
/// size, largest first. Deterministic: vertices are visited in a shuffled order drawn from seed.
std::vector<int> louvain(const Csr& undirected, std::uint64_t seed);

/// Newman's modularity Q = Σ_c [ L_c / m − (D_c / 2m)² ] of a partition of symmetric lists.
double modularityOf(const Csr& undirected, const std::vector<int>& community);

} // namespace speelveld::detail
