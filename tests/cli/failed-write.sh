#!/bin/sh
# Usage: failed-write.sh OUT COMMAND...
# Runs a command that writes OUT three times in a fresh folder: once to make OUT; once more, which must replace
# OUT by a new file renamed over it (a new inode), not rewrite it in place; and once on a "full disk" (a file
# size limit of 1 KiB), which must fail with exit 1 and a message naming OUT, keep OUT byte for byte (the same
# file) and leave nothing else in the folder. Says what it found; the test's PASS expression checks it.
out=$1
shift
dir=$(dirname "$out")
rm -rf "$dir" "$dir.kept" && mkdir -p "$dir" || exit 1
"$@" >/dev/null 2>&1 || { echo "the first run failed"; exit 1; }
first=$(stat -c %i "$out")
"$@" >/dev/null 2>&1 || { echo "the second run failed"; exit 1; }
second=$(stat -c %i "$out")
[ "$first" != "$second" ] && echo "replaced by a new file"
cp "$out" "$dir.kept"
before=$(ls -A "$dir")
# SIGXFSZ ignored: a write past the limit then fails with "File too large" instead of ending the program.
# Through a pipe ($(...)), so the limit does not cut what it says when this script's output is a file.
said=$( (trap '' XFSZ; ulimit -f 2; exec "$@") 2>&1 )
code=$?
echo "$said"
echo "exit=$code"
cmp -s "$out" "$dir.kept" && [ "$(stat -c %i "$out")" = "$second" ] && echo "kept byte for byte"
[ "$(ls -A "$dir")" = "$before" ] && echo "nothing left behind"
rm -f "$dir.kept"
