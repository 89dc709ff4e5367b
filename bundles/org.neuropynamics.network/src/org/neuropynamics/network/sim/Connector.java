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
 */
final class Connector {

    /** Synapses sorted by source. */
    record Rows(int[] offsets, int[] targets) {
    }

    private int[] sources = new int[64];
    private int[] targets = new int[64];
    private int count;

    private Connector() {
    }

    /**
     * @param where the projection's name, for messages
     * @param same whether source and target are the same group (autapses possible)
     */
    static Rows connect(String where, Connectivity c, int nSource, int nTarget, boolean same,
            SplittableRandom random) {
        Connector k = new Connector();
        boolean noSelf = same && c != null && !c.isAllowAutapses();
        if (c == null) {
            throw new NetworkBuildException("Projection " + where + " has no connectivity rule.");
        } else if (c instanceof AllToAll) {
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
        if (want > sources.length) {
            sources = Arrays.copyOf(sources, want);
            targets = Arrays.copyOf(targets, want);
        }
    }

    private void add(int source, int target) {
        if (count == sources.length) {
            sources = Arrays.copyOf(sources, count * 2);
            targets = Arrays.copyOf(targets, count * 2);
        }
        sources[count] = source;
        targets[count] = target;
        count++;
    }

    private Rows rows(int nSource) {
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
