#!/bin/sh
# XPPAUT compatibility table: runs every example file of Debian's xppaut package with
#   xppaut NAME.ode -silent                      (XPPAUT's trajectory, output.dat)
#   ./neuropynamics simulate NAME.ode --csv ...  (ours, with no option: the file's @ settings as
#                                                 core.ode.OdeRunSettings reads them, XPPAUT's defaults)
# and classifies each file: match (every state variable within 1e-3 of its range over XPPAUT's horizon, the
# range at least 1e-4 of the variable's size since XPPAUT stores single-precision floats), differ, fail (our
# run stops with an error), refused (our loader names the construct and line), or not run by XPPAUT.
# Writes docs/xppaut-compatibility.md (or the file given as $1) and prints the counts.
# Needs: xppaut (Debian package), the built product (./neuropynamics builds it), /usr/bin/python3.
# The same comparison runs in-process in org.neuropynamics.core.ode.OdeXppautExamplesTest against stored
# references; this script is the end-to-end check through the command line.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${XPPAUT_EXAMPLES:-/usr/share/doc/xppaut/examples/ode}
OUT=${1:-$ROOT/docs/xppaut-compatibility.md}
command -v xppaut >/dev/null || { echo "compat.sh: xppaut is not installed (Debian: apt-get install xppaut)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for f in "$SRC"/*.ode; do
    name=$(basename "$f" .ode)
    mkdir -p "$WORK/$name"
    cp "$f" "$WORK/$name/"
    (cd "$WORK/$name" && timeout 120 xppaut "$name.ode" -silent >/dev/null 2>&1) 2>/dev/null || echo $? > "$WORK/$name/xpp.rc"
    [ -s "$WORK/$name/output.dat" ] || continue
    # the run settings are the file's (core.ode.OdeRunSettings), as for anyone who runs it
    "$ROOT/neuropynamics" simulate "$WORK/$name/$name.ode" --csv "$WORK/$name/ours.csv" \
        > "$WORK/$name/ours.out" 2> "$WORK/$name/ours.err" || echo $? > "$WORK/$name/ours.rc"
    # XPPAUT stops at the file's bound and keeps what it wrote; we stop with exit 2 and write nothing: when
    # our run stops at the bound, run again without it to compare over XPPAUT's horizon (and say so)
    if grep -q "exceeded .*the file's bound" "$WORK/$name/ours.err" 2>/dev/null; then
        tail -n 1 "$WORK/$name/ours.err" > "$WORK/$name/ours.bound"
        rm -f "$WORK/$name/ours.rc"
        "$ROOT/neuropynamics" simulate "$WORK/$name/$name.ode" --bound 1e300 --csv "$WORK/$name/ours.csv" \
            > "$WORK/$name/ours.out" 2> "$WORK/$name/ours.err" || echo $? > "$WORK/$name/ours.rc"
    fi
    # XPPAUT also stops where Newton's method fails on an algebraic equation (0=, core.ode.OdeAlgebraic) and keeps
    # what it wrote: when ours stops there, run again up to XPPAUT's last time (and say so)
    if grep -q "XPPAUT stops there too" "$WORK/$name/ours.err" 2>/dev/null; then
        tail -n 1 "$WORK/$name/ours.err" > "$WORK/$name/ours.stop"
        rm -f "$WORK/$name/ours.rc"
        span=$(awk 'NR == 1 { t0 = $1 } { t = $1 } END { print t - t0 }' "$WORK/$name/output.dat")
        "$ROOT/neuropynamics" simulate "$WORK/$name/$name.ode" --t "$span" --csv "$WORK/$name/ours.csv" \
            > "$WORK/$name/ours.out" 2> "$WORK/$name/ours.err" || echo $? > "$WORK/$name/ours.rc"
    fi
done
/usr/bin/python3 "$ROOT/releng/xppaut-compat/compare.py" table "$WORK" "$SRC" > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
tail -n 3 "$OUT" >&2
