"""Reference values for Speelveld's structural measures, computed with NetworkX and checked with igraph.

Writes tests/fixtures/metrics/{karate,florentine,lesmis,random_directed,delft2015}.json, the fixtures that
tests/core/ReferenceMetricsTest.cpp compares core/Structure.cpp against (to 1e-6). Each fixture holds the
graph (vertex names, edges [u, v, weight]) and, per case (directed/undirected x unweighted/weighted), every
measure as NetworkX 2.8 defines it, adjusted where Speelveld's definition is documented to differ
(docs/METRICS.md): closeness and harmonic closeness use outgoing distances, harmonic closeness is divided
by n - 1. The key measures are recomputed with igraph, an independent implementation; the script stops
without writing anything when the two disagree by more than 1e-9.

Run from the repository root with Debian's Python (python3-networkx 2.8, python3-igraph, python3-scipy):

    /usr/bin/python3 tests/reference/make_reference.py

The output is deterministic (fixed seeds, fixed vertex and edge order), so rerunning it on the same
library versions reproduces the committed files byte for byte.
"""

import json
import math
import random
import sys
import time
from fractions import Fraction
from pathlib import Path

import igraph as ig
import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "tests" / "fixtures" / "metrics"
DELFT_FILE = ROOT / "data" / "delft.json"

LOUVAIN_SEED = 42
RANDOM_SEED = 7
# NetworkX and igraph compute the same quantities by different code (and PageRank by a different solver,
# PRPACK); both are far more accurate than this, so a larger gap means a definition differs.
CROSS_CHECK_TOLERANCE = 1e-9


# --------------------------------------------------------------------------------------------------------
# The networks. Each is a dict: name, source, directed, vertices (names), edges [[u, v, w], ...] with vertex
# indices, w > 0, no self loops; undirected: each edge once with u < v. Edges are sorted so the files are
# stable.


def network_from_undirected(name, source, graph, order, weight_of):
    index = {node: i for i, node in enumerate(order)}
    edges = []
    for a, b, data in graph.edges(data=True):
        u, v = sorted((index[a], index[b]))
        assert u != v, "self loop in " + name
        edges.append([u, v, float(weight_of(data))])
    edges.sort()
    return {"name": name, "source": source, "directed": False, "vertices": [str(n) for n in order], "edges": edges}


def karate():
    graph = nx.karate_club_graph()
    return network_from_undirected(
        "karate",
        "networkx.karate_club_graph (Zachary 1977), weights = number of contexts the two members interacted in",
        graph, sorted(graph.nodes), lambda d: d["weight"])


def florentine():
    graph = nx.florentine_families_graph()
    return network_from_undirected(
        "florentine", "networkx.florentine_families_graph (Padgett & Ansell 1993, marriage ties), unweighted",
        graph, sorted(graph.nodes), lambda d: 1.0)


def lesmis():
    graph = nx.les_miserables_graph()
    return network_from_undirected(
        "lesmis",
        "networkx.les_miserables_graph (Knuth 1993), weights = number of chapters the two characters co-occur in",
        graph, sorted(graph.nodes), lambda d: d["weight"])


def random_directed():
    """40 vertices, about 130 edges, weights 1..5; v37 only sends, v38 only receives, v39 is isolated, and
    some pairs are mutual, so that every special case of the directed measures is exercised."""
    rng = random.Random(RANDOM_SEED)
    n, core = 40, 37
    source, sink = 37, 38  # vertex 39 gets no edge at all
    edges = {}
    while len(edges) < 110:
        u, v = rng.sample(range(core), 2)  # two distinct vertices: no self loops
        edges.setdefault((u, v), rng.randint(1, 5))
    for u in rng.sample(range(core), 4):
        edges[(u, sink)] = rng.randint(1, 5)
    for v in rng.sample(range(core), 4):
        edges[(source, v)] = rng.randint(1, 5)
    for u, v in rng.sample(sorted(e for e in edges if source not in e and sink not in e), 12):
        edges.setdefault((v, u), rng.randint(1, 5))

    outs = {u for u, _ in edges}
    ins = {v for _, v in edges}
    assert any(v in ins and v not in outs for v in range(n)), "no vertex that only receives"
    assert any(v in outs and v not in ins for v in range(n)), "no vertex that only sends"
    assert any(v not in ins and v not in outs for v in range(n)), "no isolated vertex"
    assert any((v, u) in edges for u, v in edges), "no mutual pair"
    return {
        "name": "random_directed",
        "source": f"random.Random({RANDOM_SEED}) in tests/reference/make_reference.py: 40 vertices, weights 1..5, "
                  "one source-only, one sink-only and one isolated vertex, some mutual pairs",
        "directed": True,
        "vertices": [f"v{i}" for i in range(n)],
        "edges": sorted([u, v, float(w)] for (u, v), w in edges.items()),
    }


def delft2015():
    """The graph Speelveld builds from the snapshot (core/MetricGraph.cpp graphOf, docs/METRICS.md): one vertex
    per actor in file order; each relation a tie of weight = strength (default 3); collaborates_with counts
    both ways; self loops left out; ties on the same ordered pair summed."""
    project = json.loads(DELFT_FILE.read_text(encoding="utf-8"))
    snapshot = next(s for s in project["snapshots"] if s["name"] == "Delft 2015")
    actors = snapshot["actors"]
    index = {actor["id"]: i for i, actor in enumerate(actors)}
    weights = {}
    for relation in snapshot.get("relations", []):
        s, t = index[relation["source"]], index[relation["target"]]
        if s == t:
            continue
        strength = float(relation.get("strength", 3))
        pairs = [(s, t), (t, s)] if relation["type"] == "collaborates_with" else [(s, t)]
        for pair in pairs:
            weights[pair] = weights.get(pair, 0.0) + strength
    return {
        "name": "delft2015",
        "source": "data/delft.json, snapshot \"Delft 2015\" (Bosman & Vos); weight = summed relation strengths, "
                  "collaborates_with both ways",
        "directed": True,
        "vertices": [actor["name"] for actor in actors],
        "edges": sorted([u, v, w] for (u, v), w in weights.items()),
    }


# --------------------------------------------------------------------------------------------------------
# Graphs per case.


def case_graphs(network, directed, weighted):
    """The graph G of this case and the undirected view U of the network (the same graph when the case is
    undirected). Every edge carries `weight` (1 when unweighted) and `distance` = 1 / weight.

    The distance is an exact fraction, not a float, so that shortest paths of equal length (1/2 + 1/4 and
    1/4 + 1/2, or 1/3 + 1/6 and 1/2) are recognised as equal. With float distances NetworkX compares the
    rounded sums with == and drops some tied paths from betweenness (karate, weighted: vertex 0 gets 208.5
    instead of 209), where igraph, which compares with a tolerance, and the definition count them all.
    Fraction(float) is exact, so nothing else changes; results are converted to float at the end."""
    n = len(network["vertices"])
    # The undirected view: one edge per unordered pair, weight = sum over both directions.
    pair_weight = {}
    for u, v, w in network["edges"]:
        key = (min(u, v), max(u, v))
        pair_weight[key] = pair_weight.get(key, 0.0) + w
    undirected = nx.Graph()
    undirected.add_nodes_from(range(n))
    for (u, v), w in sorted(pair_weight.items()):
        w = w if weighted else 1.0
        undirected.add_edge(u, v, weight=w, distance=1 / Fraction(w))
    if not directed:
        return undirected, undirected
    graph = nx.DiGraph()
    graph.add_nodes_from(range(n))
    for u, v, w in network["edges"]:
        w = w if weighted else 1.0
        graph.add_edge(u, v, weight=w, distance=1 / Fraction(w))
    return graph, undirected


def per_vertex(values, n):
    """A dict by vertex -> list in vertex order; NaN -> None (JSON null, "undefined" in the test); exact
    fractions (from the distances) -> float; integers (degrees, core numbers) stay integers."""
    out = []
    for v in range(n):
        x = values[v]
        if isinstance(x, Fraction):
            x = float(x)
        out.append(None if isinstance(x, float) and math.isnan(x) else x)
    return out


def community_numbers(communities, n):
    # Numbered largest first (ties by smallest member), like Speelveld's own numbering; only the grouping
    # matters to the test, the order just keeps the file stable.
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    number = [None] * n
    for i, members in enumerate(ordered):
        for v in members:
            number[v] = i
    return number


def measures(network, directed, weighted):
    G, U = case_graphs(network, directed, weighted)
    n = G.number_of_nodes()
    weight = "weight" if weighted else None
    distance = "distance" if weighted else None
    # NetworkX's closeness and harmonic centrality both use distances TO a vertex in a directed graph;
    # Speelveld uses distances FROM it (docs/METRICS.md), which is NetworkX on the reversed graph.
    outgoing = G.reverse(copy=True) if directed else G

    if directed:
        in_degree, out_degree = dict(G.in_degree()), dict(G.out_degree())
        in_strength, out_strength = dict(G.in_degree(weight=weight)), dict(G.out_degree(weight=weight))
        weak = list(nx.weakly_connected_components(G))
        strong = list(nx.strongly_connected_components(G))
        reciprocity = nx.overall_reciprocity(G)
    else:
        in_degree = out_degree = dict(G.degree())
        in_strength = out_strength = dict(G.degree(weight=weight))
        weak = strong = list(nx.connected_components(G))
        reciprocity = 1.0

    betweenness_raw = nx.betweenness_centrality(G, normalized=False, weight=distance)
    betweenness = nx.betweenness_centrality(G, normalized=True, weight=distance)
    closeness = nx.closeness_centrality(outgoing, distance=distance)  # Wasserman-Faust (wf_improved=True)
    harmonic = {v: h / (n - 1) for v, h in nx.harmonic_centrality(outgoing, distance=distance).items()}
    pagerank = nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=10000, weight=weight)
    try:
        eigenvector = per_vertex(
            nx.eigenvector_centrality(G, max_iter=100000, tol=1e-13, weight=weight), n)
    except nx.PowerIterationFailedConvergence:
        eigenvector = None

    # Louvain on the undirected view; the test recomputes the modularity of this very partition.
    communities = nx.community.louvain_communities(U, weight=weight, seed=LOUVAIN_SEED)
    modularity = nx.community.modularity(U, communities, weight=weight)

    undirected_degree = dict(U.degree())
    max_degree = max(undirected_degree.values())
    max_betweenness = max(betweenness.values())

    result = {
        "in_degree": per_vertex(in_degree, n),
        "out_degree": per_vertex(out_degree, n),
        "in_strength": per_vertex({v: float(s) for v, s in in_strength.items()}, n),
        "out_strength": per_vertex({v: float(s) for v, s in out_strength.items()}, n),
        "betweenness_raw": per_vertex(betweenness_raw, n),
        "betweenness": per_vertex(betweenness, n),
        "closeness": per_vertex(closeness, n),
        "harmonic": per_vertex(harmonic, n),
        "pagerank": per_vertex(pagerank, n),
        "eigenvector": eigenvector,
        "core_number": per_vertex(nx.core_number(U), n),
        "clustering": per_vertex({v: float(c) for v, c in nx.clustering(U).items()}, n),  # unweighted
        "constraint": per_vertex(nx.constraint(G, weight=weight), n),
        "effective_size": per_vertex(nx.effective_size(G, weight=weight), n),
        "articulation_points": sorted(nx.articulation_points(U)),
        "bridges": sorted(sorted(edge) for edge in nx.bridges(U)),
        "weak_components": sorted(sorted(c) for c in weak),
        "strong_components": sorted(sorted(c) for c in strong),
        "density": nx.density(G),
        "reciprocity": reciprocity,
        "degree_centralisation": sum(max_degree - d for d in undirected_degree.values()) / ((n - 1) * (n - 2)),
        "betweenness_centralisation": sum(max_betweenness - b for b in betweenness.values()) / (n - 1),
        "partition": community_numbers(communities, n),
        "louvain_modularity": modularity,
        "partition_modularity": modularity,
    }
    cross_check(network["name"], G, U, weight, distance, result)
    return result


# --------------------------------------------------------------------------------------------------------
# The igraph cross-check: only measures igraph defines the same way.


def to_igraph(graph):
    edges = sorted(graph.edges(data=True))
    g = ig.Graph(n=graph.number_of_nodes(), edges=[(u, v) for u, v, _ in edges], directed=graph.is_directed())
    g.es["weight"] = [d["weight"] for _, _, d in edges]
    g.es["distance"] = [float(d["distance"]) for _, _, d in edges]  # igraph compares with a tolerance
    return g


def agree(what, ours, theirs):
    """Stops the script when the two per-vertex lists differ by more than the tolerance (relative above 1,
    as in the C++ test)."""
    if len(ours) != len(theirs):
        sys.exit(f"make_reference: {what}: NetworkX has {len(ours)} values, igraph {len(theirs)}")
    for v, (a, b) in enumerate(zip(ours, theirs)):
        if a is None or b is None or math.isnan(b):
            if not (a is None and (b is None or math.isnan(b))):
                sys.exit(f"make_reference: {what} of vertex {v}: NetworkX {a}, igraph {b}")
            continue
        if abs(a - b) > CROSS_CHECK_TOLERANCE * max(1.0, abs(a)):
            sys.exit(f"make_reference: NetworkX and igraph disagree on {what} of vertex {v}: {a!r} vs {b!r} "
                     f"(difference {abs(a - b):.3g}); not writing fixtures")


def cross_check(name, G, U, weight, distance, result):
    n = G.number_of_nodes()
    g, gu = to_igraph(G), to_igraph(U)
    label = f"{name} ({'directed' if G.is_directed() else 'undirected'}, {'weighted' if weight else 'unweighted'})"

    agree(f"{label} raw betweenness", result["betweenness_raw"], g.betweenness(directed=True, weights=distance))

    # igraph's closeness counts only the reachable vertices: r / sum(d) with r reached (normalized=True);
    # Wasserman-Faust multiplies by r / (n - 1). NaN for a vertex that reaches nobody, where W-F gives 0.
    reached = [sum(1 for d in row if math.isfinite(d)) - 1 for row in g.distances(mode="out", weights=distance)]
    closeness = g.closeness(mode="out", weights=distance, normalized=True)
    agree(f"{label} closeness", result["closeness"],
          [c * r / (n - 1) if r > 0 else 0.0 for c, r in zip(closeness, reached)])
    agree(f"{label} harmonic closeness", result["harmonic"],
          g.harmonic_centrality(mode="out", weights=distance, normalized=True))
    agree(f"{label} PageRank", result["pagerank"], g.pagerank(damping=0.85, weights=weight, directed=True))
    agree(f"{label} core number", result["core_number"], gu.coreness(mode="all"))
    agree(f"{label} clustering", result["clustering"], gu.transitivity_local_undirected(mode="zero"))

    points = sorted(gu.articulation_points())
    if points != result["articulation_points"]:
        sys.exit(f"make_reference: {label} articulation points: NetworkX {result['articulation_points']}, "
                 f"igraph {points}")
    bridges = sorted(sorted(gu.es[e].tuple) for e in gu.bridges())
    if bridges != result["bridges"]:
        sys.exit(f"make_reference: {label} bridges: NetworkX {result['bridges']}, igraph {bridges}")


# --------------------------------------------------------------------------------------------------------
# Output: one key per line, lists on one line, so a diff shows which measure changed.


def dumps(value):
    # allow_nan=False: a NaN that slipped past per_vertex would make a file the C++ JSON reader rejects.
    return json.dumps(value, allow_nan=False, ensure_ascii=False)


def fixture_text(fixture):
    head = [f"  {dumps(key)}: {dumps(fixture[key])}" for key in ("name", "source", "directed", "vertices")]
    edges = '  "edges": [\n' + ",\n".join("    " + dumps(e) for e in fixture["edges"]) + "\n  ]"
    cases = []
    for case_name, case in fixture["cases"].items():
        body = ",\n".join(f"      {dumps(key)}: {dumps(value)}" for key, value in case.items())
        cases.append(f"    {dumps(case_name)}: {{\n{body}\n    }}")
    text = "{\n" + ",\n".join(head + [edges, '  "cases": {\n' + ",\n".join(cases) + "\n  }"]) + "\n}\n"
    assert json.loads(text) == fixture, "fixture writer lost something"
    return text


def main():
    started = time.perf_counter()
    print(f"NetworkX {nx.__version__}, igraph {ig.__version__}")
    texts = {}
    for network in (karate(), florentine(), lesmis(), random_directed(), delft2015()):
        if network["directed"]:
            cases = [("directed_unweighted", True, False), ("directed_weighted", True, True),
                     ("undirected_unweighted", False, False), ("undirected_weighted", False, True)]
        else:
            cases = [("undirected_unweighted", False, False), ("undirected_weighted", False, True)]
        network["cases"] = {name: measures(network, d, w) for name, d, w in cases}
        texts[network["name"]] = fixture_text(network)
        eigen = [c for c, v in network["cases"].items() if v["eigenvector"] is None]
        print(f"{network['name']}: {len(network['vertices'])} vertices, {len(network['edges'])} edges, "
              f"igraph agrees; eigenvector not converged in: {eigen or 'none'}")
    # Written only after every network passed the cross-check, so a failure leaves the old files in place.
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (OUT_DIR / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote {(OUT_DIR / f'{name}.json').relative_to(ROOT)}")
    print(f"done in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
