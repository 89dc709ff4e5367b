package org.neuropynamics.stability.phaseplane;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.model.Model;

/**
 * The geometry of a one-dimensional flow {@code x' = F(x)} on an interval: the graph of F, its zeros (the
 * equilibria, classified stable / unstable / semi-stable) and the direction of the flow on the axis between
 * them (to the right where F &gt; 0).
 *
 * @param x sample abscissae
 * @param f F at the samples
 * @param equilibria the equilibria in the interval, increasing
 * @param flow the intervals between equilibria with the direction of motion
 */
public record PhaseLine(double[] x, double[] f, List<Equilibrium> equilibria, List<Flow> flow) {

    /**
     * An interval of the axis and which way the state moves on it.
     *
     * @param from left end
     * @param to right end
     * @param direction +1 to the right (F &gt; 0), -1 to the left, 0 at rest (F = 0 throughout)
     */
    public record Flow(double from, double to, int direction) {
    }

    /**
     * Samples F on {@code [from, to]} at {@code samples} points and finds the equilibria there.
     *
     * @param model a one-variable flow
     * @param p parameter values
     */
    public static PhaseLine compute(Model model, double[] p, double from, double to, int samples) {
        if (model.dimension() != 1) {
            throw new IllegalArgumentException(model.id() + " has " + model.dimension()
                    + " variables; the phase line is for one-variable models");
        }
        int m = Math.max(2, samples);
        double[] xs = new double[m];
        double[] fs = new double[m];
        double[] s = new double[1];
        double[] r = new double[1];
        for (int k = 0; k < m; k++) {
            xs[k] = from + (to - from) * k / (m - 1);
            s[0] = xs[k];
            model.field().derivatives(0, s, p, r);
            fs[k] = r[0];
        }
        List<Equilibrium> eq = new EquilibriumFinder(model).find(p, StateWindow.of(from, to));
        List<Flow> flow = new ArrayList<>();
        double left = from;
        for (int k = 0; k <= eq.size(); k++) {
            double right = k < eq.size() ? eq.get(k).state()[0] : to;
            if (right > left) {
                s[0] = 0.5 * (left + right);
                model.field().derivatives(0, s, p, r);
                flow.add(new Flow(left, right, (int) Math.signum(r[0])));
            }
            left = right;
        }
        return new PhaseLine(xs, fs, eq, List.copyOf(flow));
    }
}
