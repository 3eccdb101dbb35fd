#!/usr/bin/env bash
# Builds Speelveld and runs the whole test suite through CTest. With CI=true it also builds and runs
# the suite under AddressSanitizer and UndefinedBehaviorSanitizer, after checking every C++ file's formatting,
# and then runs every libFuzzer harness of fuzz/ for 20 seconds.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
speelveld_install "${speelveld_build_packages[@]}" "${speelveld_test_packages[@]}"

jobs=$(nproc)
cmake --preset test >/dev/null
cmake --build --preset test -j "$jobs"
ctest --preset test -j "$jobs"

if [[ "${CI:-}" == "true" ]]; then
    speelveld_install "${speelveld_ci_packages[@]}"
    echo "== Formatting (clang-format, as .clang-format says) =="
    find core layouts gui app tests bench fuzz \( -name '*.cpp' -o -name '*.h' \) -print0 |
        xargs -0 clang-format --dry-run --Werror
    echo "== The same suite under AddressSanitizer + UndefinedBehaviorSanitizer =="
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    echo "== Every importer fuzzed briefly from its corpus (libFuzzer, clang; fuzz/README.md) =="
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$jobs"
    fuzz/run.sh all 20
fi
