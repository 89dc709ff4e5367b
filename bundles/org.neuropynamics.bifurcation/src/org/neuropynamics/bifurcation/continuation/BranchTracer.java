package org.neuropynamics.bifurcation.continuation;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * Follows one branch by pseudo-arclength continuation with adaptive steps, detects sign changes of the
 * analyzer's test functions between consecutive points and locates each zero by the Illinois variant of
 * regula falsi on the arclength (every trial point is a corrected point of the branch), so that special
 * points are as accurate as the Newton tolerance. The branch ends exactly on the parameter bounds.
 */
final class BranchTracer {

    /** Largest accepted turn of the tangent between two points (cos of about 25 degrees). */
    private static final double MIN_TANGENT_COSINE = 0.9;
    private static final int MAX_LOCATE_ITERATIONS = 60;

    private final PseudoArclength arclength;
    private final PointAnalyzer analyzer;
    private final ContinuationSettings settings;
    private final double pLow;
    private final double pHigh;
    private final RunMonitor monitor;
    private final int last;
    private double[] userValues = new double[0];

    BranchTracer(PseudoArclength arclength, PointAnalyzer analyzer, ContinuationSettings settings, double pLow,
            double pHigh, RunMonitor monitor) {
        this.arclength = arclength;
        this.analyzer = analyzer;
        this.settings = settings;
        this.pLow = Math.min(pLow, pHigh);
        this.pHigh = Math.max(pLow, pHigh);
        this.monitor = monitor;
        this.last = arclength.problem().unknowns() - 1;
    }

    /** Parameter values at which the branch gets a point wherever it passes them (AUTO's UZR). */
    BranchTracer pointsAt(double... values) {
        this.userValues = values.clone();
        return this;
    }

    /**
     * Traces from the solution u0 in the direction of the tangent t0.
     *
     * @param kind the kind of branch
     * @param skipFirst true when u0 is a degenerate start (a Hopf point as a cycle of zero amplitude) whose
     *        test functions are meaningless
     */
    Branch trace(Branch.Kind kind, double[] u0, double[] t0, boolean skipFirst) {
        List<BranchPoint> points = new ArrayList<>();
        List<SpecialPoint> specials = new ArrayList<>();
        double[] u = u0;
        double[] t = t0;
        arclength.problem().accept(u);
        arclength.refreshWeights();
        t = unit(t);
        points.add(analyzer.point(u, t));
        double[] tests = skipFirst ? null : analyzer.testFunctions(u, t);
        double ds = settings.initialStep();
        String reason = "reached the maximum number of points (" + settings.maxPoints() + ")";
        while (points.size() < settings.maxPoints()) {
            if (monitor.isCanceled()) {
                throw new RunCanceledException(u[last]);
            }
            double[] un = arclength.correct(u, t, ds);
            double[] tn = un == null ? null : arclength.tangent(un, t);
            if (un == null || tn == null || arclength.inner(t, tn) < MIN_TANGENT_COSINE) {
                ds /= 2;
                if (ds < settings.minStep()) {
                    reason = "the step fell below its minimum (no convergence near p = " + u[last] + ")";
                    break;
                }
                continue;
            }
            boolean outside = un[last] < pLow || un[last] > pHigh;
            if (outside) {
                double bound = un[last] < pLow ? pLow : pHigh;
                double[] end = locate(u, t, un, ds, u[last] - bound, un[last] - bound, -1, bound);
                if (end != null) {
                    un = end;
                    tn = arclength.tangent(un, t);
                    ds = arclength.inner(t, diff(un, u));
                }
            }
            double[] testsNew = analyzer.testFunctions(un, tn);
            if (tests != null) {
                double[] stop = specialPointsInStep(u, t, un, ds, tests, testsNew, specials);
                if (stop != null) {
                    // a zero ends the branch (a cycle shrinking onto a Hopf point): stop on it
                    un = stop;
                    tn = arclength.tangent(un, t);
                    testsNew = analyzer.testFunctions(un, tn);
                    outside = true;
                }
            }
            addUserPoints(u, t, un, points);
            arclength.problem().accept(un);
            arclength.refreshWeights();
            tn = unit(tn);
            points.add(analyzer.point(un, tn));
            monitor.worked(Math.min(1, (double) points.size() / settings.maxPoints()));
            u = un;
            t = tn;
            tests = testsNew;
            String stop = analyzer.stopReason(u);
            if (stop != null) {
                reason = stop;
                break;
            }
            if (outside) {
                reason = "reached the end of the parameter range";
                break;
            }
            if (arclength.lastIterations() <= 3) {
                ds = Math.min(ds * 1.5, settings.maxStep());
            }
        }
        return new Branch(kind, points, specials, reason);
    }

    /**
     * Locates the zeros of the test functions that changed sign between u (s = 0) and un (s = ds) and adds
     * the special points to {@code specials} in the order of the branch.
     *
     * @return the zero at which the branch ends (see {@link PointAnalyzer#stopReason}), or null
     */
    private double[] specialPointsInStep(double[] u, double[] t, double[] un, double ds, double[] tests,
            double[] testsNew, List<SpecialPoint> specials) {
        record Zero(int k, double s, double[] at) {
        }
        List<Zero> zeros = new ArrayList<>();
        for (int k = 0; k < tests.length; k++) {
            if (tests[k] * testsNew[k] < 0) {
                double[] at = locate(u, t, un, ds, tests[k], testsNew[k], k, 0);
                if (at != null) {
                    zeros.add(new Zero(k, arclength.inner(t, diff(at, u)), at));
                }
            }
        }
        zeros.sort(java.util.Comparator.comparingDouble(Zero::s));
        for (Zero z : zeros) {
            double[] tat = arclength.tangent(z.at(), t);
            if (tat == null) {
                continue;
            }
            SpecialPoint sp = analyzer.special(z.k(), z.at(), tat);
            if (sp != null) {
                specials.add(sp);
            } else if (analyzer.stopReason(z.at()) != null) {
                return z.at();
            }
        }
        return null;
    }

    /** Adds the points at the user's parameter values between u and un, in branch order. */
    private void addUserPoints(double[] u, double[] t, double[] un, List<BranchPoint> points) {
        double s1 = arclength.inner(t, diff(un, u));
        List<double[]> found = new ArrayList<>();
        for (double v : userValues) {
            if ((u[last] - v) * (un[last] - v) < 0) {
                double[] at = locate(u, t, un, s1, u[last] - v, un[last] - v, -1, v);
                if (at != null) {
                    found.add(at);
                }
            }
        }
        found.sort(java.util.Comparator.comparingDouble(at -> arclength.inner(t, diff(at, u))));
        for (double[] at : found) {
            double[] tat = arclength.tangent(at, t);
            if (tat != null) {
                points.add(analyzer.point(at, unit(tat)));
            }
        }
    }

    /**
     * Zero of test function k (or, for k = -1, of p - bound) between the anchor (s = 0) and the solution
     * {@code end} at s = s1, by Illinois regula falsi on s. Each trial point starts from the secant between
     * the two bracketing solutions (from the tangent when that fails), so that long steps over sharp turns
     * of the branch are bracketed as reliably as short ones; null when every corrector fails.
     */
    private double[] locate(double[] anchor, double[] t, double[] end, double s1, double g0, double g1, int k,
            double bound) {
        double a = 0;
        double b = s1;
        double ga = g0;
        double gb = g1;
        double[] ua = anchor;
        double[] ub = end;
        double[] best = null;
        double tolerance = 1e-13 * (1 + arclength.size(anchor));
        for (int it = 0; it < MAX_LOCATE_ITERATIONS; it++) {
            double s = (a * gb - b * ga) / (gb - ga);
            if (!(s > Math.min(a, b) && s < Math.max(a, b))) {
                s = 0.5 * (a + b);
            }
            double[] guess = new double[ua.length];
            double f = (s - a) / (b - a);
            for (int i = 0; i < guess.length; i++) {
                guess[i] = ua[i] + f * (ub[i] - ua[i]);
            }
            double[] u = arclength.correct(anchor, t, s, guess);
            if (u == null) {
                u = arclength.correct(anchor, t, s, null);
            }
            if (u == null) {
                return best;
            }
            best = u;
            double g;
            if (k < 0) {
                g = u[last] - bound;
            } else {
                double[] tu = arclength.tangent(u, t);
                if (tu == null) {
                    return best;
                }
                g = analyzer.testFunctions(u, tu)[k];
            }
            if (g == 0) {
                return u;
            }
            if (g * gb < 0) {
                a = b;
                ga = gb;
                ua = ub;
            } else {
                ga /= 2;
            }
            b = s;
            gb = g;
            ub = u;
            if (Math.abs(b - a) < tolerance) {
                return u;
            }
        }
        return best;
    }

    /** v scaled to unit length in the (possibly updated) arclength norm. */
    private double[] unit(double[] v) {
        double size = arclength.size(v);
        double[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] /= size;
        }
        return r;
    }

    private static double[] diff(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }
}
