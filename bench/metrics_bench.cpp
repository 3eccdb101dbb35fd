// Times our shortest-path measures and PageRank against the igraph C library, on one graph read from an edge
// list that graph-tool (bench/graphtool_bench.py) reads as well, so every tool sees the identical graph.
// Each run does one tool and one measure, so /usr/bin/time can report that tool's peak memory alone.
// bench/metrics.sh drives it; `metrics_bench help` lists the commands.

#include "core/Csr.h"
#include "core/Generator.h"
#include "core/MetricGraph.h"
#include "core/Metrics.h"
#include "core/PathMeasures.h"
#include "core/Spectral.h"
#include "core/Structure.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <igraph/igraph.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace speelveld;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t m = values.size() / 2;
    return values.size() % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}

/// Command line: positional arguments plus --name value options.
struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;

    Arguments(int argc, char** argv)
    {
        for (int i = 1; i < argc; ++i) {
            const std::string word = argv[i];
            if (word.starts_with("--")) {
                if (i + 1 >= argc) {
                    throw std::invalid_argument(word + " needs a value");
                }
                options[word.substr(2)] = argv[++i];
            } else {
                positional.push_back(word);
            }
        }
    }
    std::string text(const std::string& name, const std::string& fallback) const
    {
        const auto it = options.find(name);
        return it == options.end() ? fallback : it->second;
    }
    std::size_t number(const std::string& name, std::size_t fallback) const
    {
        const auto it = options.find(name);
        if (it == options.end()) {
            return fallback;
        }
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
        if (error != std::errc{} || end != it->second.data() + it->second.size()) {
            throw std::invalid_argument("--" + name + " wants a number, not " + it->second);
        }
        return value;
    }
    const std::string& file(std::size_t i) const
    {
        if (i >= positional.size()) {
            throw std::invalid_argument("a file name is missing");
        }
        return positional[i];
    }
};

/// The directed, unweighted graph the application measures for the first snapshot of a generated project.
MetricGraph generated(std::size_t actors, std::uint64_t seed)
{
    const Project project = generateProject({.actors = actors, .seed = seed});
    return graphOf(project.snapshots.front().network, {.directed = true});
}

// The edge list: a comment line "# vertices edges", then "source target" per line, vertices numbered from 0.
// numpy.loadtxt (graph-tool's side) skips the comment; the vertex count keeps isolated actors.
void writeEdges(const MetricGraph& graph, const std::string& path)
{
    std::ofstream file(path);
    file << "# " << graph.vertices << ' ' << graph.edges.size() << '\n';
    for (const auto& edge : graph.edges) {
        file << edge.source << ' ' << edge.target << '\n';
    }
    if (!file) {
        throw std::runtime_error("cannot write " + path);
    }
}

MetricGraph readEdges(const std::string& path)
{
    std::ifstream file(path);
    std::string hash;
    std::size_t edges = 0;
    MetricGraph graph;
    if (!(file >> hash >> graph.vertices >> edges) || hash != "#") {
        throw std::runtime_error(path + " does not start with '# vertices edges'");
    }
    graph.edges.reserve(edges);
    std::size_t s = 0, t = 0;
    while (file >> s >> t) {
        graph.edges.push_back({s, t, 1.0});
    }
    if (graph.edges.size() != edges) {
        throw std::runtime_error(path + " has " + std::to_string(graph.edges.size()) + " edges, not " +
                                 std::to_string(edges));
    }
    return graph;
}

void writeValues(const std::vector<double>& values, const std::string& path)
{
    if (path.empty()) {
        return;
    }
    std::FILE* file = std::fopen(path.c_str(), "w");
    if (!file) {
        throw std::runtime_error("cannot write " + path);
    }
    for (const double value : values) {
        std::fprintf(file, "%.17g\n", value);
    }
    std::fclose(file);
}

std::vector<double> readValues(const std::string& path)
{
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot read " + path);
    }
    std::vector<double> values;
    double value = 0;
    while (file >> value) {
        values.push_back(value);
    }
    return values;
}

// ---- the tools ----------------------------------------------------------------------------------------------

struct Timed {
    double seconds = 0;
    std::vector<double> values;
};

Timed runOurs(const MetricGraph& input, const std::string& measure, unsigned threads)
{
    // The same preparation computeStructure does; only the measure itself is timed, as for the other tools.
    const MetricGraph graph = detail::simplified(input);
    const detail::Csr out = detail::outgoing(graph);
    const detail::Csr in = detail::incoming(graph);
    Timed timed;
    if (measure == "betweenness" || measure == "harmonic") {
        detail::PathOptions options;
        options.threads = threads;
        options.betweenness = measure == "betweenness";
        const auto start = Clock::now();
        detail::PathResult result = detail::pathMeasures(out, in, options, {});
        timed.seconds = secondsSince(start);
        timed.values = measure == "betweenness" ? std::move(result.betweenness) : std::move(result.harmonic);
        return timed;
    }
    if (measure == "pagerank") {
        std::vector<double> outStrength(out.n);
        for (std::size_t v = 0; v < out.n; ++v) {
            outStrength[v] = static_cast<double>(out.degree(v)); // unweighted: every weight is 1
        }
        const auto start = Clock::now();
        timed.values = detail::pageRank(in, outStrength, out.n);
        timed.seconds = secondsSince(start);
        return timed;
    }
    throw std::invalid_argument("unknown measure " + measure);
}

void check(igraph_error_t error, const char* what)
{
    if (error != IGRAPH_SUCCESS) {
        throw std::runtime_error(std::string("igraph: ") + what + " failed: " + igraph_strerror(error));
    }
}

Timed runIgraph(const MetricGraph& graph, const std::string& measure)
{
    igraph_vector_int_t edges;
    check(igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(2 * graph.edges.size())), "vector");
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        VECTOR(edges)[2 * e] = static_cast<igraph_integer_t>(graph.edges[e].source);
        VECTOR(edges)[2 * e + 1] = static_cast<igraph_integer_t>(graph.edges[e].target);
    }
    igraph_t g;
    check(igraph_create(&g, &edges, static_cast<igraph_integer_t>(graph.vertices), IGRAPH_DIRECTED), "create");
    igraph_vector_int_destroy(&edges);
    igraph_vector_t result;
    check(igraph_vector_init(&result, 0), "vector");
    const auto start = Clock::now();
    if (measure == "betweenness") {
        check(igraph_betweenness(&g, &result, igraph_vss_all(), IGRAPH_DIRECTED, nullptr), "betweenness");
    } else if (measure == "harmonic") {
        // Normalised: divided by n-1, as ours; IGRAPH_OUT: distances from the vertex, as ours.
        check(igraph_harmonic_centrality(&g, &result, igraph_vss_all(), IGRAPH_OUT, nullptr, true), "harmonic");
    } else if (measure == "pagerank") {
        igraph_real_t eigenvalue = 0;
        check(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &result, &eigenvalue, igraph_vss_all(), IGRAPH_DIRECTED,
                              0.85, nullptr, nullptr),
              "pagerank");
    } else {
        throw std::invalid_argument("unknown measure " + measure);
    }
    Timed timed;
    timed.seconds = secondsSince(start);
    timed.values.assign(VECTOR(result), VECTOR(result) + igraph_vector_size(&result));
    igraph_vector_destroy(&result);
    igraph_destroy(&g);
    return timed;
}

/// Boost's Brandes on its compressed sparse row graph: not a target, a calibration point, since the issue's
/// reference figures include it.
Timed runBoost(const MetricGraph& graph, const std::string& measure)
{
    if (measure != "betweenness") {
        throw std::invalid_argument("the Boost calibration run only does betweenness");
    }
    using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    pairs.reserve(graph.edges.size());
    for (const auto& edge : graph.edges) {
        pairs.emplace_back(edge.source, edge.target);
    }
    const Graph g(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), graph.vertices);
    Timed timed;
    timed.values.assign(graph.vertices, 0);
    const auto start = Clock::now();
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(timed.values.begin(), get(boost::vertex_index, g))));
    timed.seconds = secondsSince(start);
    return timed;
}

// ---- the commands -------------------------------------------------------------------------------------------

/// generate --actors N [--seed S] FILE: the generated network as an edge list; prints "vertices edges".
int generate(const Arguments& args)
{
    const MetricGraph graph = generated(args.number("actors", 10000), args.number("seed", 1));
    writeEdges(graph, args.file(0));
    std::cout << graph.vertices << ' ' << graph.edges.size() << '\n';
    return 0;
}

/// run --tool ours|igraph|boost --measure betweenness|harmonic|pagerank [--threads T] [--values OUT] FILE:
/// prints "seconds S".
int run(const Arguments& args)
{
    const MetricGraph graph = readEdges(args.file(0));
    const std::string tool = args.text("tool", "ours");
    const std::string measure = args.text("measure", "betweenness");
    Timed timed;
    if (tool == "ours") {
        timed = runOurs(graph, measure, static_cast<unsigned>(args.number("threads", 1)));
    } else if (tool == "igraph") {
        if (args.number("threads", 1) != 1) {
            throw std::invalid_argument("igraph's C library runs these measures on one thread");
        }
        timed = runIgraph(graph, measure);
    } else if (tool == "boost") {
        timed = runBoost(graph, measure);
    } else {
        throw std::invalid_argument("unknown tool " + tool);
    }
    writeValues(timed.values, args.text("values", ""));
    std::printf("seconds %.4f\n", timed.seconds);
    return 0;
}

/// compare A B: the largest absolute difference, and the largest relative to the largest value of A.
int compare(const Arguments& args)
{
    const std::vector<double> a = readValues(args.file(0));
    const std::vector<double> b = readValues(args.file(1));
    if (a.size() != b.size() || a.empty()) {
        throw std::runtime_error("different lengths: " + std::to_string(a.size()) + " and " + std::to_string(b.size()));
    }
    double difference = 0, largest = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        difference = std::max(difference, std::abs(a[i] - b[i]));
        largest = std::max(largest, std::abs(a[i]));
    }
    std::printf("max_abs %.3g max_rel %.3g\n", difference, largest > 0 ? difference / largest : difference);
    return 0;
}

/// all [--actors 300] [--runs 20] [--threads T]: median time of computeMetrics, every measure the
/// application shows, on the first snapshot of a generated project.
int all(const Arguments& args)
{
    const Project project = generateProject({.actors = args.number("actors", 300), .seed = args.number("seed", 1)});
    const Network& network = project.snapshots.front().network;
    MetricsOptions options;
    options.structure.threads = static_cast<unsigned>(args.number("threads", 0));
    std::vector<double> times;
    const std::size_t runs = std::max<std::size_t>(1, args.number("runs", 20));
    for (std::size_t i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const MetricsResult result = computeMetrics(network, options);
        times.push_back(secondsSince(start));
        if (result.structure.betweenness.size() != network.actors().size()) {
            throw std::runtime_error("computeMetrics gave the wrong number of rows");
        }
    }
    std::printf("actors %zu relations %zu median_ms %.2f min_ms %.2f max_ms %.2f\n", network.actors().size(),
                network.relations().size(), 1000 * median(times), 1000 * *std::min_element(times.begin(), times.end()),
                1000 * *std::max_element(times.begin(), times.end()));
    return 0;
}

/// sampled [--pivots K] [--threads T] [--exact VALUES] [--seeds N] FILE: computeStructure with sampled
/// betweenness (automatic choice when --pivots is not given); prints its time, the pivots, the stated error
/// bound and, given the exact raw betweenness, the largest error of the normalised values over N seeds.
int sampled(const Arguments& args)
{
    const MetricGraph graph = readEdges(args.file(0));
    StructureOptions options;
    options.threads = static_cast<unsigned>(args.number("threads", 1));
    if (args.options.contains("pivots")) {
        options.betweennessPivots = args.number("pivots", kDefaultPivots);
    }
    const std::string exactPath = args.text("exact", "");
    const std::vector<double> exact = exactPath.empty() ? std::vector<double>{} : readValues(exactPath);
    const double n = static_cast<double>(graph.vertices);
    const double pairs = (n - 1) * (n - 2);
    const std::size_t seeds = exact.empty() ? 1 : std::max<std::size_t>(1, args.number("seeds", 1));
    for (std::size_t seed = 1; seed <= seeds; ++seed) {
        options.seed = seed;
        const auto start = Clock::now();
        const StructureResult result = computeStructure(graph, options);
        const double seconds = secondsSince(start);
        std::printf("seed %zu seconds %.3f pivots %zu bound %.3g", seed, seconds, result.betweennessPivots,
                    result.betweennessErrorBound);
        if (!exact.empty()) {
            if (exact.size() != result.betweennessNormalised.size()) {
                throw std::runtime_error("the exact values are for another graph");
            }
            double error = 0;
            for (std::size_t v = 0; v < exact.size(); ++v) {
                error = std::max(error, std::abs(result.betweennessNormalised[v] - exact[v] / pairs));
            }
            std::printf(" max_error %.3g", error);
        }
        std::printf("\n");
    }
    return 0;
}

/// paths --pivots K [--threads T] FILE: only the sampled shortest-path pass (betweenness, closeness and
/// harmonic from K pivots), the part of computeStructure that grows with vertices × edges.
int paths(const Arguments& args)
{
    const MetricGraph graph = detail::simplified(readEdges(args.file(0)));
    const detail::Csr out = detail::outgoing(graph);
    const detail::Csr in = detail::incoming(graph);
    detail::PathOptions options;
    options.threads = static_cast<unsigned>(args.number("threads", 1));
    options.pivots = args.number("pivots", kDefaultPivots);
    const auto start = Clock::now();
    const detail::PathResult result = detail::pathMeasures(out, in, options, {});
    std::printf("seconds %.3f pivots %zu\n", secondsSince(start), result.pivots);
    return 0;
}

int help()
{
    std::cout << "metrics_bench generate --actors N [--seed S] FILE\n"
                 "metrics_bench run --tool ours|igraph|boost --measure betweenness|harmonic|pagerank [--threads T]"
                 " [--values OUT] FILE\n"
                 "metrics_bench compare A B\n"
                 "metrics_bench all [--actors 300] [--runs 20] [--threads T]\n"
                 "metrics_bench sampled [--pivots K] [--threads T] [--exact VALUES] [--seeds N] FILE\n"
                 "metrics_bench paths [--pivots K] [--threads T] FILE\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        if (argc < 2) {
            return help();
        }
        const std::string command = argv[1];
        const Arguments args(argc - 1, argv + 1);
        if (command == "generate") {
            return generate(args);
        }
        if (command == "run") {
            return run(args);
        }
        if (command == "compare") {
            return compare(args);
        }
        if (command == "all") {
            return all(args);
        }
        if (command == "sampled") {
            return sampled(args);
        }
        if (command == "paths") {
            return paths(args);
        }
        help();
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "metrics_bench: " << error.what() << '\n';
        return 1;
    }
}
