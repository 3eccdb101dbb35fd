#!/usr/bin/env bash
# Builds Speelveld and runs the whole test suite through CTest. With CI=true it also builds and runs
# the suite under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
speelveld_install "${speelveld_build_packages[@]}" "${speelveld_test_packages[@]}"

jobs=$(nproc)
cmake --preset test >/dev/null
cmake --build --preset test -j "$jobs"
ctest --preset test -j "$jobs"

if [[ "${CI:-}" == "true" ]]; then
    echo "== The same suite under AddressSanitizer + UndefinedBehaviorSanitizer =="
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
fi
