package org.neuropynamics.stability.phaseplane;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.analysis.Eigenvalue;

/**
 * A periodic orbit of a flow, refined by shooting.
 *
 * @param period the period (time units of the model)
 * @param point a point of the orbit (on the Poincare section), model variable order
 * @param times sample times over one period, from 0 to the period
 * @param orbit {@code orbit[var][k]}: the orbit at {@code times[k]}
 * @param min minimum of each variable over the orbit
 * @param max maximum of each variable over the orbit
 * @param multipliers the Floquet multipliers (eigenvalues of the monodromy matrix), the trivial one
 *        (numerically about 1, along the flow) included, sorted by descending real part
 * @param stable true when every non-trivial multiplier lies inside the unit circle (orbitally stable)
 */
public record LimitCycle(double period, double[] point, double[] times, double[][] orbit, double[] min, double[] max,
        Eigenvalue[] multipliers, boolean stable) {

    /** The multipliers without the trivial one (the one closest to 1). */
    public List<Eigenvalue> nontrivialMultipliers() {
        int trivial = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < multipliers.length; i++) {
            double d = Math.hypot(multipliers[i].re() - 1, multipliers[i].im());
            if (d < best) {
                best = d;
                trivial = i;
            }
        }
        List<Eigenvalue> rest = new ArrayList<>();
        for (int i = 0; i < multipliers.length; i++) {
            if (i != trivial) {
                rest.add(multipliers[i]);
            }
        }
        return rest;
    }

    /**
     * For a planar cycle, the derivative of the Poincare return map: the one non-trivial multiplier
     * ({@code exp} of the integral of the divergence over a period). Less than 1 in modulus: stable.
     */
    public double returnMapDerivative() {
        List<Eigenvalue> rest = nontrivialMultipliers();
        return rest.isEmpty() ? Double.NaN : rest.get(0).re();
    }
}
