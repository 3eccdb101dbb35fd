#include "Metrics.h"

namespace speelveld {

MetricsResult computeMetrics(const Network& network, const MetricsOptions& options, std::stop_token stop)
{
    MetricsResult result;
    result.actors.reserve(network.actors().size());
    for (const Actor& actor : network.actors()) {
        result.actors.push_back(actor.id);
    }
    result.structure = computeStructure(graphOf(network, options.graph), options.structure, stop);
    result.roleClarity = assessRoleClarity(network, options.conflicts);
    result.governance = inferGovernance(network);
    return result;
}

} // namespace speelveld
