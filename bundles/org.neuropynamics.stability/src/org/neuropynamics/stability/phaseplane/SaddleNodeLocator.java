package org.neuropynamics.stability.phaseplane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.analysis.JacobianEvaluator;
import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.linalg.DenseLu;
import org.neuropynamics.core.model.Model;

/**
 * Locates saddle-node bifurcations in one parameter: the equilibria in a window are counted along a scan of
 * the parameter; where the count changes, the interval is narrowed by bisection on the count, and then
 * Newton's method on (x, parameter) solves {@code f(x, q) = 0, det J(x, q) = 0} (in 1-D: {@code F = 0,
 * F' = 0}) from the midpoint of the two closest equilibria, which are the ones about to merge. The Newton
 * matrix is formed by central differences of these n + 1 functions.
 */
public final class SaddleNodeLocator {

    private final Model model;
    private final int parameter;
    private int scanPoints = 80;

    /**
     * @param model a flow
     * @param parameterName the parameter to vary
     */
    public SaddleNodeLocator(Model model, String parameterName) {
        this.model = model;
        this.parameter = model.parameterIndex(parameterName);
        if (parameter < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no parameter '" + parameterName + "'");
        }
    }

    /** Number of parameter values scanned (default 80). */
    public SaddleNodeLocator scanPoints(int n) {
        this.scanPoints = Math.max(2, n);
        return this;
    }

    /** The folds with the parameter in [from, to] and the merging equilibria in the window, in scan order. */
    public List<SaddleNode> locate(double[] p, double from, double to, StateWindow window) {
        EquilibriumFinder finder = new EquilibriumFinder(model);
        List<SaddleNode> result = new ArrayList<>();
        double[] q = p.clone();
        double prevValue = from;
        q[parameter] = from;
        List<Equilibrium> prev = finder.find(q, window);
        for (int k = 1; k <= scanPoints; k++) {
            double value = from + (to - from) * k / scanPoints;
            q[parameter] = value;
            List<Equilibrium> cur = finder.find(q, window);
            if (cur.size() != prev.size()) {
                narrow(finder, p, prevValue, prev, value, cur, window).ifPresent(result::add);
            }
            prev = cur;
            prevValue = value;
        }
        return result;
    }

    private Optional<SaddleNode> narrow(EquilibriumFinder finder, double[] p, double a, List<Equilibrium> ea,
            double b, List<Equilibrium> eb, StateWindow window) {
        double[] q = p.clone();
        for (int it = 0; it < 12; it++) {
            double mid = 0.5 * (a + b);
            q[parameter] = mid;
            List<Equilibrium> em = finder.find(q, window);
            if (em.size() == ea.size()) {
                a = mid;
                ea = em;
            } else {
                b = mid;
                eb = em;
            }
        }
        boolean moreAtA = ea.size() > eb.size();
        List<Equilibrium> many = moreAtA ? ea : eb;
        if (many.size() < 2) {
            return Optional.empty();
        }
        double[] guess = closestPairMidpoint(many, window);
        return newton(p, guess, moreAtA ? a : b, window);
    }

    private static double[] closestPairMidpoint(List<Equilibrium> eq, StateWindow w) {
        double best = Double.POSITIVE_INFINITY;
        double[] mid = null;
        for (int i = 0; i < eq.size(); i++) {
            for (int j = i + 1; j < eq.size(); j++) {
                double[] x = eq.get(i).state();
                double[] y = eq.get(j).state();
                double d = 0;
                for (int k = 0; k < x.length; k++) {
                    d += Math.pow((x[k] - y[k]) / w.width(k), 2);
                }
                if (d < best) {
                    best = d;
                    mid = new double[x.length];
                    for (int k = 0; k < x.length; k++) {
                        mid[k] = 0.5 * (x[k] + y[k]);
                    }
                }
            }
        }
        return mid;
    }

    /** Newton on G(x, q) = (f(x, q), det J(x, q)) with a central-difference Jacobian. */
    private Optional<SaddleNode> newton(double[] p, double[] x0, double q0, StateWindow window) {
        int n = model.dimension();
        double[] z = new double[n + 1];
        System.arraycopy(x0, 0, z, 0, n);
        z[n] = q0;
        double[] h = new double[n + 1];
        for (int i = 0; i < n; i++) {
            h[i] = 1e-6 * window.width(i);
        }
        h[n] = 1e-6 * Math.max(1, Math.abs(q0));
        double[] params = p.clone();
        boolean converged = false;
        for (int it = 0; it < 50 && !converged; it++) {
            double[] g = residual(z, params);
            double[][] a = new double[n + 1][n + 1];
            for (int c = 0; c <= n; c++) {
                double keep = z[c];
                z[c] = keep + h[c];
                double[] up = residual(z, params);
                z[c] = keep - h[c];
                double[] down = residual(z, params);
                z[c] = keep;
                for (int r = 0; r <= n; r++) {
                    a[r][c] = (up[r] - down[r]) / (2 * h[c]);
                }
            }
            double[] rhs = new double[n + 1];
            for (int r = 0; r <= n; r++) {
                rhs[r] = -g[r];
            }
            DenseLu lu = new DenseLu(a, 1e-14 * DenseLu.largestEntry(a));
            double[] d = lu.isSingular() ? null : lu.solve(rhs);
            if (d == null) {
                return Optional.empty();
            }
            double step = 0;
            for (int c = 0; c <= n; c++) {
                z[c] += d[c];
                step = Math.max(step, Math.abs(d[c]) / (c < n ? window.width(c) : Math.max(1e-12, Math.abs(z[n]))));
            }
            if (!Double.isFinite(step)) {
                return Optional.empty();
            }
            converged = step < 1e-12;
        }
        if (!converged) {
            return Optional.empty();
        }
        double[] state = new double[n];
        System.arraycopy(z, 0, state, 0, n);
        if (!window.contains(state, 1e-6)) {
            return Optional.empty();
        }
        params[parameter] = z[n];
        double[] f = new double[n];
        model.field().derivatives(0, state, params, f);
        double res = 0;
        for (double v : f) {
            res = Math.max(res, Math.abs(v));
        }
        return Optional.of(new SaddleNode(model.parameters().get(parameter).name(), z[n], state, res));
    }

    private double[] residual(double[] z, double[] params) {
        int n = model.dimension();
        double[] x = new double[n];
        System.arraycopy(z, 0, x, 0, n);
        params[parameter] = z[n];
        double[] out = new double[n + 1];
        double[] f = new double[n];
        model.field().derivatives(0, x, params, f);
        System.arraycopy(f, 0, out, 0, n);
        out[n] = DenseLu.determinant(JacobianEvaluator.at(model, x, params)); // the core's one LU
        return out;
    }
}
