package org.neuropynamics.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.VectorField;

/**
 * All equilibria of a flow inside a {@link StateWindow}: damped Newton from a scan of starting points,
 * deduplicated, classified.
 * <p>
 * Starting points: in 1-D a uniform grid (default 400 points), plus a bracketing root find on every sign
 * change of f between neighbours (which also catches roots where Newton wanders off); in 2-D a uniform grid
 * (default 24 x 24) of cell centres; in n-D a Halton sequence over the box (default 512 points: uniform in
 * every dimension without grid blow-up), always with the window centre and the model's initial state
 * (clamped into the window), since neuron models start near rest. Roots closer than 1e-6 window widths in
 * every variable are one equilibrium; a root counts when it lies in the window (1e-9 widths of slack) and
 * its residual is below 1e-6 times the median |f_i| over the starting points.
 * The equation is f(0, y; p) = 0: time-dependent inputs are frozen at t = 0 (set the current in p).
 */
public final class EquilibriumFinder {

    private static final double SAME = 1e-6;
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};

    private final Model model;
    private int samples1d = 400;
    private int grid2d = 24;
    private int samplesNd = 512;

    /** A finder for the model (a flow). */
    public EquilibriumFinder(Model model) {
        if (model.kind() != Model.Kind.FLOW) {
            throw new IllegalArgumentException("equilibria are computed for flows; " + model.id() + " is a map");
        }
        this.model = model;
    }

    /** Scan density: points in 1-D, points per axis in 2-D, Halton points in n-D. */
    public EquilibriumFinder scanDensity(int points1d, int perAxis2d, int pointsNd) {
        if (points1d < 2 || perAxis2d < 1 || pointsNd < 1) {
            throw new IllegalArgumentException("scan density too small");
        }
        this.samples1d = points1d;
        this.grid2d = perAxis2d;
        this.samplesNd = pointsNd;
        return this;
    }

    /** The equilibria in the window, sorted by the first variable (then the second, ...). */
    public List<Equilibrium> find(double[] p, StateWindow window) {
        int n = model.dimension();
        if (window.dimension() != n) {
            throw new IllegalArgumentException("window has " + window.dimension() + " variables, model " + n);
        }
        List<double[]> starts = startingPoints(p, window);
        VectorField f = model.field();
        double[] fScale = residualScale(f, p, starts);
        double[] typical = new double[n];
        for (int i = 0; i < n; i++) {
            typical[i] = 1e-2 * window.width(i);
        }
        JacobianEvaluator jacobian = new JacobianEvaluator(model, typical);
        NewtonSolver newton = new NewtonSolver(model, jacobian, window, fScale);
        List<double[]> roots = new ArrayList<>();
        double[] x = new double[n];
        double[] fx = new double[n];
        for (double[] s : starts) {
            System.arraycopy(s, 0, x, 0, n);
            if (newton.solve(x, p)) {
                addIfNew(roots, x, f, p, fx, fScale, window);
            }
        }
        if (n == 1) {
            for (double[] r : LineScan.bracketedRoots(f, p, window, samples1d)) {
                System.arraycopy(r, 0, x, 0, 1);
                newton.solve(x, p);
                addIfNew(roots, window.contains(x, 1e-9) ? x : r, f, p, fx, fScale, window);
            }
        }
        roots.sort(Comparator.comparingDouble((double[] r) -> r[0]).thenComparing(r -> n > 1 ? r[1] : 0));
        List<Equilibrium> result = new ArrayList<>();
        double slopeScale = n == 1 ? LineScan.slopeScale(f, p, window) : 0;
        for (double[] r : roots) {
            result.add(classify(r, p, jacobian, window, slopeScale));
        }
        return List.copyOf(result);
    }

    /** Newton from one guess (no window restriction beyond divergence); empty when it does not converge. */
    public Optional<Equilibrium> refine(double[] p, double[] guess) {
        int n = model.dimension();
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            double r = Math.max(1, Math.abs(guess[i]));
            lo[i] = guess[i] - 100 * r;
            hi[i] = guess[i] + 100 * r;
        }
        StateWindow w = new StateWindow(lo, hi);
        // one point says little about typical rates (at a near-equilibrium guess some are ~0): absolute residuals
        double[] fScale = new double[n];
        Arrays.fill(fScale, 1);
        JacobianEvaluator jacobian = new JacobianEvaluator(model, null);
        double[] x = guess.clone();
        if (!new NewtonSolver(model, jacobian, w, fScale).solve(x, p)) {
            return Optional.empty();
        }
        return Optional.of(classify(x, p, jacobian, w, n == 1 ? LineScan.slopeScale(model.field(), p, w) : 0));
    }

    private Equilibrium classify(double[] r, double[] p, JacobianEvaluator jacobian, StateWindow window,
            double slopeScale) {
        int n = r.length;
        double[][] jac = new double[n][n];
        jacobian.evaluate(0, r, p, jac);
        double[] fr = new double[n];
        model.field().derivatives(0, r, p, fr);
        double residual = 0;
        for (double v : fr) {
            residual = Math.max(residual, Math.abs(v));
        }
        LinearStability stability;
        if (n == 1) {
            double delta = 1e-6 * window.width(0);
            double[] side = new double[1];
            double[] fs = new double[1];
            side[0] = r[0] - delta;
            model.field().derivatives(0, side, p, fs);
            double left = fs[0];
            side[0] = r[0] + delta;
            model.field().derivatives(0, side, p, fs);
            stability = EquilibriumClassifier.classifyOneDimensional(jac[0][0], left, fs[0], slopeScale);
        } else {
            stability = EquilibriumClassifier.classify(jac);
        }
        return new Equilibrium(r.clone(), jac, stability, residual);
    }

    private void addIfNew(List<double[]> roots, double[] x, VectorField f, double[] p, double[] fx,
            double[] fScale, StateWindow window) {
        if (!window.contains(x, 1e-9)) {
            return;
        }
        f.derivatives(0, x, p, fx);
        for (int i = 0; i < x.length; i++) {
            if (!(Math.abs(fx[i]) <= 1e-6 * fScale[i])) {
                return;
            }
        }
        for (double[] r : roots) {
            boolean same = true;
            for (int i = 0; i < x.length && same; i++) {
                same = Math.abs(r[i] - x[i]) <= SAME * window.width(i);
            }
            if (same) {
                return;
            }
        }
        roots.add(x.clone());
    }

    private List<double[]> startingPoints(double[] p, StateWindow w) {
        int n = w.dimension();
        List<double[]> starts = new ArrayList<>();
        double[] centre = new double[n];
        double[] y0 = model.initialState(p);
        for (int i = 0; i < n; i++) {
            centre[i] = 0.5 * (w.lower()[i] + w.upper()[i]);
            y0[i] = Math.min(w.upper()[i], Math.max(w.lower()[i], y0[i]));
        }
        starts.add(y0);
        starts.add(centre);
        if (n == 1) {
            for (int k = 0; k < samples1d; k++) {
                starts.add(new double[] {w.lower()[0] + w.width(0) * k / (samples1d - 1)});
            }
        } else if (n == 2) {
            for (int a = 0; a < grid2d; a++) {
                for (int b = 0; b < grid2d; b++) {
                    starts.add(new double[] {w.lower()[0] + w.width(0) * (a + 0.5) / grid2d,
                        w.lower()[1] + w.width(1) * (b + 0.5) / grid2d});
                }
            }
        } else {
            for (int k = 1; k <= samplesNd; k++) {
                double[] s = new double[n];
                for (int i = 0; i < n; i++) {
                    s[i] = w.lower()[i] + w.width(i) * halton(k, PRIMES[i % PRIMES.length]);
                }
                starts.add(s);
            }
        }
        return starts;
    }

    /** The k-th element of the van der Corput sequence in the given base. */
    static double halton(int k, int base) {
        double result = 0;
        double f = 1.0 / base;
        for (int i = k; i > 0; i /= base) {
            result += f * (i % base);
            f /= base;
        }
        return result;
    }

    private static double[] residualScale(VectorField f, double[] p, List<double[]> starts) {
        int n = starts.get(0).length;
        double[][] abs = new double[n][starts.size()];
        double[] fx = new double[n];
        for (int k = 0; k < starts.size(); k++) {
            f.derivatives(0, starts.get(k), p, fx);
            for (int i = 0; i < n; i++) {
                abs[i][k] = Double.isFinite(fx[i]) ? Math.abs(fx[i]) : Double.MAX_VALUE;
            }
        }
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            Arrays.sort(abs[i]);
            double median = abs[i][abs[i].length / 2];
            scale[i] = median > 0 && median < Double.MAX_VALUE ? median : 1;
        }
        return scale;
    }
}
