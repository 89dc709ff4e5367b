"""Min and max of each component over the stored mesh of every labelled solution of an AUTO-07p s-file.

usage: python3 extremes.py s.NAME   ->   one line per label: LAB TYPE PAR(1) T min_1 max_1 min_2 max_2 ...
(AUTO 0.9.2's own Python reader fails with NumPy 1.24 here, so the file is read directly: each solution
starts with a header of 12 integers IBR NTOT ITP LAB NFPR ISW NTPL NAR NROWPR NTST NCOL NPAR, followed by
NROWPR lines whose first NTPL * NAR numbers are the mesh points (t, u_1, .., u_NDIM); the parameters are the
last NPAR numbers of the block.)"""
import sys

TYPES = {1: 'BP', 2: 'LP', 3: 'HB', 4: 'RG', -4: 'UZ', 5: 'LP', 6: 'BP', 7: 'PD', 8: 'TR', 9: 'EP', -9: 'MX'}

lines = open(sys.argv[1]).read().split('\n')
i = 0
while i < len(lines):
    head = lines[i].split()
    if len(head) < 12:
        i += 1
        continue
    ibr, ntot, itp, lab, nfpr, isw, ntpl, nar, nrowpr, ntst, ncol, npar = map(int, head[:12])
    block = ' '.join(lines[i + 1:i + 1 + nrowpr]).replace('D', 'E').split()
    values = [float(x) for x in block]
    mesh = values[:ntpl * nar]
    par = values[-npar:]
    cols = [mesh[k::nar] for k in range(nar)]
    ext = []
    for c in cols[1:]:
        ext += [min(c), max(c)]
    print(lab, TYPES.get(itp % 10 if itp > 0 else -((-itp) % 10), itp), '%.10f' % par[0], '%.8f' % par[10],
          ' '.join('%.8f' % x for x in ext))
    i += 1 + nrowpr
