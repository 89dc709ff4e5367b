#!/bin/sh
# Regenerates the XPPAUT reference trajectories used by OdeNumericsXppautTest (XPPAUT's numerics: its
# defaults, its @ options, its stiff and error-controlled methods and its global events).
# For each line below: take the .ode file (from the Debian package xppaut 6.11, or written here when the
# source is "-"), optionally append one @ line (the variant), run
#   xppaut FILE -silent
# in a scratch directory (it writes output.dat: t, the state variables in declaration order, then
# auxiliary columns), and keep t and the state variables of every STRIDE-th row as NAME.csv with a header.
set -eu
SRC=${XPPAUT_EXAMPLES:-/usr/share/doc/xppaut/examples/ode}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# name            source    stride  variables  appended @ line (optional)
while read -r name source stride vars extra; do
    [ -z "$name" ] && continue
    if [ "$source" != "-" ]; then
        cp "$SRC/$source.ode" "$HERE/$source.ode"
        file=$source
    else
        file=$name
    fi
    sed '/^done/d' "$HERE/$file.ode" > "$WORK/run.ode"
    [ -n "$extra" ] && echo "@ $extra" >> "$WORK/run.ode"
    echo done >> "$WORK/run.ode"
    (cd "$WORK" && rm -f output.dat && xppaut run.ode -silent >/dev/null 2>&1)
    ncol=$(echo "$vars" | awk -F, '{print NF + 1}')
    {
        echo "t,$vars"
        awk -v s="$stride" -v n="$ncol" '(NR - 1) % s == 0 {
            line = $1; for (i = 2; i <= n; i++) line = line "," $i; print line }' "$WORK/output.dat"
    } > "$HERE/$name.csv"
    echo "$name: $(($(wc -l < "$HERE/$name.csv") - 1)) rows" >&2
done <<'LIST'
hhred           hhred     1   v,n
hhred-tight     hhred     1   v,n      meth=cvode,tol=1e-9,atol=1e-9
delta           delta     1   x,y
events          -         1   x,y
defaults        -         1   x,y
invpend-tight   invpend   1   th,v     tol=1e-10,atol=1e-10
invpend         invpend   1   th,v
transient-tight transient 10  x,y,z    tol=1e-10,atol=1e-10
transient       transient 10  x,y,z
robertson       -         1   y1,y2,y3
LIST
