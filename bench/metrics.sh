#!/usr/bin/env bash
# The measures benchmark, all in one run on one machine so the figures compare as ratios:
#   1. every measure the application shows, on a 300-actor generated network (the live-recompute budget);
#   2. betweenness, harmonic closeness and PageRank on the generator's 10,000-actor network: ours, the
#      igraph C library and graph-tool, on one and on two threads, with peak memory and the largest
#      difference from igraph's values;
#   3. sampled betweenness on 100,000 actors, and its measured error against the exact values at 10,000.
# Usage: bench/metrics.sh [ACTORS] [LARGE]   (defaults 10000 and 100000). Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
speelveld_install "${speelveld_build_packages[@]}" "${speelveld_bench_packages[@]}"

actors=${1:-10000}
large=${2:-100000}
cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DSPEELVELD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build/bench --target metrics_bench -j"$(nproc)" >/dev/null
bench=build/bench/bench/metrics_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One timed run: prints "seconds peak_MiB", keeps the values in $work/<name>.txt.
timed() {
    local name=$1
    shift
    /usr/bin/time -f "%M" -o "$work/$name.rss" "$@" --values "$work/$name.txt" >"$work/$name.out"
    echo "$(cut -d' ' -f2 "$work/$name.out") $(awk '{ printf "%.0f", $1 / 1024 }' "$work/$name.rss")"
}

echo "## All measures, 300 actors (median of 20 runs, both cores)"
echo
"$bench" all --actors 300 --runs 20
echo

edges=$("$bench" generate --actors "$actors" --seed 1 "$work/graph.txt")
echo "## One measure at a time: generated network, $edges (vertices relations), directed, unweighted"
echo
for measure in betweenness harmonic pagerank; do
    echo "### $measure"
    echo
    echo "| tool | threads | seconds | ratio to igraph | ratio to graph-tool, same threads | peak MiB | max difference from igraph (relative) |"
    echo "|---|---|---|---|---|---|---|"
    read -r igraph_s igraph_m <<<"$(timed igraph "$bench" run --tool igraph --measure "$measure" "$work/graph.txt")"
    declare -A gt_s=()
    rows=()
    for threads in 1 2; do
        read -r s m <<<"$(timed "gt$threads" /usr/bin/python3 bench/graphtool_bench.py --measure "$measure" \
            --threads "$threads" "$work/graph.txt")"
        gt_s[$threads]=$s
        rows+=("graph-tool|$threads|$s|$m|gt$threads")
        read -r s m <<<"$(timed "ours$threads" "$bench" run --tool ours --measure "$measure" --threads "$threads" \
            "$work/graph.txt")"
        rows+=("Speelveld|$threads|$s|$m|ours$threads")
    done
    if [[ $measure == betweenness ]]; then
        read -r s m <<<"$(timed boost "$bench" run --tool boost --measure betweenness "$work/graph.txt")"
        rows+=("Boost brandes, compressed_sparse_row_graph|1|$s|$m|boost")
    fi
    echo "| igraph C | 1 | $igraph_s | 1.00 | | $igraph_m | 0 |"
    for row in "${rows[@]}"; do
        IFS='|' read -r tool threads s m name <<<"$row"
        difference=$("$bench" compare "$work/igraph.txt" "$work/$name.txt" | awk '{ print $4 }')
        ratio=$(awk -v a="$s" -v b="$igraph_s" 'BEGIN { printf "%.2f", a / b }')
        versus=""
        if [[ $tool != graph-tool ]]; then
            versus=$(awk -v a="$s" -v b="${gt_s[$threads]}" 'BEGIN { printf "%.2f", a / b }')
        fi
        echo "| $tool | $threads | $s | $ratio | $versus | $m | $difference |"
    done
    echo
done

echo "## Sampled betweenness"
echo
echo "Error of the sampled normalised betweenness against the exact values ($actors actors, 5 seeds):"
echo
"$bench" run --tool ours --measure betweenness --threads 2 --values "$work/exact.txt" "$work/graph.txt" >/dev/null
for pivots in 100 500 1000; do
    echo "pivots $pivots:"
    "$bench" sampled --pivots "$pivots" --threads 2 --exact "$work/exact.txt" --seeds 5 "$work/graph.txt"
done
echo
large_edges=$("$bench" generate --actors "$large" --seed 1 "$work/large.txt")
echo "All structure measures with the automatic choice on $large_edges (vertices relations), both cores:"
echo
/usr/bin/time -f "peak_MiB %M" -o "$work/large.rss" "$bench" sampled --threads 2 "$work/large.txt"
awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/large.rss"
