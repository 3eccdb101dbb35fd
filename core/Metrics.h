#pragma once
// Everything the metrics panel, the findings panel and `speelveld metrics` show, for one network.

#include "Governance.h"
#include "RoleClarity.h"
#include "Structure.h"

#include <stop_token>
#include <vector>

namespace speelveld {

struct MetricsOptions {
    GraphChoice graph;          ///< directed (default) or not
    StructureOptions structure; ///< weighted or not, threads, sampling, progress
    RoleConflictTable conflicts = RoleConflictTable::defaults();
};

struct MetricsResult {
    std::vector<Id> actors; ///< the actor of each row of the structural measures
    StructureResult structure;
    RoleClarityResult roleClarity;
    Governance governance;
};

/// Computes every measure of the network. Throws std::runtime_error("cancelled") when stop is requested.
MetricsResult computeMetrics(const Network& network, const MetricsOptions& options, std::stop_token stop = {});

} // namespace speelveld
