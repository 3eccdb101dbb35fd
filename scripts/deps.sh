#!/usr/bin/env bash
# Installs the Debian 12 packages Speelveld needs, only those that are missing, without questions.
# Sourced by run.sh and test.sh so both install the same set.
set -euo pipefail

speelveld_build_packages=(
    cmake make g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev libglx-dev libxkbcommon-dev
    libboost-graph-dev libgraphviz-dev graphviz
    libsqlite3-dev libsqlitecpp-dev nlohmann-json3-dev libcli11-dev doctest-dev
    libpugixml-dev libcsv-dev libxlsxwriter-dev
    fonts-dejavu-core
)
# Only the tests need these: a PDF checker, the reference implementations, and a second reader of our
# exports (NetworkX reads GraphML and GEXF; igraph makes the fixtures of tests/fixtures/interop).
speelveld_test_packages=(poppler-utils python3-networkx python3-igraph)
# CI also checks that every C++ file is formatted as .clang-format says, and fuzzes the importers (clang's
# libFuzzer and sanitizer runtimes).
speelveld_ci_packages=(clang-format clang libclang-rt-14-dev)
# Only bench/metrics.sh needs these: the libraries it compares against, and GNU time for peak memory.
speelveld_bench_packages=(libigraph-dev python3-graph-tool time)

speelveld_install() {
    local missing=()
    local p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if ((${#missing[@]} > 0)); then
        echo "Installing missing Debian packages: ${missing[*]}"
        local sudo=()
        if [[ $(id -u) -ne 0 ]]; then
            if ! command -v sudo >/dev/null; then
                echo "These packages are missing and this user is not root, and sudo is not installed:" >&2
                echo "  ${missing[*]}" >&2
                echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
                exit 1
            fi
            sudo=(sudo)
        fi
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    # Graphviz finds its layout plugins through a config file that the package builds on first use
    # ("dot -c"); in a fresh container it may not exist yet, and then every layout fails.
    if ! ls /usr/lib/*/graphviz/config* >/dev/null 2>&1; then
        local sudo=()
        [[ $(id -u) -ne 0 ]] && sudo=(sudo)
        "${sudo[@]}" dot -c
    fi
}
