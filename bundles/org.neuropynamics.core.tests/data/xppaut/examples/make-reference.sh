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
# Files whose XPPAUT output at their own tolerance is off XPPAUT's converged trajectory (tight.txt): XPPAUT's
# run of the file with tol and atol set to 1e-10 (sed on the @ line; every k-th row as above) as NAME.tight.dat
grep -v '^#' "$HERE/tight.txt" | while read -r name upto why; do
    rm -rf "$WORK/run" && mkdir "$WORK/run"
    sed -e 's/\([@ ,]\)\(a\{0,1\}tol\(er\)\{0,1\}\)=[0-9.e-]*/\1\2=1e-10/g' \
        "$SRC/$name.ode" > "$WORK/run/$name.ode"
    (cd "$WORK/run" && timeout 600 xppaut "$name.ode" -silent >/dev/null 2>&1) || true
    awk -v n="$(wc -l < "$WORK/run/output.dat")" 'BEGIN { k = int((n + 199) / 200) }
        (NR - 1) % k == 0 || NR == n { print }' "$WORK/run/output.dat" > "$HERE/$name.tight.dat"
done
echo "$(ls "$HERE"/*.dat | wc -l) references, $(wc -l < "$HERE/not-run.txt") files XPPAUT does not run" >&2
