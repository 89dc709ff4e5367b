#!/bin/sh
# Regenerates XPPAUT's reference trajectories for every example file of Debian's xppaut package.
# For each NAME.ode in $XPPAUT_EXAMPLES (default /usr/share/doc/xppaut/examples/ode): copy it here, run
#   xppaut NAME.ode -silent
# in a scratch directory (XPPAUT writes its trajectory to output.dat: one row per stored step, the time,
# the state variables in XPPAUT's order, then the auxiliary quantities), and keep every k-th row
# (k = ceil(rows / 200); the last row is always kept) as NAME.dat, unchanged. Files XPPAUT itself does
# not run silently (no output.dat, or a crash) are listed in not-run.txt with the reason.
# Used by org.neuropynamics.core.ode.OdeXppautExamplesTest and releng/xppaut-compat/compat.sh.
set -eu
SRC=${XPPAUT_EXAMPLES:-/usr/share/doc/xppaut/examples/ode}
HERE=$(cd "$(dirname "$0")" && pwd)
command -v xppaut >/dev/null || { echo "make-reference.sh: xppaut is not installed (Debian: apt-get install xppaut)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
rm -f "$HERE"/*.ode "$HERE"/*.dat
: > "$HERE/not-run.txt.tmp"
for f in "$SRC"/*.ode; do
    name=$(basename "$f" .ode)
    cp "$f" "$HERE/$name.ode"
    rm -rf "$WORK/run" && mkdir "$WORK/run" && cp "$f" "$WORK/run/"
    rc=0
    (cd "$WORK/run" && timeout 120 xppaut "$name.ode" -silent >/dev/null 2>&1) 2>/dev/null || rc=$?
    if [ ! -s "$WORK/run/output.dat" ]; then
        if [ "$rc" -ne 0 ]; then why="xppaut exits with status $rc"; else why="xppaut writes no output.dat"; fi
        echo "$name $why" >> "$HERE/not-run.txt.tmp"
        continue
    fi
    awk -v n="$(wc -l < "$WORK/run/output.dat")" 'BEGIN { k = int((n + 199) / 200) }
        (NR - 1) % k == 0 || NR == n { print }' "$WORK/run/output.dat" > "$HERE/$name.dat"
done
mv "$HERE/not-run.txt.tmp" "$HERE/not-run.txt"
echo "$(ls "$HERE"/*.dat | wc -l) references, $(wc -l < "$HERE/not-run.txt") files XPPAUT does not run" >&2
