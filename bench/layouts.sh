#!/usr/bin/env bash
# Times each layout engine on generated networks of growing size, in one run on one machine, so the
# figures can be compared as ratios. Usage: bench/layouts.sh [path/to/speelveld] [sizes...]
# An engine that takes longer than LIMIT seconds (default 120) is stopped and reported as "> LIMIT s".
set -euo pipefail
app=${1:-build/release/app/speelveld}
shift || true
sizes=("${@:-100 300 1000 2000 10000}")
limit=${LIMIT:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '| actors | relations | %s |\n' "dot | neato | fdp | sfdp | circo | twopi"
printf '|---|---|---|---|---|---|---|---|\n'
for n in ${sizes[*]}; do
    "$app" generate --actors "$n" --seed 1 -o "$work/g$n.speelveld" 2>"$work/gen.txt"
    relations=$(grep -o '[0-9]* relations' "$work/gen.txt" | cut -d' ' -f1)
    row="| $n | $relations |"
    for engine in dot neato fdp sfdp circo twopi; do
        start=$(date +%s.%N)
        if timeout "$limit" "$app" export "$work/g$n.speelveld" -f svg --layout "$engine" -o "$work/out.svg" \
            2>/dev/null; then
            row+=" $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s |"
        else
            row+=" > $limit s |"
        fi
    done
    echo "$row"
done
