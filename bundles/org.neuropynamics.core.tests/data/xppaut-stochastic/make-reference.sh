#!/bin/sh
# Regenerates XPPAUT's output for the stochastic test files here (OdeStochasticTest): for each NAME.ode,
#   xppaut NAME.ode -silent
# in a scratch directory; its output.dat (time, state variables, Markov variables, auxiliary quantities; 8
# significant digits) is kept unchanged as NAME.dat. Needs Debian's xppaut (6.11).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
command -v xppaut >/dev/null || { echo "make-reference.sh: xppaut is not installed (Debian: apt-get install xppaut)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for f in "$HERE"/*.ode; do
    name=$(basename "$f" .ode)
    rm -rf "$WORK/run" && mkdir "$WORK/run" && cp "$f" "$WORK/run/"
    (cd "$WORK/run" && timeout 120 xppaut "$name.ode" -silent >/dev/null 2>&1)
    [ -s "$WORK/run/output.dat" ] || { echo "make-reference.sh: xppaut wrote no output for $name.ode" >&2; exit 1; }
    cp "$WORK/run/output.dat" "$HERE/$name.dat"
done
echo "$(ls "$HERE"/*.dat | wc -l) references" >&2
