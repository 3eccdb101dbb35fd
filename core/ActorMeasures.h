#pragma once
// The measures of a MetricsResult by name: per actor and for the whole network, under the keys that
// `speelveld metrics` writes in its CSV and JSON (gui/MeasureColumns.cpp, gui/MetricsText.cpp), so a filter,
// a comparison table and an export all speak of "betweenness" and mean the same number.

#include "Metrics.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace speelveld {

/// One per-actor measure: its key and how to read it from a row of a MetricsResult.
struct ActorMeasure {
    std::string_view key; ///< "in_degree", "betweenness", ...; never translated
    /// True for a number that names a part (component, community): it can be filtered on, but a difference
    /// between two snapshots means nothing, because the numbering itself may change.
    bool label = false;
    /// The value in row `row` (an index into MetricsResult::actors); NaN where the measure is undefined.
    double (*value)(const MetricsResult& metrics, std::size_t row) = nullptr;
};

/// Every per-actor measure, in the order of the metrics table.
const std::vector<ActorMeasure>& actorMeasures();

/// The keys of actorMeasures(), for a list the user picks from.
std::vector<std::string_view> actorMeasureKeys();

/// The measure with this key, or nullptr.
const ActorMeasure* findActorMeasure(std::string_view key);

/// One figure of the whole network.
struct NetworkMeasure {
    std::string_view key; ///< "density", "modularity", ...; never translated
    double (*value)(const MetricsResult& metrics) = nullptr;
};

/// Every network figure, in the order of the metrics table.
const std::vector<NetworkMeasure>& networkMeasures();

} // namespace speelveld
