#!/bin/sh
# Recomputes the AUTO-07p references of this directory (Debian auto-07p 0.9.2 and gfortran) in a scratch
# directory and writes *-special-points.txt (AUTO's labelled points) and *-cycles.txt (min/max of every
# variable over the mesh of each labelled cycle, by extremes.py).
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cp "$here"/*.f90 "$here"/c.* "$here"/*.auto "$work"/
cd "$work"
for model in fhn ml; do
    auto-07p $model.auto > $model.log 2>&1
    {
        echo "# AUTO-07p $(basename "$0") $model.auto: labelled points (BR PT TY LAB PAR(1) L2-NORM MAX-U1 MAX-U2 [T])"
        echo "# TY: 1/6 BP, 2/5 LP, 3 HB, -4 UZ, 9 EP, -9 MX; PT < 0 stable"
        for b in b.${model}_*; do
            echo "## ${b#b.}"
            awk '$1 != "0" && $3 != "0" && NF >= 7' "$b"
        done
    } > "$here/$model-special-points.txt"
    {
        echo "# LAB TYPE PAR(1) T min_U1 max_U1 min_U2 max_U2 over the mesh of each labelled cycle (extremes.py)"
        for s in s.${model}_*cyc; do
            echo "## ${s#s.}"
            python3 "$here/extremes.py" "$s"
        done
    } > "$here/$model-cycles.txt"
done
echo "references written; AUTO's output is in $work"
