#!/bin/sh
# XPPAUT compatibility table: runs every example file of Debian's xppaut package with
#   xppaut NAME.ode -silent                      (XPPAUT's trajectory, output.dat)
#   ./neuropynamics simulate NAME.ode --csv ...  (ours, with no option: the file's @ settings as
#                                                 core.ode.OdeRunSettings reads them, XPPAUT's defaults)
# and classifies each file: match (every state variable within 1e-3 of its range over XPPAUT's horizon, the
# range at least 1e-4 of the variable's size since XPPAUT stores single-precision floats), differ, fail (our
# run stops with an error), refused (our loader names the construct and line), or not run by XPPAUT.
# Usage: compat.sh [OUT.md]              Debian's example files; writes docs/xppaut-compatibility.md or OUT.md
#        compat.sh --dir DIR [OUT.md]    every DIR/*.ode instead (e.g. the ModelDB collection listed in
#                                        modeldb-sources.tsv, see fetch-modeldb.sh); prints the table on stdout
#                                        unless OUT.md is given
# and prints the counts on stderr. JOBS=N runs N files at once (default 2); COMPAT_KEEP=DIR keeps the runs.
# Needs: xppaut (Debian package), the built product (./neuropynamics builds it), /usr/bin/python3.
# The same comparison runs in-process in org.neuropynamics.core.ode.OdeXppautExamplesTest against stored
# references; this script is the end-to-end check through the command line.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${XPPAUT_EXAMPLES:-/usr/share/doc/xppaut/examples/ode}
OUT=$ROOT/docs/xppaut-compatibility.md
TITLE="XPPAUT example files"
if [ "${1:-}" = "--worker" ]; then
    shift
elif [ "${1:-}" = "--dir" ]; then
    [ $# -ge 2 ] && [ -d "$2" ] || { echo "compat.sh: --dir needs a directory of .ode files, got '${2:-}'" >&2; exit 2; }
    SRC=$(cd "$2" && pwd)
    TITLE="The .ode files of $SRC"
    OUT=${3:--}
else
    OUT=${1:-$OUT}
fi
command -v xppaut >/dev/null || { echo "compat.sh: xppaut is not installed (Debian: apt-get install xppaut)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# one file (run by xargs, $JOBS at a time: default 2)
one() {
    f=$1
    name=$(basename "$f" .ode)
    mkdir -p "$WORK/$name"
    cp "$f" "$WORK/$name/"
    (cd "$WORK/$name" && timeout 120 xppaut "$name.ode" -silent >/dev/null 2>&1) 2>/dev/null || echo $? > "$WORK/$name/xpp.rc"
    # XPPAUT stopped after 2 minutes: what it wrote is not its run (not run by XPPAUT)
    if [ "$(cat "$WORK/$name/xpp.rc" 2>/dev/null)" = 124 ]; then rm -f "$WORK/$name/output.dat"; fi
    [ -s "$WORK/$name/output.dat" ] || return 0
    # the run settings are the file's (core.ode.OdeRunSettings), as for anyone who runs it
    # a run longer than 10 minutes is a failure (timeout exits 124)
    timeout 600 "$ROOT/neuropynamics" simulate "$WORK/$name/$name.ode" --csv "$WORK/$name/ours.csv" \
        > "$WORK/$name/ours.out" 2> "$WORK/$name/ours.err" || echo $? > "$WORK/$name/ours.rc"
    # XPPAUT stops at the file's bound and keeps what it wrote; we stop with exit 2 and write nothing: when
    # our run stops at the bound, run again without it to compare over XPPAUT's horizon (and say so)
    if grep -q "exceeded .*the file's bound" "$WORK/$name/ours.err" 2>/dev/null; then
        tail -n 1 "$WORK/$name/ours.err" > "$WORK/$name/ours.bound"
        rm -f "$WORK/$name/ours.rc"
        timeout 600 "$ROOT/neuropynamics" simulate "$WORK/$name/$name.ode" --bound 1e300 --csv "$WORK/$name/ours.csv" \
            > "$WORK/$name/ours.out" 2> "$WORK/$name/ours.err" || echo $? > "$WORK/$name/ours.rc"
    fi
    # XPPAUT also stops where Newton's method fails on an algebraic equation (0=, core.ode.OdeAlgebraic) and keeps
    # what it wrote: when ours stops there, run again up to XPPAUT's last time (and say so)
    if grep -q "XPPAUT stops there too" "$WORK/$name/ours.err" 2>/dev/null; then
        tail -n 1 "$WORK/$name/ours.err" > "$WORK/$name/ours.stop"
        rm -f "$WORK/$name/ours.rc"
        span=$(awk 'NR == 1 { t0 = $1 } { t = $1 } END { print t - t0 }' "$WORK/$name/output.dat")
        timeout 600 "$ROOT/neuropynamics" simulate "$WORK/$name/$name.ode" --t "$span" --csv "$WORK/$name/ours.csv" \
            > "$WORK/$name/ours.out" 2> "$WORK/$name/ours.err" || echo $? > "$WORK/$name/ours.rc"
    fi
}
if [ "${COMPAT_ONE:-}" ]; then # the worker: compat.sh called by xargs below
    trap - EXIT
    rmdir "$WORK"
    WORK=$COMPAT_ONE
    one "$1"
    exit 0
fi
ls "$SRC"/*.ode | tr '\n' '\0' | COMPAT_ONE=$WORK xargs -0 -n 1 -P "${JOBS:-2}" "$0" --worker
if [ "$OUT" = "-" ]; then
    /usr/bin/python3 "$ROOT/releng/xppaut-compat/compare.py" table "$WORK" "$SRC" "$TITLE" > "$WORK/table.md"
    cat "$WORK/table.md"
    tail -n 3 "$WORK/table.md" >&2
else
    /usr/bin/python3 "$ROOT/releng/xppaut-compat/compare.py" table "$WORK" "$SRC" "$TITLE" > "$OUT.tmp"
    mv "$OUT.tmp" "$OUT"
    tail -n 3 "$OUT" >&2
fi
# COMPAT_KEEP=DIR keeps every file's runs (our messages and CSV, XPPAUT's output.dat) for a closer look
if [ "${COMPAT_KEEP:-}" ]; then rm -rf "$COMPAT_KEEP"; cp -r "$WORK" "$COMPAT_KEEP"; fi
