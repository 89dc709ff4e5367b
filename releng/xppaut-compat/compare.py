"""Helper of compat.sh: compares our CSV (run with the file's own settings) with XPPAUT's output.dat."""
import glob
import math
import os
import re
import sys

TOLERANCE = 1e-3


def rows(path, sep=None, skip=0):
    out = []
    for k, line in enumerate(open(path)):
        if k < skip or not line.strip():
            continue
        out.append([float(c) for c in line.strip().split(sep)])
    return out


def horizons():
    """Chaotic and round-off sensitive examples are compared up to a time before the runs part (see the file)."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "bundles", "org.neuropynamics.core.tests", "data", "xppaut", "examples",
                        "chaotic.txt")
    out = {}
    for line in open(path):
        cells = line.split()
        if len(cells) >= 2 and not cells[0].startswith("#"):
            out[cells[0]] = float(cells[1])
    return out


def reasons():
    """The kind of each entry of chaotic.txt: its third column (chaotic or round-off)."""
    return _table()


def _table():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "bundles", "org.neuropynamics.core.tests", "data", "xppaut", "examples",
                        "chaotic.txt")
    out = {}
    for line in open(path):
        cells = line.split()
        if len(cells) >= 3 and not cells[0].startswith("#"):
            out[cells[0]] = cells[2]
    return out


def classify(d, name):
    if not os.path.exists(os.path.join(d, "output.dat")) or os.path.getsize(os.path.join(d, "output.dat")) == 0:
        return None
    if os.path.exists(os.path.join(d, "ours.rc")):
        err = open(os.path.join(d, "ours.err")).read().strip().splitlines()
        msg = err[-1] if err else "exit " + open(os.path.join(d, "ours.rc")).read().strip()
        rc = open(os.path.join(d, "ours.rc")).read().strip()
        if rc == "124":
            return ("fail", "no result within compat.sh's 600 s")
        return ("refused" if rc == "2" and "line " in msg else "fail", msg)
    horizon = horizons().get(name, float("inf"))
    xpp = rows(os.path.join(d, "output.dat"))
    ode = open(os.path.join(d, name + ".ode"), encoding="latin-1").read()
    only = re.search(r"(?im)^only\s+(.+)$", ode)
    header = open(os.path.join(d, "ours.csv")).readline().strip().lower().split(",")
    ours = rows(os.path.join(d, "ours.csv"), ",", 1)
    if only:
        # "only x,y": XPPAUT writes just those columns and no time, one row per output step, as our CSV
        listed = re.split(r"[\s,]+", only.group(1).strip().lower())
        xpp = [[ours[min(k, len(ours) - 1)][0]] + [r[listed.index(v)] if v in listed else float("nan")
                                                   for v in header[1:]] for k, r in enumerate(xpp)]
    # XPPAUT's discrete runs end at the next multiple of njmp after total: compare up to our last time
    upto_ours = min(horizon, ours[-1][0]) if ours and ours[-1][0] >= xpp[0][0] else horizon
    xpp = [r for r in xpp if r[0] <= upto_ours + 1e-9]
    if not xpp or not ours:
        return ("differ", "no rows to compare (XPPAUT %d, ours %d)" % (len(xpp), len(ours)))
    n = len(ours[0]) - 1
    if len(xpp[0]) < n + 1:
        return ("differ", "XPPAUT writes %d columns, we have %d variables" % (len(xpp[0]) - 1, n))
    worst, first = _worst(xpp, ours, n)
    upto = "" if horizon == float("inf") else " (up to t=%g: %s)" % (horizon, reasons().get(name, "chaotic"))
    bound = os.path.join(d, "ours.bound")
    if os.path.exists(bound):
        m = re.search(r"at t = ([0-9.eE+-]+)", open(bound).read())
        upto += "; both stop at the bound, XPPAUT at t=%g, ours at t=%s" % (xpp[-1][0], m.group(1) if m else "?")
    stop = os.path.join(d, "ours.stop")
    if os.path.exists(stop):
        m = re.search(r"t = ([0-9.eE+-]+)", open(stop).read())
        upto += ("; both stop where Newton's method fails on the algebraic equation, XPPAUT after t=%g, ours at t=%s"
                 % (xpp[-1][0], m.group(1) if m else "?"))
    if worst <= TOLERANCE:
        return ("match", "worst %.1e of range%s" % (worst, upto))
    return ("differ", "worst %.2g of range, first beyond 1e-3 at t=%g" % (worst, first))


def _worst(xpp, ours, n):
    """The largest difference over each variable's range, and the first XPPAUT time any variable is beyond the
    tolerance: each of
    XPPAUT's rows against our row nearest in time (numpy when there is one: outputs reach millions of rows)."""
    try:
        import numpy as np
    except ImportError:
        np = None
    if np is not None:
        x = np.array(xpp, dtype=float)
        o = np.array(ours, dtype=float)
        times = o[:, 0]
        pos = np.clip(np.searchsorted(times, x[:, 0]), 1, len(times) - 1) if len(times) > 1 else np.zeros(len(x), int)
        if len(times) > 1:
            # the nearest of the two neighbours; on a tie the later one (as the loop below)
            left = np.abs(times[pos - 1] - x[:, 0]) < np.abs(times[pos] - x[:, 0])
            pos = np.where(left, pos - 1, pos)
        worst, first = 0.0, None
        for i in range(1, n + 1):
            col = x[:, i]
            ok = ~np.isnan(col)
            if not ok.any():
                continue
            hi, lo = col[ok].max(), col[ok].min()
            rng = max(hi - lo, 1e-4 * max(abs(hi), abs(lo)), 1e-12)
            e = np.abs(o[pos, i] - col) / rng
            e = np.where(ok, e, 0.0)
            bad = ~(e <= 1e-3)
            if bad.any():
                t = x[np.argmax(bad), 0]
                first = t if first is None else min(first, t)
            w = np.inf if np.isnan(e).any() else e.max()
            worst = max(worst, w)
        return worst, first
    worst, first = 0.0, None
    times = [r[0] for r in ours]
    for i in range(1, n + 1):
        col = [r[i] for r in xpp if not math.isnan(r[i])]
        if not col:
            continue
        rng = max(max(col) - min(col), 1e-4 * max(abs(max(col)), abs(min(col))), 1e-12)
        k = 0
        for r in xpp:
            while k + 1 < len(times) and abs(times[k + 1] - r[0]) <= abs(times[k] - r[0]):
                k += 1
            if math.isnan(r[i]):
                continue
            e = abs(ours[k][i] - r[i]) / rng
            if not e <= TOLERANCE and (first is None or r[0] < first):
                first = r[0]
            if not e <= worst:
                worst = e if not math.isnan(e) else float("inf")
    return worst, first


def table(work, src, title="XPPAUT example files"):
    names = sorted(os.path.basename(f)[:-4] for f in glob.glob(os.path.join(src, "*.ode")))
    results = {}
    for name in names:
        results[name] = classify(os.path.join(work, name), name)
    ran = [n for n in names if results[n] is not None]
    count = {}
    for n in ran:
        count[results[n][0]] = count.get(results[n][0], 0) + 1
    loads = len(ran) - count.get("refused", 0)
    print("# %s: outcome with `./neuropynamics simulate`\n" % title)
    print("Generated by `releng/xppaut-compat/compat.sh` (xppaut %s, the files in `%s`). "
          "Each file runs with `xppaut NAME.ode -silent` and with `./neuropynamics simulate NAME.ode` "
          "with no option (the file's own `@` settings and XPPAUT's defaults). *match*: every state variable "
          "within 1e-3 of its range over XPPAUT's horizon (the range at least 1e-4 of the variable's size); "
          "chaotic and round-off sensitive files up to the time `chaotic.txt` gives (in "
          "`bundles/org.neuropynamics.core.tests/data/xppaut/examples`, with the reasons).\n"
          % ("6.11", src))
    print("| file | outcome | detail |\n|---|---|---|")
    for n in names:
        r = results[n]
        if r is None:
            print("| %s | not run by XPPAUT | xppaut -silent writes no output.dat |" % n)
        else:
            print("| %s | %s | %s |" % (n, r[0], r[1].replace("|", "\\|")))
    print()
    print("XPPAUT runs %d of %d files. Of those, %d load here (%.0f%%); %d match (%.0f%% of those that load)."
          % (len(ran), len(names), loads, 100.0 * loads / len(ran), count.get("match", 0),
             100.0 * count.get("match", 0) / max(loads, 1)))
    print("Counts: " + ", ".join("%s %d" % (k, count[k]) for k in sorted(count)) + ".")


if __name__ == "__main__":
    table(sys.argv[2], sys.argv[3], *sys.argv[4:5])
