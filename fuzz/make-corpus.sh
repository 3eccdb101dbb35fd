#!/usr/bin/env bash
# Writes the generated part of the seed corpus (the files named gen-*): Speelveld's own exports of a small cut of
# data/delft.json in every format, and `.speelveld` files of every schema version, with a 512-byte page so that
# each stays a few KiB. The hand-written seeds and the copies of tests/fixtures are kept as they are.
# Usage: fuzz/make-corpus.sh [BUILD_DIR]   (a build with the speelveld executable; default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
speelveld=${1:-build/dev}/app/speelveld
small=fuzz/corpus/json/delft-small.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen

for format in graphml gexf dot; do
    "$speelveld" export "$small" --snapshot "Delft 2015" -f "$format" -o "fuzz/corpus/$format/gen-delft.$format" >/dev/null
done
"$speelveld" export "$small" --snapshot "Delft 2015" -f csv -o "$out/delft.csv" >/dev/null
{ cat "$out/delft.csv"; printf '\x1c'; cat "$out/delft-connections.csv"; } >fuzz/corpus/csv/gen-delft.csv
"$speelveld" export fuzz/corpus/dot/netwerk.dot -f json -o fuzz/corpus/json/gen-netwerk.json >/dev/null
"$speelveld" import "$small" -o "$out/delft.speelveld" >/dev/null

# Older schema versions and files that must be refused, from the current file's own tables.
python3 - "$out/delft.speelveld" fuzz/corpus/project <<'PYTHON'
import shutil, sqlite3, sys
source, folder = sys.argv[1], sys.argv[2]

def small_copy(path, changes=""):
    target = f"{folder}/{path}"
    shutil.copy(source, target)
    db = sqlite3.connect(target, isolation_level=None)
    db.executescript(changes)
    db.execute("PRAGMA page_size=512")
    db.execute("VACUUM")
    db.close()

small_copy("gen-delft-v3.speelveld")
small_copy("gen-delft-v2.speelveld", "DROP TABLE relation_attributes; PRAGMA user_version=2;")
small_copy("gen-delft-v1.speelveld", "DROP TABLE relation_attributes; DROP TABLE positions; PRAGMA user_version=1;")
small_copy("gen-trigger.speelveld", "CREATE TRIGGER t AFTER INSERT ON actors BEGIN SELECT 1; END;")
small_copy("gen-newer.speelveld", "PRAGMA user_version=99;")
PYTHON

# importFile tells these apart by content.
cp fuzz/corpus/graphml/gen-delft.graphml fuzz/corpus/gexf/gen-delft.gexf fuzz/corpus/dot/gen-delft.dot \
    fuzz/corpus/json/gen-netwerk.json fuzz/corpus/project/gen-delft-v3.speelveld fuzz/corpus/import/
cp fuzz/corpus/csv/elements-only.csv fuzz/corpus/import/gen-elements.csv
cp fuzz/corpus/json/before.json fuzz/corpus/project/gen-before.json
ls -l fuzz/corpus/*/gen-*
