#pragma once
// Internal to the measures: local clustering from a triangle count that stays fast around hubs.

#include "Csr.h"

#include <vector>

namespace speelveld::detail {

/// Local clustering of every vertex of an undirected graph given by symmetric, duplicate-free lists: the
/// share of pairs of its neighbours that are tied, 0 below two neighbours (Watts & Strogatz 1998).
std::vector<double> localClustering(const Csr& undirected);

} // namespace speelveld::detail
