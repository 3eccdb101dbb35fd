#!/usr/bin/env bash
# The canvas benchmark: frame times of the real MapView (1280×800, offscreen, Qt's raster painting) on the
# generator's networks, from the user's action until the viewport has finished painting.
#   full view (fit), a pan step, a zoom step in and out, and one mouse move of a drag, at the overview and
#   at a working zoom; medians over repeated frames. Targets: 33 ms a frame, 16 ms a drag step.
# Usage: bench/canvas.sh [ACTORS...] [--runs N]   (default 300 and 10000). Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
speelveld_install "${speelveld_build_packages[@]}" "${speelveld_bench_packages[@]}"

cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DSPEELVELD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build/bench --target canvas_bench -j"$(nproc)" >/dev/null
echo "## Canvas frame times ($(nproc) cores, Qt $(pkg-config --modversion Qt6Core 2>/dev/null || echo 6), QT_QPA_PLATFORM=offscreen)"
QT_QPA_PLATFORM=offscreen build/bench/bench/canvas_bench --cache build/bench/canvas "$@"
