"""Floquet multipliers that AUTO-07p wrote to a d-file, one line per point in [FIRST, LAST].

usage: python3 multipliers.py d.NAME FIRST LAST"""
import sys

points = {}
first, last = int(sys.argv[2]), int(sys.argv[3])
for line in open(sys.argv[1]):
    t = line.split()
    if len(t) >= 7 and t[2] == 'Multiplier' and first <= int(t[1]) <= last:
        points.setdefault(int(t[1]), {})[int(t[3])] = (float(t[4]), float(t[5]))
for pt, m in points.items():
    print(pt, ' '.join('%+.4e%+.4ei' % m[k] for k in sorted(m)))
