// Every structural measure against NetworkX 2.8 on classic networks (Zachary's karate club, Padgett's
// Florentine families, Les Misérables), a random directed graph and the Delft 2015 example. The values were
// produced by tests/reference/make_reference.py and are committed in tests/fixtures/metrics/.
#include "core/JsonFormat.h"
#include "core/Structure.h"
#include "support/TestSupport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <set>

using namespace speelveld;
using nlohmann::json;

namespace {

constexpr double kTolerance = 1e-6;

json fixture(const std::string& name)
{
    std::ifstream in(std::filesystem::path(SPEELVELD_FIXTURES_DIR) / "metrics" / (name + ".json"));
    REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
    return json::parse(in);
}

MetricGraph graphFrom(const json& data, bool directed)
{
    MetricGraph graph;
    graph.vertices = data.at("vertices").size();
    graph.directed = data.at("directed").get<bool>();
    for (const auto& edge : data.at("edges")) {
        graph.edges.push_back({edge[0].get<std::size_t>(), edge[1].get<std::size_t>(), edge[2].get<double>()});
    }
    return directed ? graph : undirectedOf(graph);
}

/// Compares a per-vertex list; null in the reference means "undefined" (NaN here).
void compare(const std::string& what, const std::vector<double>& ours, const json& theirs,
             const std::vector<std::string>& names)
{
    REQUIRE(theirs.size() == ours.size());
    for (std::size_t v = 0; v < ours.size(); ++v) {
        if (theirs[v].is_null()) {
            CHECK_MESSAGE(std::isnan(ours[v]), what << " of " << names[v] << ": expected undefined, got " << ours[v]);
            continue;
        }
        const double expected = theirs[v].get<double>();
        CHECK_MESSAGE(std::abs(ours[v] - expected) <= kTolerance * std::max(1.0, std::abs(expected)),
                      what << " of " << names[v] << ": ours " << ours[v] << ", NetworkX " << expected);
    }
}

std::vector<double> asDoubles(const std::vector<int>& values) { return {values.begin(), values.end()}; }

std::set<std::set<std::size_t>> partitionOf(const std::vector<int>& component)
{
    std::map<int, std::set<std::size_t>> parts;
    for (std::size_t v = 0; v < component.size(); ++v) {
        parts[component[v]].insert(v);
    }
    std::set<std::set<std::size_t>> result;
    for (auto& [c, members] : parts) {
        result.insert(members);
    }
    return result;
}

std::set<std::set<std::size_t>> partitionOf(const json& lists)
{
    std::set<std::set<std::size_t>> result;
    for (const auto& list : lists) {
        result.insert(list.get<std::set<std::size_t>>());
    }
    return result;
}

void checkCase(const json& data, const std::string& caseName)
{
    const json& expected = data.at("cases").at(caseName);
    const bool directed = caseName.starts_with("directed");
    const bool weighted = caseName.ends_with("_weighted") && !caseName.ends_with("unweighted");
    const MetricGraph graph = graphFrom(data, directed);
    const auto names = data.at("vertices").get<std::vector<std::string>>();
    StructureOptions options;
    options.weighted = weighted;
    options.betweennessPivots = 0;
    const StructureResult r = computeStructure(graph, options);
    INFO(data.at("name").get<std::string>() << " / " << caseName);

    compare("in-degree", r.inDegree, expected.at("in_degree"), names);
    compare("out-degree", r.outDegree, expected.at("out_degree"), names);
    compare("in-strength", r.inStrength, expected.at("in_strength"), names);
    compare("out-strength", r.outStrength, expected.at("out_strength"), names);
    compare("betweenness (raw)", r.betweenness, expected.at("betweenness_raw"), names);
    compare("betweenness", r.betweennessNormalised, expected.at("betweenness"), names);
    compare("closeness", r.closeness, expected.at("closeness"), names);
    compare("harmonic closeness", r.harmonic, expected.at("harmonic"), names);
    compare("PageRank", r.pageRank, expected.at("pagerank"), names);
    if (!expected.at("eigenvector").is_null()) {
        REQUIRE(r.eigenvectorConverged);
        compare("eigenvector", r.eigenvector, expected.at("eigenvector"), names);
    }
    compare("core number", asDoubles(r.coreNumber), expected.at("core_number"), names);
    compare("clustering", r.clustering, expected.at("clustering"), names);

    // NetworkX leaves Burt's measures undefined for a directed actor without outgoing ties even when it has
    // incoming ones; we define them over all contacts (docs/METRICS.md). Compare where both are defined.
    json constraint = expected.at("constraint");
    json effectiveSize = expected.at("effective_size");
    for (std::size_t v = 0; v < names.size(); ++v) {
        if (directed && constraint[v].is_null() && r.inDegree[v] > 0) {
            constraint[v] = r.constraint[v];
            effectiveSize[v] = r.effectiveSize[v];
        }
    }
    compare("constraint", r.constraint, constraint, names);
    compare("effective size", r.effectiveSize, effectiveSize, names);

    std::vector<std::size_t> points;
    for (std::size_t v = 0; v < r.articulation.size(); ++v) {
        if (r.articulation[v]) {
            points.push_back(v);
        }
    }
    CHECK(points == expected.at("articulation_points").get<std::vector<std::size_t>>());
    std::vector<std::pair<std::size_t, std::size_t>> bridges;
    for (const auto& pair : expected.at("bridges")) {
        bridges.emplace_back(pair[0].get<std::size_t>(), pair[1].get<std::size_t>());
    }
    CHECK(r.bridges == bridges);
    CHECK(partitionOf(r.weakComponent) == partitionOf(expected.at("weak_components")));
    CHECK(partitionOf(r.strongComponent) == partitionOf(expected.at("strong_components")));

    CHECK(r.density == doctest::Approx(expected.at("density").get<double>()).epsilon(kTolerance));
    CHECK(r.reciprocity == doctest::Approx(expected.at("reciprocity").get<double>()).epsilon(kTolerance));
    CHECK(r.degreeCentralisation ==
          doctest::Approx(expected.at("degree_centralisation").get<double>()).epsilon(kTolerance));
    CHECK(r.betweennessCentralisation ==
          doctest::Approx(expected.at("betweenness_centralisation").get<double>()).epsilon(kTolerance));

    // Modularity of NetworkX's own Louvain partition, computed by us, must be NetworkX's number; our Louvain
    // is a different run of a randomised method, so it must find a partition at least about as good.
    const auto partition = expected.at("partition").get<std::vector<int>>();
    CHECK(modularity(graph, partition, weighted) ==
          doctest::Approx(expected.at("partition_modularity").get<double>()).epsilon(kTolerance));
    CHECK(r.modularity >= expected.at("louvain_modularity").get<double>() - 0.02);
}

void checkNetwork(const std::string& name)
{
    const json data = fixture(name);
    for (const auto& [caseName, values] : data.at("cases").items()) {
        SUBCASE(caseName.c_str()) { checkCase(data, caseName); }
    }
}

} // namespace

TEST_CASE("NetworkX reference: Zachary's karate club") { checkNetwork("karate"); }
TEST_CASE("NetworkX reference: Padgett's Florentine families") { checkNetwork("florentine"); }
TEST_CASE("NetworkX reference: Les Misérables") { checkNetwork("lesmis"); }
TEST_CASE("NetworkX reference: a random directed weighted graph") { checkNetwork("random_directed"); }

TEST_CASE("NetworkX reference: the Delft 2015 example, built from the model as the program builds it")
{
    const json data = fixture("delft2015");
    const Project project = readJsonProject(test::dataFile("delft.json"));
    const Snapshot* delft = nullptr;
    for (const auto& snapshot : project.snapshots) {
        if (snapshot.name == "Delft 2015") {
            delft = &snapshot;
        }
    }
    REQUIRE(delft != nullptr);
    // The program's graph of the network is the fixture's graph, edge for edge.
    const MetricGraph ours = graphOf(delft->network, {true});
    const MetricGraph theirs = graphFrom(data, true);
    REQUIRE(ours.vertices == theirs.vertices);
    std::map<std::pair<std::size_t, std::size_t>, double> a, b;
    for (const auto& e : ours.edges) {
        a[{e.source, e.target}] = e.weight;
    }
    for (const auto& e : theirs.edges) {
        b[{e.source, e.target}] = e.weight;
    }
    CHECK(a == b);
    for (const auto& [caseName, values] : data.at("cases").items()) {
        SUBCASE(caseName.c_str()) { checkCase(data, caseName); }
    }
}
