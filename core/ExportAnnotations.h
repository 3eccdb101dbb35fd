#pragma once
// What an export to another tool's format adds to the model: the colours the map uses and the computed
// measures. Core has no colours or metric texts of its own (those live in gui/), so the caller passes them.

#include "Model.h"

#include <map>
#include <string>
#include <vector>

namespace speelveld {

/// One computed measure per actor, written as a node attribute/column ("betweenness").
struct MeasureColumn {
    std::string key;             ///< the attribute name written ("betweenness", "pagerank")
    std::map<Id, double> values; ///< by actor id; actors without a value are left out
};

struct ExportAnnotations {
    std::map<ActorKind, std::string> kindColours;        ///< "#80b1d3" per actor kind (the map's fill)
    std::map<RelationType, std::string> relationColours; ///< "#0b4f9c" per relation type
    std::vector<MeasureColumn> measures;                 ///< in the order they are written
};

} // namespace speelveld
