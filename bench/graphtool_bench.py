#!/usr/bin/python3
"""graph-tool's side of bench/metrics.sh: one measure on the edge list metrics_bench wrote, timed alone.

Usage: graphtool_bench.py --measure betweenness|harmonic|pagerank [--threads T] [--values OUT] FILE
Prints "seconds S" like metrics_bench, and writes the values one per line so they can be compared.
Run with Debian's /usr/bin/python3, which has python3-graph-tool.
"""

import argparse
import time

import numpy
import graph_tool
import graph_tool.centrality


def read_graph(path):
    """The graph metrics_bench wrote: a '# vertices edges' line, then 'source target' per line."""
    with open(path) as file:
        hash_, vertices, edges = file.readline().split()
        assert hash_ == "#"
    pairs = numpy.loadtxt(path, dtype=numpy.int64, comments="#", ndmin=2)
    assert len(pairs) == int(edges), f"{path}: {len(pairs)} edges, not {edges}"
    graph = graph_tool.Graph(directed=True)
    graph.add_vertex(int(vertices))
    graph.add_edge_list(pairs)
    return graph


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure", choices=["betweenness", "harmonic", "pagerank"], default="betweenness")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--values")
    parser.add_argument("file")
    args = parser.parse_args()

    graph = read_graph(args.file)
    graph_tool.openmp_set_num_threads(args.threads)
    start = time.perf_counter()
    if args.measure == "betweenness":
        # norm=False: raw sums over ordered pairs, as ours and igraph. graph-tool always computes edge
        # betweenness in the same pass; it cannot be switched off.
        values, _ = graph_tool.centrality.betweenness(graph, norm=False)
    elif args.measure == "harmonic":
        # Σ 1/d over the others, divided by n-1 (norm=True), from the vertex outwards, as ours and igraph.
        values = graph_tool.centrality.closeness(graph, harmonic=True, norm=True)
    else:
        # graph-tool's default tolerance (1e-6, L1) is far looser than ours and igraph's; 1e-12 makes the
        # values comparable and costs graph-tool a few more iterations.
        values = graph_tool.centrality.pagerank(graph, damping=0.85, epsilon=1e-12)
    seconds = time.perf_counter() - start
    if args.values:
        numpy.savetxt(args.values, values.a, fmt="%.17g")
    print(f"seconds {seconds:.4f}")


if __name__ == "__main__":
    main()
