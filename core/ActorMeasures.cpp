#include "ActorMeasures.h"

#include <algorithm>

namespace speelveld {
namespace {

template <auto Member> double structure(const MetricsResult& m, std::size_t row)
{
    return static_cast<double>((m.structure.*Member)[row]);
}

template <Brokerage Role> double broker(const MetricsResult& m, std::size_t row)
{
    return m.structure.brokerage[row][static_cast<std::size_t>(Role)];
}

double articulation(const MetricsResult& m, std::size_t row) { return m.structure.articulation[row] ? 1.0 : 0.0; }

double roleClarity(const MetricsResult& m, std::size_t row)
{
    // An actor no check applies to is clear, as assessRoleClarity and the metrics table say.
    const auto it = m.roleClarity.actors.find(m.actors[row]);
    return it == m.roleClarity.actors.end() ? 1.0 : it->second.index;
}

} // namespace

const std::vector<ActorMeasure>& actorMeasures()
{
    // Same keys, same order and same readings as gui/MeasureColumns.cpp; change both together.
    static const std::vector<ActorMeasure> measures{
        {"in_degree", false, &structure<&StructureResult::inDegree>},
        {"out_degree", false, &structure<&StructureResult::outDegree>},
        {"in_strength", false, &structure<&StructureResult::inStrength>},
        {"out_strength", false, &structure<&StructureResult::outStrength>},
        {"betweenness", false, &structure<&StructureResult::betweennessNormalised>},
        {"betweenness_raw", false, &structure<&StructureResult::betweenness>},
        {"closeness", false, &structure<&StructureResult::closeness>},
        {"harmonic", false, &structure<&StructureResult::harmonic>},
        {"pagerank", false, &structure<&StructureResult::pageRank>},
        {"eigenvector", false, &structure<&StructureResult::eigenvector>},
        {"core", false, &structure<&StructureResult::coreNumber>},
        {"clustering", false, &structure<&StructureResult::clustering>},
        {"constraint", false, &structure<&StructureResult::constraint>},
        {"effective_size", false, &structure<&StructureResult::effectiveSize>},
        {"coordinator", false, &broker<Brokerage::Coordinator>},
        {"itinerant", false, &broker<Brokerage::Itinerant>},
        {"gatekeeper", false, &broker<Brokerage::Gatekeeper>},
        {"representative", false, &broker<Brokerage::Representative>},
        {"liaison", false, &broker<Brokerage::Liaison>},
        {"articulation", false, &articulation},
        {"weak_component", true, &structure<&StructureResult::weakComponent>},
        {"strong_component", true, &structure<&StructureResult::strongComponent>},
        {"community", true, &structure<&StructureResult::community>},
        {"role_clarity", false, &roleClarity},
    };
    return measures;
}

std::vector<std::string_view> actorMeasureKeys()
{
    std::vector<std::string_view> keys;
    for (const ActorMeasure& measure : actorMeasures()) {
        keys.push_back(measure.key);
    }
    return keys;
}

const ActorMeasure* findActorMeasure(std::string_view key)
{
    const auto& measures = actorMeasures();
    const auto it = std::find_if(measures.begin(), measures.end(), [key](const auto& m) { return m.key == key; });
    return it == measures.end() ? nullptr : &*it;
}

const std::vector<NetworkMeasure>& networkMeasures()
{
    // Same keys and order as networkFigures() in gui/MetricsText.cpp.
    static const std::vector<NetworkMeasure> measures{
        {"actors", [](const MetricsResult& m) { return static_cast<double>(m.actors.size()); }},
        {"density", [](const MetricsResult& m) { return m.structure.density; }},
        {"reciprocity", [](const MetricsResult& m) { return m.structure.reciprocity; }},
        {"degree_centralisation", [](const MetricsResult& m) { return m.structure.degreeCentralisation; }},
        {"betweenness_centralisation", [](const MetricsResult& m) { return m.structure.betweennessCentralisation; }},
        {"weak_components", [](const MetricsResult& m) { return static_cast<double>(m.structure.weakComponents); }},
        {"strong_components", [](const MetricsResult& m) { return static_cast<double>(m.structure.strongComponents); }},
        {"communities", [](const MetricsResult& m) { return static_cast<double>(m.structure.communities); }},
        {"modularity", [](const MetricsResult& m) { return m.structure.modularity; }},
        {"role_clarity", [](const MetricsResult& m) { return m.roleClarity.networkIndex; }},
        {"decisions_with_one_accountable",
         [](const MetricsResult& m) { return m.roleClarity.decisionsWithOneAccountable; }},
    };
    return measures;
}

} // namespace speelveld
