#!/usr/bin/env bash
# Builds Speelveld (Release) and opens it on the Delft example. Without a display it writes the
# example's map to an SVG file instead and says where.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
speelveld_install "${speelveld_build_packages[@]}"

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

app=build/release/app/speelveld
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$app" "$@"
fi
out="$PWD/delft-2015.svg"
echo "There is no display here, so Speelveld cannot open its window."
"$app" export data/delft.json --format svg -o "$out"
echo "The map of the Delft example is in: $out"
echo "Open it in a browser, or run ./run.sh again on a desktop to open the window."
