#include "PathMeasures.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <random>
#include <stdexcept>
#include <thread>

namespace speelveld::detail {
namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

/// One thread's buffers, reused for every source so the inner loops never allocate.
struct Workspace {
    explicit Workspace(std::size_t n) : distance(n, kUnreached), sigma(n, 0), delta(n, 0), hops(n, -1)
    {
        order.reserve(n);
    }
    std::vector<double> distance;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<std::int32_t> hops;
    std::vector<std::uint32_t> order; ///< vertices in the order they were settled
};

struct Reach {
    std::size_t reached = 0; ///< others reached
    double sum = 0;          ///< Σ d
    double inverse = 0;      ///< Σ 1/d
};

/// Adds the vertices w.order[from, to), all at hop distance level, to the sums: one division per level
/// instead of one per vertex.
void addLevel(Reach& reach, std::size_t from, std::size_t to, std::int32_t level)
{
    const auto found = static_cast<double>(to - from);
    reach.reached += to - from;
    reach.sum += found * level;
    reach.inverse += found / level;
}

/// Breadth-first search from s: hops, shortest-path counts, settle order, and the distance sums.
Reach searchHops(const Csr& graph, std::size_t s, Workspace& w)
{
    w.order.clear();
    w.hops[s] = 0;
    w.sigma[s] = 1;
    w.order.push_back(static_cast<std::uint32_t>(s));
    Reach reach;
    std::size_t head = 0;
    for (std::int32_t level = 1; head < w.order.size(); ++level) {
        const std::size_t levelEnd = w.order.size();
        for (; head < levelEnd; ++head) {
            const std::uint32_t v = w.order[head];
            const double paths = w.sigma[v];
            for (std::size_t e = graph.begin(v); e < graph.end(v); ++e) {
                const std::uint32_t x = graph.targets[e];
                if (w.hops[x] < 0) {
                    w.hops[x] = level;
                    w.order.push_back(x);
                }
                if (w.hops[x] == level) {
                    w.sigma[x] += paths;
                }
            }
        }
        addLevel(reach, levelEnd, w.order.size(), level);
    }
    return reach;
}

/// Breadth-first search from s for the distance sums alone (harmonic closeness and closeness without
/// betweenness): no path counts, so the inner loop is one test per edge.
Reach searchLevels(const Csr& graph, std::size_t s, Workspace& w)
{
    w.order.clear();
    w.hops[s] = 0;
    w.order.push_back(static_cast<std::uint32_t>(s));
    Reach reach;
    std::size_t head = 0;
    for (std::int32_t level = 1; head < w.order.size(); ++level) {
        const std::size_t levelEnd = w.order.size();
        for (; head < levelEnd; ++head) {
            const std::uint32_t v = w.order[head];
            for (std::size_t e = graph.begin(v); e < graph.end(v); ++e) {
                const std::uint32_t x = graph.targets[e];
                if (w.hops[x] < 0) {
                    w.hops[x] = level;
                    w.order.push_back(x);
                }
            }
        }
        addLevel(reach, levelEnd, w.order.size(), level);
    }
    return reach;
}

/// Two path lengths are the same when they differ by at most 1e-10 relative. Sums of 1/weight taken in a
/// different order round differently (1/3 + 1/6 against 1/2), and an exact comparison would miss such a tie
/// and count too few shortest paths. igraph compares with the same relative epsilon.
bool sameLength(double a, double b)
{
    return b != kUnreached && std::abs(a - b) <= 1e-10 * std::max(std::abs(a), std::abs(b));
}

/// Dijkstra from s on lengths 1/weight, with ties by sameLength().
void searchWeighted(const Csr& graph, const std::vector<double>& length, std::size_t s, Workspace& w)
{
    using Entry = std::pair<double, std::uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    w.order.clear();
    w.distance[s] = 0;
    w.sigma[s] = 1;
    queue.emplace(0.0, static_cast<std::uint32_t>(s));
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (w.hops[v] >= 0 || d > w.distance[v]) {
            continue; // settled already, or a stale entry
        }
        w.hops[v] = 0; // marks "settled"
        w.order.push_back(v);
        for (std::size_t e = graph.begin(v); e < graph.end(v); ++e) {
            const std::uint32_t x = graph.targets[e];
            const double candidate = d + length[e];
            if (sameLength(candidate, w.distance[x])) {
                if (w.hops[x] < 0) {
                    w.sigma[x] += w.sigma[v];
                }
            } else if (candidate < w.distance[x]) {
                w.distance[x] = candidate;
                w.sigma[x] = w.sigma[v];
                queue.emplace(candidate, x);
            }
        }
    }
}

/// Brandes' dependency accumulation, walking successors instead of storing predecessor lists. Once v is
/// done, delta[v] holds (1 + δ(v)) / σ(v), the factor its predecessors need, so the edge loop only adds.
void accumulate(const Csr& graph, const std::vector<double>* length, std::size_t s, Workspace& w,
                std::vector<double>& betweenness, double scale)
{
    for (auto it = w.order.rbegin(); it != w.order.rend(); ++it) {
        const std::uint32_t v = *it;
        double sum = 0;
        if (length) {
            for (std::size_t e = graph.begin(v); e < graph.end(v); ++e) {
                const std::uint32_t x = graph.targets[e];
                if (w.hops[x] >= 0 && sameLength(w.distance[v] + (*length)[e], w.distance[x])) {
                    sum += w.delta[x];
                }
            }
        } else {
            const std::int32_t next = w.hops[v] + 1;
            for (std::size_t e = graph.begin(v); e < graph.end(v); ++e) {
                const std::uint32_t x = graph.targets[e];
                if (w.hops[x] == next) {
                    sum += w.delta[x];
                }
            }
        }
        const double dependency = w.sigma[v] * sum;
        w.delta[v] = (1 + dependency) / w.sigma[v];
        if (v != s) {
            betweenness[v] += scale * dependency;
        }
    }
}

void reset(Workspace& w)
{
    for (const std::uint32_t v : w.order) {
        w.distance[v] = kUnreached;
        w.sigma[v] = 0;
        w.delta[v] = 0;
        w.hops[v] = -1;
    }
    w.order.clear();
}

/// The distance sums of a weighted search.
Reach reachOf(const Workspace& w)
{
    Reach reach;
    for (std::size_t i = 1; i < w.order.size(); ++i) {
        const double d = w.distance[w.order[i]];
        ++reach.reached;
        reach.sum += d;
        reach.inverse += 1 / d;
    }
    return reach;
}

/// One search from s, as little as the measures asked for needs.
Reach search(const Csr& graph, const std::vector<double>* length, bool paths, std::size_t s, Workspace& w)
{
    if (length) {
        searchWeighted(graph, *length, s, w);
        return reachOf(w);
    }
    return paths ? searchHops(graph, s, w) : searchLevels(graph, s, w);
}

std::vector<std::size_t> drawPivots(std::size_t n, std::size_t k, std::uint64_t seed)
{
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), 0);
    std::mt19937_64 random(seed);
    std::shuffle(all.begin(), all.end(), random);
    all.resize(k);
    std::sort(all.begin(), all.end());
    return all;
}

/// Runs work(thread, source) for every source, sources dealt round-robin so the split (and so the rounding
/// of the sums) does not depend on timing.
template <typename Work>
void parallel(std::size_t sources, unsigned threads, const std::function<void(double)>& progress, std::stop_token stop,
              Work&& work)
{
    threads = std::max(1U, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(sources, 1))));
    std::atomic<std::size_t> done{0};
    auto run = [&](unsigned t) {
        for (std::size_t i = t; i < sources; i += threads) {
            if (stop.stop_requested()) {
                return;
            }
            work(t, i);
            const std::size_t finished = ++done;
            if (t == 0 && progress && finished % std::max<std::size_t>(1, sources / 100) == 0) {
                progress(static_cast<double>(finished) / static_cast<double>(sources));
            }
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        pool.emplace_back(run, t);
    }
    run(0);
    pool.clear(); // joins
    if (stop.stop_requested()) {
        throw std::runtime_error("cancelled");
    }
}

} // namespace

PathResult pathMeasures(const Csr& out, const Csr& in, const PathOptions& options, std::stop_token stop)
{
    const std::size_t n = out.n;
    PathResult result;
    result.betweenness.assign(n, 0);
    result.closeness.assign(n, 0);
    result.harmonic.assign(n, 0);
    if (n < 2) {
        return result;
    }
    std::vector<double> outLength, inLength;
    if (options.weighted) {
        outLength.resize(out.weights.size());
        inLength.resize(in.weights.size());
        std::transform(out.weights.begin(), out.weights.end(), outLength.begin(), [](double w) { return 1 / w; });
        std::transform(in.weights.begin(), in.weights.end(), inLength.begin(), [](double w) { return 1 / w; });
    }
    const std::vector<double>* outLengths = options.weighted ? &outLength : nullptr;
    const std::vector<double>* inLengths = options.weighted ? &inLength : nullptr;
    const bool sampled = options.pivots > 0 && options.pivots < n;
    const std::vector<std::size_t> sources = sampled ? drawPivots(n, options.pivots, options.seed) : [&] {
        std::vector<std::size_t> all(n);
        std::iota(all.begin(), all.end(), 0);
        return all;
    }();
    result.pivots = sampled ? sources.size() : 0;
    const double scale = sampled ? static_cast<double>(n) / static_cast<double>(sources.size()) : 1.0;
    const double others = static_cast<double>(n - 1);

    const unsigned threads = std::max(1U, options.threads);
    std::vector<Workspace> spaces;
    std::vector<std::vector<double>> partial(threads, std::vector<double>(n, 0));
    spaces.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) {
        spaces.emplace_back(n);
    }
    parallel(sources.size(), threads, options.progress, stop, [&](unsigned t, std::size_t i) {
        const std::size_t s = sources[i];
        Workspace& w = spaces[t];
        const Reach reach = search(out, outLengths, options.betweenness, s, w);
        if (!sampled) {
            if (reach.reached > 0) {
                const double r = static_cast<double>(reach.reached);
                result.closeness[s] = (r / others) * (r / reach.sum);
            }
            result.harmonic[s] = reach.inverse / others;
        }
        if (options.betweenness) {
            accumulate(out, outLengths, s, w, partial[t], scale);
        }
        reset(w);
    });
    for (const auto& part : partial) {
        for (std::size_t v = 0; v < n; ++v) {
            result.betweenness[v] += part[v];
        }
    }
    if (!sampled) {
        return result;
    }
    // Closeness from the pivots: searching the reversed graph from pivot p gives d(v, p) for every v.
    std::vector<std::vector<Reach>> partialReach(threads, std::vector<Reach>(n));
    parallel(sources.size(), threads, {}, stop, [&](unsigned t, std::size_t i) {
        Workspace& w = spaces[t];
        search(in, inLengths, false, sources[i], w);
        for (std::size_t j = 1; j < w.order.size(); ++j) {
            const std::uint32_t v = w.order[j];
            const double d = inLengths ? w.distance[v] : w.hops[v];
            Reach& reach = partialReach[t][v];
            ++reach.reached;
            reach.sum += d;
            reach.inverse += 1 / d;
        }
        reset(w);
    });
    const std::vector<bool> isPivot = [&] {
        std::vector<bool> flags(n, false);
        for (const std::size_t s : sources) {
            flags[s] = true;
        }
        return flags;
    }();
    for (std::size_t v = 0; v < n; ++v) {
        Reach reach;
        for (const auto& part : partialReach) {
            reach.reached += part[v].reached;
            reach.sum += part[v].sum;
            reach.inverse += part[v].inverse;
        }
        const double sample = static_cast<double>(sources.size() - (isPivot[v] ? 1 : 0));
        if (sample <= 0) {
            continue;
        }
        result.harmonic[v] = reach.inverse / sample; // mean of 1/d over the pivots = Σ/(n-1) estimated
        if (reach.reached > 0) {
            const double share = static_cast<double>(reach.reached) / sample; // ≈ (r-1)/(n-1)
            const double meanDistance = reach.sum / static_cast<double>(reach.reached);
            result.closeness[v] = share / meanDistance;
        }
    }
    return result;
}

} // namespace speelveld::detail
