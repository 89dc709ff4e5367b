package org.neuropynamics.network.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Pair;

/**
 * Draws the synapses of a projection from its connectivity rule and sorts them by source neuron into
 * compressed rows: the targets of source i are {@code targets[offsets[i] .. offsets[i+1])}.
 * <p>
 * Rules that draw source by source (all-to-all, one-to-one, fixed probability) write the rows directly: 4 bytes
 * per synapse at the peak, the target array reserved for the expected count plus six standard deviations and
 * never trimmed (a trimming copy would double the peak). The others (fixed in-degree, fixed total number,
 * explicit pairs) collect (source, target) pairs and sort them: 12 bytes per synapse at the peak.
 */
final class Connector {

    /**
     * Synapses sorted by source; {@code targets} may be longer than the {@code offsets[offsets.length - 1]}
     * synapses it holds.
     */
    record Rows(int[] offsets, int[] targets) {
    }

    /** Bytes per synapse at the peak of drawing: rules drawn source by source, and the others. */
    static final int DIRECT_BYTES = 4;
    static final int SORTED_BYTES = 12;

    /** Null while drawing source by source (then {@link #rowCounts} counts each source's synapses). */
    private int[] sources;
    private int[] targets = new int[64];
    private int[] rowCounts;
    private int count;

    private Connector() {
    }

    /** Whether a rule draws its synapses source by source (rows written directly). */
    static boolean drawsBySource(Connectivity c) {
        return c instanceof AllToAll || c instanceof OneToOne || c instanceof FixedProbability;
    }

    /**
     * @param where the projection's name, for messages
     * @param same whether source and target are the same group (autapses possible)
     */
    static Rows connect(String where, Connectivity c, int nSource, int nTarget, boolean same,
            SplittableRandom random) {
        Connector k = new Connector();
        if (drawsBySource(c)) {
            k.rowCounts = new int[nSource + 1];
        } else {
            k.sources = new int[64];
        }
        boolean noSelf = same && c != null && !c.isAllowAutapses();
        if (c == null) {
            throw new NetworkBuildException("Projection " + where + " has no connectivity rule.");
        } else if (c instanceof AllToAll) {
            k.reserve((long) nSource * nTarget);
            for (int i = 0; i < nSource; i++) {
                for (int j = 0; j < nTarget; j++) {
                    if (!(noSelf && i == j)) {
                        k.add(i, j);
                    }
                }
            }
        } else if (c instanceof OneToOne) {
            if (nSource != nTarget) {
                throw new NetworkBuildException("Projection " + where + ": one-to-one needs equal sizes, but the "
                        + "source has " + nSource + " neurons and the target " + nTarget + ".");
            }
            for (int i = 0; i < nSource; i++) {
                k.add(i, i);
            }
        } else if (c instanceof FixedProbability fp) {
            k.fixedProbability(where, fp.getProbability(), nSource, nTarget, noSelf, random);
        } else if (c instanceof FixedInDegree fi) {
            k.fixedInDegree(where, fi.getInDegree(), nSource, nTarget, noSelf, random);
        } else if (c instanceof FixedTotalNumber ft) {
            if (ft.getNumber() < 0) {
                throw new NetworkBuildException("Projection " + where + ": negative number of synapses "
                        + ft.getNumber() + ".");
            }
            for (int n = 0; n < ft.getNumber(); n++) {
                int i = random.nextInt(nSource);
                int j = random.nextInt(nTarget);
                if (noSelf && i == j) {
                    n--;
                    continue;
                }
                k.add(i, j);
            }
        } else if (c instanceof ExplicitPairs ep) {
            int index = 0;
            for (Pair p : ep.getPairs()) {
                if (p.getSource() < 0 || p.getSource() >= nSource || p.getTarget() < 0 || p.getTarget() >= nTarget) {
                    throw new NetworkBuildException("Projection " + where + ": pair " + index + " (" + p.getSource()
                            + " -> " + p.getTarget() + ") is out of range (source size " + nSource
                            + ", target size " + nTarget + ").");
                }
                k.add(p.getSource(), p.getTarget());
                index++;
            }
        } else {
            throw new NetworkBuildException("Projection " + where + ": unsupported connectivity "
                    + c.eClass().getName() + ".");
        }
        return k.rows(nSource);
    }

    private void fixedProbability(String where, double p, int nSource, int nTarget, boolean noSelf,
            SplittableRandom random) {
        if (!(p >= 0 && p <= 1)) {
            throw new NetworkBuildException("Projection " + where + ": probability " + p + " is not in [0, 1].");
        }
        if (p == 0) {
            return;
        }
        // room for the expected number of synapses plus six standard deviations: no regrowth in practice
        double mean = p * nSource * (double) nTarget;
        reserve((long) Math.ceil(mean + 6 * Math.sqrt(mean * (1 - p)) + 16));
        double logQ = Math.log1p(-p);
        for (int i = 0; i < nSource; i++) {
            // geometric skipping: the gap to the next connected target is Geometric(p)
            int j = -1;
            while (true) {
                if (p < 1) {
                    double u = random.nextDouble();
                    j += 1 + (int) Math.floor(Math.log1p(-u) / logQ);
                } else {
                    j++;
                }
                if (j >= nTarget || j < 0) {
                    break;
                }
                if (!(noSelf && i == j)) {
                    add(i, j);
                }
            }
        }
    }

    private void fixedInDegree(String where, int k, int nSource, int nTarget, boolean noSelf,
            SplittableRandom random) {
        int available = noSelf ? nSource - 1 : nSource;
        if (k < 0 || k > available) {
            throw new NetworkBuildException("Projection " + where + ": in-degree " + k + " is not between 0 and "
                    + available + " (the source size).");
        }
        boolean[] taken = new boolean[nSource];
        int[] chosen = new int[k];
        for (int j = 0; j < nTarget; j++) {
            int n = 0;
            while (n < k) {
                int i = random.nextInt(nSource);
                if (taken[i] || (noSelf && i == j)) {
                    continue;
                }
                taken[i] = true;
                chosen[n++] = i;
            }
            for (int m = 0; m < k; m++) {
                add(chosen[m], j);
                taken[chosen[m]] = false;
            }
        }
    }

    private void reserve(long n) {
        int want = (int) Math.min(Integer.MAX_VALUE - 8, count + n);
        if (want > targets.length) {
            targets = Arrays.copyOf(targets, want);
            if (sources != null) {
                sources = Arrays.copyOf(sources, want);
            }
        }
    }

    private void add(int source, int target) {
        if (count == targets.length) {
            if (count == Integer.MAX_VALUE - 8) {
                throw new NetworkBuildException("A projection has more than " + count + " synapses, the most one "
                        + "projection can hold.");
            }
            // grow by half: less slack than doubling
            reserve(Math.max(64, count / 2));
        }
        if (sources == null) {
            rowCounts[source + 1]++;
        } else {
            sources[count] = source;
        }
        targets[count] = target;
        count++;
    }

    private Rows rows(int nSource) {
        if (sources == null) {
            // drawn source by source: the targets are already in rows
            for (int i = 0; i < nSource; i++) {
                rowCounts[i + 1] += rowCounts[i];
            }
            return new Rows(rowCounts, targets);
        }
        int[] offsets = new int[nSource + 1];
        for (int s = 0; s < count; s++) {
            offsets[sources[s] + 1]++;
        }
        for (int i = 0; i < nSource; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, nSource);
        int[] sorted = new int[count];
        for (int s = 0; s < count; s++) {
            sorted[fill[sources[s]]++] = targets[s];
        }
        return new Rows(offsets, sorted);
    }
}
