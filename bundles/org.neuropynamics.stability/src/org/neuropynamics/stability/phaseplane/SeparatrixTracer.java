package org.neuropynamics.stability.phaseplane;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.Equilibrium;

/**
 * Stable and unstable manifolds of planar saddles: each starts at the saddle plus or minus a small offset
 * along an eigenvector of the Jacobian (in window-relative units, {@code 1e-4} of the window by default, so
 * the linear approximation's error, of second order in the offset, is invisible), and is integrated forwards
 * (unstable) or backwards (stable) until it leaves the window, converges or reaches the time limit.
 */
public final class SeparatrixTracer {

    private final TrajectoryTracer tracer;
    private final PlaneWindow window;
    private double offset = 1e-4;

    /**
     * @param tracer integrates a planar model (variables 0, 1)
     * @param window the plane window (sets the scale of the offset)
     */
    public SeparatrixTracer(TrajectoryTracer tracer, PlaneWindow window) {
        this.tracer = tracer;
        this.window = window;
    }

    /** Offset from the saddle in window-relative units. */
    public SeparatrixTracer offset(double fraction) {
        this.offset = fraction;
        return this;
    }

    /** The four branches of every saddle among the equilibria (others are skipped). */
    public List<Separatrix> trace(List<Equilibrium> equilibria) {
        List<Separatrix> result = new ArrayList<>();
        for (Equilibrium e : equilibria) {
            if (e.type() == Classification.SADDLE && e.state().length == 2) {
                result.addAll(branches(e));
            }
        }
        return result;
    }

    /** The four branches of one planar saddle. */
    public List<Separatrix> branches(Equilibrium saddle) {
        double[][] j = saddle.jacobian();
        double tr = j[0][0] + j[1][1];
        double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
        double disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
        double[] lambdas = {tr / 2 + disc, tr / 2 - disc};
        List<Separatrix> result = new ArrayList<>();
        double[] s = saddle.state();
        for (double lambda : lambdas) {
            double[] v = eigenvector(j, lambda);
            boolean unstable = lambda > 0;
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] start = {s[0] + sign * offset * v[0] * window.width(),
                    s[1] + sign * offset * v[1] * window.height()};
                Trajectory orbit = tracer.trace(start, unstable ? Direction.FORWARD : Direction.BACKWARD);
                result.add(new Separatrix(s.clone(), unstable, lambda, orbit));
            }
        }
        return result;
    }

    /**
     * A unit eigenvector (in window-relative units) of the 2x2 matrix for the real eigenvalue lambda.
     */
    private double[] eigenvector(double[][] j, double lambda) {
        double[] a = {j[0][1], lambda - j[0][0]};
        double[] b = {lambda - j[1][1], j[1][0]};
        double[] v = Math.hypot(a[0], a[1]) >= Math.hypot(b[0], b[1]) ? a : b;
        if (Math.hypot(v[0], v[1]) == 0) {
            // diagonal Jacobian: the eigenvectors are the axes
            v = Math.abs(j[0][0] - lambda) <= Math.abs(j[1][1] - lambda) ? new double[] {1, 0} : new double[] {0, 1};
        }
        double u0 = v[0] / window.width();
        double u1 = v[1] / window.height();
        double len = Math.hypot(u0, u1);
        return new double[] {u0 / len, u1 / len};
    }
}
