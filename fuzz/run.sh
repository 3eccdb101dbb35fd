#!/usr/bin/env bash
# Fuzzes one harness with libFuzzer: fuzz/run.sh HARNESS [SECONDS] (default 600; README.md says which exist), or
# each in turn with fuzz/run.sh all SECONDS (what test.sh runs in CI).
# Builds the "fuzz" preset (clang, AddressSanitizer, UndefinedBehaviorSanitizer) if needed. The corpus grows in
# build/fuzz/work/HARNESS/corpus, seeded from fuzz/corpus/HARNESS, so the repository is never written; inputs
# that fail land in build/fuzz/work/HARNESS/findings. Exits non-zero on a finding (crash, leak, UB, timeout, OOM).
set -euo pipefail
cd "$(dirname "$0")/.."

harnesses=(graphml gexf csv json dot project import)
harness=${1:-}
seconds=${2:-600}
if [[ "$harness" == all ]]; then
    failed=()
    for each in "${harnesses[@]}"; do
        echo "== fuzz_$each, $seconds s"
        "$0" "$each" "$seconds" || failed+=("$each")
    done
    if ((${#failed[@]} > 0)); then
        echo "Findings in: ${failed[*]}" >&2
        exit 1
    fi
    exit 0
fi
if [[ -z "$harness" || ! " ${harnesses[*]} " =~ " $harness " ]]; then
    echo "Usage: fuzz/run.sh HARNESS [SECONDS], HARNESS one of: ${harnesses[*]} (or all)" >&2
    exit 2
fi

if [[ ! -f build/fuzz/CMakeCache.txt ]]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build --preset fuzz --target "fuzz_$harness" -- -j"$(nproc)" >/dev/null

work=build/fuzz/work/$harness
mkdir -p "$work/corpus" "$work/findings"
cp -n fuzz/corpus/"$harness"/* "$work/corpus/"
dict=()
if [[ -f fuzz/dict/$harness.dict ]]; then
    dict=(-dict="fuzz/dict/$harness.dict")
fi

# One process: the machines this runs on are shared. The regressions are read, never written (only the first
# corpus folder is). -malloc_limit_mb is -rss_limit_mb unless said: one allocation of 2 GiB is a finding too.
# detect_leaks is on, since a leak in an importer run for every file of a session would grow without bound.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
set +e
"build/fuzz/fuzz/fuzz_$harness" "$work/corpus" "fuzz/regressions/$harness" "${dict[@]}" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/findings/" 2>&1 | tee "$work/last-run.log" | grep -E --line-buffered \
    '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|FINDING|Test unit written)'
status=${PIPESTATUS[0]}
set -e
if [[ $status -ne 0 ]]; then
    echo "fuzz_$harness found a problem: see $work/last-run.log and the input in $work/findings/" >&2
    echo "Fix it, then add the input to fuzz/regressions/$harness/ (README.md, \"A finding\")." >&2
fi
exit "$status"
