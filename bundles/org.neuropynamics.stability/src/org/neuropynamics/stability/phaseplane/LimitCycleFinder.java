package org.neuropynamics.stability.phaseplane;

import java.util.Arrays;
import java.util.Optional;

import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.EigenvalueSolver;
import org.neuropynamics.core.integrate.DormandPrinceStepper;
import org.neuropynamics.core.model.Model;

/**
 * Finds a limit cycle from a starting state: integrate past a transient, place a Poincare section through the
 * current point (the hyperplane normal to the flow there), iterate the return map until it settles, then
 * refine point and period by Newton shooting ({@link PeriodicShooting}, on the shared {@code ShootingFlow}) and
 * read the stability from the Floquet multipliers. A stable cycle is found forwards in time; for a planar system, when forward integration settles
 * on an equilibrium instead, the search is repeated backwards, which finds unstable cycles (stable in reversed
 * time). Models with a threshold/reset rule are hybrid systems and are refused.
 */
public final class LimitCycleFinder {

    private final Model model;
    private double transient_ = 1000;
    private double maxReturnTime = 5000;
    private int maxReturns = 200;
    private int samples = 2000;
    private double[] lower;
    private double[] upper;

    /** A finder for the model (a flow without reset). */
    public LimitCycleFinder(Model model) {
        if (model.kind() != Model.Kind.FLOW) {
            throw new IllegalArgumentException(model.id() + " is a map: its cycles are periodic points ('map')");
        }
        if (model.spikeRule() != null) {
            throw new IllegalArgumentException(model.id() + " has a threshold/reset rule: its periodic firing is "
                    + "not a smooth limit cycle (use 'simulate' for its period)");
        }
        this.model = model;
    }

    /** Time integrated before the section is placed (model time units, default 1000). */
    public LimitCycleFinder transientTime(double t) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("transient must be >= 0, not " + t);
        }
        this.transient_ = t;
        return this;
    }

    /** Longest time waited for a return to the section (default 5000). */
    public LimitCycleFinder maxReturnTime(double t) {
        if (!(t > 0)) {
            throw new IllegalArgumentException("return time must be positive, not " + t);
        }
        this.maxReturnTime = t;
        return this;
    }

    /**
     * A box the search may not leave: an orbit that leaves it (escaping to infinity, say) ends the search
     * with no cycle instead of refining a meaningless "cycle" far away. Default: unbounded.
     *
     * @param lowerBounds lower bound of each variable
     * @param upperBounds upper bound of each variable
     */
    public LimitCycleFinder bound(double[] lowerBounds, double[] upperBounds) {
        if (lowerBounds.length != model.dimension() || upperBounds.length != model.dimension()) {
            throw new IllegalArgumentException("bounds need " + model.dimension() + " values");
        }
        this.lower = lowerBounds.clone();
        this.upper = upperBounds.clone();
        return this;
    }

    private boolean inside(double[] y) {
        if (lower == null) {
            return true;
        }
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= lower[i] && y[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    /** Number of points sampled along the orbit for drawing and min/max (default 2000). */
    public LimitCycleFinder samples(int n) {
        this.samples = Math.max(16, n);
        return this;
    }

    /** The cycle reached from {@code start}, or empty when the orbit settles on an equilibrium or escapes. */
    public Optional<LimitCycle> find(double[] p, double[] start) {
        Optional<LimitCycle> forward = search(p, start, 1);
        if (forward.isPresent() || model.dimension() != 2) {
            return forward;
        }
        return search(p, start, -1);
    }

    private Optional<LimitCycle> search(double[] p, double[] start, int sign) {
        int n = model.dimension();
        double[] y = start.clone();
        DormandPrinceStepper dp = DormandPrinceStepper.autonomous(model.field(), p, n)
                .tolerances(absolute(start, 1e-9), 1e-9);
        if (transient_ > 0 && dp.integrate(y, transient_, sign, (s, st) -> finite(st) && inside(st)) < transient_
                || !inside(y)) {
            return Optional.empty();
        }
        double[] section = y.clone();
        double[] normal = new double[n];
        model.field().derivatives(0, section, p, normal);
        for (int i = 0; i < n; i++) {
            normal[i] *= sign;
        }
        ReturnMap map = new ReturnMap(dp, section, normal, maxReturnTime, sign);
        double[] previous = section.clone();
        double period = Double.NaN;
        for (int k = 0; k < maxReturns; k++) {
            double[] r = map.next(y);
            if (r == null || !inside(r)) {
                return Optional.empty();
            }
            period = map.lastReturnTime();
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(r[i] - previous[i]) / map.scale()[i]);
            }
            previous = r;
            if (change < 1e-5) {
                break;
            }
        }
        double[] scale = map.scale();
        double[] x0 = previous.clone();
        PeriodicShooting shooting = new PeriodicShooting(model, p, scale);
        double refined = shooting.refine(x0, period, section, normal, scale);
        if (Double.isNaN(refined)) {
            return Optional.empty();
        }
        PeriodicShooting.Flow flow = shooting.lastFlow();
        Eigenvalue[] multipliers = EigenvalueSolver.eigenvalues(flow.monodromy());
        return Optional.of(describe(p, x0, refined, multipliers, scale));
    }

    private LimitCycle describe(double[] p, double[] x0, double period, Eigenvalue[] multipliers, double[] scale) {
        int n = model.dimension();
        double[] times = new double[samples + 1];
        double[][] orbit = new double[n][samples + 1];
        double[] y = x0.clone();
        for (int i = 0; i < n; i++) {
            orbit[i][0] = y[i];
        }
        DormandPrinceStepper dp = DormandPrinceStepper.autonomous(model.field(), p, n)
                .tolerances(absolute(scale, 1e-10), 1e-10)
                .maxStep(period / 50);
        double[] at = new double[n];
        int[] next = {1};
        double[] stepStart = {0};
        dp.integrate(y, period, 1, (s, st) -> {
            double h = dp.lastStep();
            while (next[0] <= samples && next[0] * period / samples <= s + 1e-12 * period) {
                double tk = next[0] * period / samples;
                dp.denseAt(Math.min(1, (tk - stepStart[0]) / h), at);
                times[next[0]] = tk;
                for (int i = 0; i < n; i++) {
                    orbit[i][next[0]] = at[i];
                }
                next[0]++;
            }
            stepStart[0] = s;
            return true;
        });
        double[] min = new double[n];
        double[] max = new double[n];
        for (int i = 0; i < n; i++) {
            double[] v = Arrays.copyOf(orbit[i], next[0]);
            min[i] = -extreme(negated(v));
            max[i] = extreme(v);
        }
        LimitCycle provisional = new LimitCycle(period, x0.clone(), times, orbit, min, max, multipliers, false);
        boolean stable = !provisional.nontrivialMultipliers().isEmpty()
                && provisional.nontrivialMultipliers().stream().allMatch(m -> m.modulus() < 1);
        return new LimitCycle(period, x0.clone(), times, orbit, min, max, multipliers, stable);
    }

    /**
     * The maximum of a periodic sequence sampled uniformly (last sample = first), refined by the vertex of
     * the parabola through the largest sample and its neighbours: sampling alone misses the peak by
     * O(h^2), the parabola by O(h^3).
     */
    private static double extreme(double[] v) {
        int m = v.length - 1;
        if (m < 3) {
            return Arrays.stream(v).max().orElse(Double.NaN);
        }
        int k = 0;
        for (int i = 1; i < m; i++) {
            if (v[i] > v[k]) {
                k = i;
            }
        }
        double a = v[(k - 1 + m) % m];
        double b = v[k];
        double c = v[(k + 1) % m];
        double denominator = a - 2 * b + c;
        if (!(denominator < 0)) {
            return b;
        }
        double shift = 0.5 * (a - c) / denominator;
        return b - 0.25 * (a - c) * shift;
    }

    private static double[] negated(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = -v[i];
        }
        return r;
    }

    private static double[] absolute(double[] reference, double tol) {
        double[] a = new double[reference.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = tol * Math.max(1e-3, Math.abs(reference[i]));
        }
        return a;
    }

    private static boolean finite(double[] y) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
