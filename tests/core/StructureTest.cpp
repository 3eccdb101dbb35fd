// Structural measures on small graphs worked out by hand; the drawing of each graph is next to its values.
#include "core/Structure.h"

#include <doctest/doctest.h>

#include <cmath>
#include <stop_token>

using namespace speelveld;
using doctest::Approx;

namespace {

MetricGraph graph(std::size_t n, bool directed, std::vector<MetricGraph::Edge> edges, std::vector<int> group = {})
{
    MetricGraph g;
    g.vertices = n;
    g.directed = directed;
    g.edges = std::move(edges);
    g.group = std::move(group);
    return g;
}

StructureResult measure(const MetricGraph& g, bool weighted = false)
{
    StructureOptions options;
    options.weighted = weighted;
    options.threads = 1;
    return computeStructure(g, options);
}

} // namespace

TEST_CASE("a directed path: betweenness, closeness, harmonic, components, bridges")
{
    //   0 ──► 1 ──► 2
    const auto r = measure(graph(3, true, {{0, 1}, {1, 2}}));
    CHECK(r.betweenness == std::vector<double>{0, 1, 0}); // 1 lies on the one path 0→2
    CHECK(r.betweennessNormalised[1] == Approx(0.5));     // 1 / ((n-1)(n-2)) = 1/2
    CHECK(r.closeness[0] == Approx(2.0 / 3.0));           // reaches 2 of 2 others, Σd = 3: (2/2)(2/3)
    CHECK(r.closeness[1] == Approx(0.5));                 // reaches 1 of 2, Σd = 1: (1/2)(1/1)
    CHECK(r.closeness[2] == 0);
    CHECK(r.harmonic[0] == Approx(0.75)); // (1 + 1/2) / 2
    CHECK(r.harmonic[1] == Approx(0.5));
    CHECK(r.inDegree == std::vector<double>{0, 1, 1});
    CHECK(r.outDegree == std::vector<double>{1, 1, 0});
    CHECK(r.density == Approx(2.0 / 6.0));
    CHECK(r.reciprocity == 0);
    CHECK(r.weakComponents == 1);
    CHECK(r.strongComponents == 3);
    CHECK(r.articulation == std::vector<bool>{false, true, false});
    CHECK(r.bridges == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}});

    SUBCASE("the same path undirected")
    {
        //   0 ──── 1 ──── 2
        const auto u = measure(graph(3, false, {{0, 1}, {1, 2}}));
        CHECK(u.betweenness[1] == Approx(1));           // the pair {0,2}, counted once
        CHECK(u.betweennessNormalised[1] == Approx(1)); // 2 / ((n-1)(n-2)) · 1
        CHECK(u.closeness[1] == Approx(1));             // (2/2)(2/2)
        CHECK(u.closeness[0] == Approx(2.0 / 3.0));
        CHECK(u.density == Approx(2.0 / 3.0));
        CHECK(u.reciprocity == 1);
        CHECK(u.strongComponents == 1);
    }
}

TEST_CASE("a star: the centre brokers everything, leaves are fully constrained")
{
    //        1
    //        │
    //   2 ── 0 ── 3
    //        │
    //        4
    const auto r = measure(graph(5, false, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
    CHECK(r.betweenness[0] == Approx(6));            // C(4,2) pairs of leaves
    CHECK(r.betweennessNormalised[0] == Approx(1));  // 6 · 2 / (4 · 3)
    CHECK(r.degreeCentralisation == Approx(1));      // Σ(4 - 1) over 4 leaves = 12 = (n-1)(n-2)
    CHECK(r.betweennessCentralisation == Approx(1)); // Σ(1 - 0) over 4 leaves / (n-1)
    CHECK(r.constraint[0] == Approx(0.25));          // 4 contacts of p = 1/4, none linked: 4 · (1/4)²
    CHECK(r.constraint[1] == Approx(1));             // one contact, p = 1
    CHECK(r.effectiveSize[0] == Approx(4));          // 4 contacts, no redundancy
    CHECK(r.effectiveSize[1] == Approx(1));
    CHECK(r.clustering == std::vector<double>(5, 0.0));
    CHECK(r.coreNumber == std::vector<int>(5, 1));
    CHECK(r.articulation[0]);
    CHECK(r.bridges.size() == 4);
}

TEST_CASE("a wheel: clustering at the hub and on the rim, directed ties counted once")
{
    //        1
    //      / | \ .
    //     5──0──2      hub 0 tied to every rim actor; rim 1-2-3-4-5-1
    //      \ / \ / .
    //       4───3      three rim ties run both ways, which must not count twice
    const auto r = measure(graph(
        6, true,
        {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {1, 2}, {2, 1}, {2, 3}, {3, 4}, {4, 3}, {4, 5}, {5, 1}, {1, 5}}));
    CHECK(r.clustering[0] == Approx(0.5));       // 5 neighbours, 10 pairs, 5 of them tied (the rim)
    CHECK(r.clustering[1] == Approx(2.0 / 3.0)); // neighbours 0, 2, 5: 0-2 and 0-5 tied, 2-5 not
    for (std::size_t v = 2; v < 6; ++v) {
        CHECK(r.clustering[v] == Approx(2.0 / 3.0));
    }
}

TEST_CASE("a triangle with a tail: clustering, k-cores, articulation point")
{
    //   0 ── 1
    //    \  /
    //     2 ── 3
    const auto r = measure(graph(4, false, {{0, 1}, {1, 2}, {0, 2}, {2, 3}}));
    CHECK(r.clustering[0] == Approx(1));
    CHECK(r.clustering[2] == Approx(1.0 / 3.0)); // neighbours 0, 1, 3: one link of three possible
    CHECK(r.clustering[3] == 0);
    CHECK(r.coreNumber == std::vector<int>{2, 2, 2, 1});
    CHECK(r.articulation == std::vector<bool>{false, false, true, false});
    CHECK(r.bridges == std::vector<std::pair<std::size_t, std::size_t>>{{2, 3}});
    CHECK(r.constraint[3] == Approx(1));
    // Constraint of 0: contacts 1 and 2 with p = 1/2 each; p(1,2) = 1/2 (1 has two contacts), p(2,1) = 1/3.
    // c(0,1) = (1/2 + p02·p21)² = (1/2 + 1/2·1/3)² = (2/3)²;  c(0,2) = (1/2 + p01·p12)² = (1/2 + 1/4)² = (3/4)²
    CHECK(r.constraint[0] == Approx(4.0 / 9.0 + 9.0 / 16.0));
}

TEST_CASE("Gould–Fernandez brokerage roles with groups")
{
    //   groups: 0 A, 1 B, 2 A, 3 B, 4 C, 5 C, 6 C
    //
    //   0 ──► 1 ──► 2
    //         │     │
    //         ▼     ▼
    //         3 ◄───┘
    //         │
    //         ▼
    //         4 ──► 5 ──► 6
    const auto r =
        measure(graph(7, true, {{0, 1}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}, {5, 6}}, {0, 1, 0, 1, 2, 2, 2}));
    using B = Brokerage;
    auto count = [&](std::size_t v, B role) { return r.brokerage[v][static_cast<std::size_t>(role)]; };
    CHECK(count(1, B::Itinerant) == 1);      // 0 → 1 → 2: A B A, and no 0 → 2
    CHECK(count(1, B::Gatekeeper) == 1);     // 0 → 1 → 3: A B B
    CHECK(count(2, B::Itinerant) == 0);      // 1 → 2 → 3 does not count: 1 → 3 exists
    CHECK(count(3, B::Representative) == 1); // 1 → 3 → 4: B B C
    CHECK(count(3, B::Liaison) == 1);        // 2 → 3 → 4: A B C
    CHECK(count(4, B::Gatekeeper) == 1);     // 3 → 4 → 5: B C C
    CHECK(count(5, B::Coordinator) == 1);    // 4 → 5 → 6: C C C
    double total = 0;
    for (const auto& roles : r.brokerage) {
        for (const double value : roles) {
            total += value;
        }
    }
    CHECK(total == 6); // the six brokered paths above
}

TEST_CASE("weighted shortest paths follow strong ties (distance 1/strength)")
{
    //   0 ─1─► 1 ─1─► 2        lengths 1 + 1 = 2
    //   │             ▲
    //   4             4        lengths 1/4 + 1/4 = 1/2: the way through 3 is shorter
    //   ▼             │
    //   3 ────────────┘
    const auto g = graph(4, true, {{0, 1, 1}, {1, 2, 1}, {0, 3, 4}, {3, 2, 4}});
    const auto weighted = measure(g, true);
    CHECK(weighted.betweenness == std::vector<double>{0, 0, 0, 1});
    CHECK(weighted.outStrength[0] == 5);
    CHECK(weighted.harmonic[0] == Approx((1 + 2 + 4) / 3.0)); // d(0,1) = 1, d(0,2) = 1/2, d(0,3) = 1/4
    const auto hops = measure(g, false);
    CHECK(hops.betweenness == std::vector<double>{0, 0.5, 0, 0.5}); // two shortest paths of 2 hops
    CHECK(hops.outStrength[0] == 2);
}

TEST_CASE("PageRank spreads the rank of an actor without outgoing ties")
{
    //   0 ──► 1      x0 = 0.15/2 + 0.85·x1/2,  x1 = 0.15/2 + 0.85·x1/2 + 0.85·x0,  x0 + x1 = 1
    //                ⇒ 1.425·x0 = 0.5
    const auto r = measure(graph(2, true, {{0, 1}}));
    CHECK(r.pageRank[0] == Approx(0.5 / 1.425).epsilon(1e-9));
    CHECK(r.pageRank[1] == Approx(1 - 0.5 / 1.425).epsilon(1e-9));
    //   0 ◄──► 1: equal
    const auto cycle = measure(graph(2, true, {{0, 1}, {1, 0}}));
    CHECK(cycle.pageRank[0] == Approx(0.5));
    CHECK(cycle.reciprocity == 1);
}

TEST_CASE("eigenvector centrality of a triangle is equal and of unit length")
{
    const auto r = measure(graph(3, false, {{0, 1}, {1, 2}, {0, 2}}));
    REQUIRE(r.eigenvectorConverged);
    for (const double value : r.eigenvector) {
        CHECK(value == Approx(1 / std::sqrt(3.0)));
    }
}

TEST_CASE("Louvain splits two triangles joined by one tie; modularity by hand")
{
    //   0 ── 1        3 ── 4
    //    \  /          \  /
    //     2 ────────── 5
    const auto g = graph(6, false, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 5}});
    const auto r = measure(g);
    CHECK(r.communities == 2);
    CHECK(r.community[0] == r.community[1]);
    CHECK(r.community[1] == r.community[2]);
    CHECK(r.community[3] == r.community[5]);
    CHECK(r.community[0] != r.community[3]);
    // m = 7; each side: 3 ties inside, degree sum 7.  Q = 2 · (3/7 − (7/14)²)
    CHECK(r.modularity == Approx(2 * (3.0 / 7.0 - 0.25)));
    CHECK(modularity(g, {0, 0, 0, 0, 0, 0}, false) == Approx(0));
}

TEST_CASE("repeated edges merge by adding weights; bad edges are refused")
{
    const auto r = measure(graph(2, true, {{0, 1, 2}, {0, 1, 3}, {1, 1, 1}}), true);
    CHECK(r.outStrength[0] == 5);
    CHECK(r.outDegree[0] == 1);
    CHECK(r.inDegree[1] == 1); // the self-loop is left out
    CHECK_THROWS_AS(measure(graph(2, true, {{0, 2}})), std::invalid_argument);
    CHECK_THROWS_AS(measure(graph(2, true, {{0, 1, 0}}), true), std::invalid_argument);
}

TEST_CASE("an empty graph and a single actor give zeros, not errors")
{
    CHECK(measure(graph(0, true, {})).betweenness.empty());
    const auto one = measure(graph(1, true, {}));
    CHECK(one.betweenness == std::vector<double>{0});
    CHECK(std::isnan(one.constraint[0]));
    CHECK(one.density == 0);
}

TEST_CASE("cancelling stops the computation")
{
    std::stop_source stop;
    stop.request_stop();
    CHECK_THROWS_WITH(computeStructure(graph(3, true, {{0, 1}, {1, 2}}), {}, stop.get_token()), "cancelled");
}
