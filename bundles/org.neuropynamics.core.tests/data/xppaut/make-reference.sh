#!/bin/sh
# Regenerates the XPPAUT reference trajectories used by OdeXppautComparisonTest.
# For each example below: copy the .ode file from the Debian package xppaut (6.11), run
#   xppaut FILE -silent
# in a scratch directory (it writes XPPAUT's own trajectory to output.dat, one row per step:
# t, the state variables in declaration order, then auxiliary columns), and keep t and the state
# variables of every STRIDE-th row as FILE.csv with a header row. No display is needed for -silent.
set -eu
SRC=${XPPAUT_EXAMPLES:-/usr/share/doc/xppaut/examples/ode}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# file        stride  state variables (XPPAUT column order)
while read -r name stride vars; do
    [ -z "$name" ] && continue
    cp "$SRC/$name.ode" "$HERE/$name.ode"
    cp "$SRC/$name.ode" "$WORK/$name.ode"
    (cd "$WORK" && rm -f output.dat && xppaut "$name.ode" -silent >/dev/null 2>&1)
    ncol=$(echo "$vars" | awk -F, '{print NF + 1}')
    {
        echo "t,$vars"
        awk -v s="$stride" -v n="$ncol" '(NR - 1) % s == 0 {
            line = $1; for (i = 2; i <= n; i++) line = line "," $i; print line }' "$WORK/output.dat"
    } > "$HERE/$name.csv"
    echo "$name: $(($(wc -l < "$HERE/$name.csv") - 1)) rows" >&2
done <<'LIST'
fhn       5  v,w
lorenz    10 x,y,z
ml1       10 v,w
vdp       10 x,xp
pend      10 x,xp
rossler   10 x,y,z
forcpend  1  x,y
fhn3d     5  v,i,w
lo        10 x,y
nnet      10 x,y
triple    10 x,y,z
vlsi      20 v,w
wta       20 x1,x2,x3,u
lamomeg   10 x,y
cobweb2   1  y,x
del_log   1  y,x
iaf       5  v
tyson     10 u,v,m
LIST
