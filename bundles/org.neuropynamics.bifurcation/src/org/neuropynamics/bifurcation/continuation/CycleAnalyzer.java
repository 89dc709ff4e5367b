package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.linalg.DenseLu;
import java.util.Arrays;

import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.EigenvalueSolver;

/**
 * Points and test functions of a limit-cycle branch: Floquet multipliers from the monodromy matrix,
 * stability from the non-trivial ones, fold of cycles (parameter component of the tangent) and period
 * doubling ({@code det(M + I)}, which changes sign when a real multiplier crosses -1).
 */
final class CycleAnalyzer implements PointAnalyzer {

    static final int FOLD = 0;
    static final int FLIP = 1;
    /** Folds at periods above this fraction of the period bound are in the tail of a homoclinic approach. */
    private static final double HOMOCLINIC_TAIL = 0.2;

    private final CycleProblem problem;
    private final int n;
    private final int m;
    private final double maxPeriod;
    private double returnedAt = Double.NaN;
    private double largestAmplitude;

    CycleAnalyzer(CycleProblem problem, int n, double maxPeriod) {
        this.problem = problem;
        this.n = n;
        this.m = problem.segments();
        this.maxPeriod = maxPeriod;
    }

    @Override
    public BranchPoint point(double[] u, double[] t) {
        largestAmplitude = Math.max(largestAmplitude, relativeAmplitude(u));
        Eigenvalue[] multipliers = multipliers(u);
        boolean stable = true;
        int trivial = closestToOne(multipliers);
        for (int i = 0; i < multipliers.length; i++) {
            if (i != trivial) {
                stable &= multipliers[i].modulus() < 1;
            }
        }
        return new BranchPoint(u[n * m + 1], Arrays.copyOf(u, n), stable, multipliers, u[n * m], problem.min(u),
                problem.max(u));
    }

    @Override
    public double[] testFunctions(double[] u, double[] t) {
        double[][] mono = problem.monodromy(u);
        for (int i = 0; i < n; i++) {
            mono[i][i] += 1;
        }
        return new double[] {t[n * m + 1], DenseLu.determinant(mono)};
    }

    @Override
    public SpecialPoint special(int k, double[] u, double[] t) {
        if (k == FOLD && isHopfPassage(u)) {
            // passing through zero amplitude the branch folds back onto itself: it reached a Hopf point
            returnedAt = u[n * m + 1];
            return null;
        }
        if (k == FOLD && u[n * m] > HOMOCLINIC_TAIL * maxPeriod) {
            // approaching a homoclinic orbit the parameter converges exponentially while the period grows: it
            // is constant to the accuracy of the discretisation, whose wiggles would read as folds
            return null;
        }
        if (k == FLIP && !hasMultiplierNearMinusOne(u)) {
            // det(M + I) also changes sign through rounding when multipliers are huge (stiff, canard cycles)
            return null;
        }
        SpecialPointType type = k == FOLD ? SpecialPointType.LPC : SpecialPointType.PD;
        return new SpecialPoint(type, u[n * m + 1], Arrays.copyOf(u, n), Double.NaN, Double.NaN, u[n * m]);
    }

    @Override
    public String stopReason(double[] u) {
        if (!Double.isNaN(returnedAt)) {
            return "the cycle shrank to an equilibrium (a Hopf point) at p = " + returnedAt;
        }
        if (relativeAmplitude(u) < 1e-6) {
            return "the cycle shrank to an equilibrium (a Hopf point) at p = " + u[n * m + 1];
        }
        if (u[n * m] > maxPeriod) {
            return "the period exceeded " + maxPeriod + " (approaching a homoclinic orbit or a SNIC)";
        }
        if (!(u[n * m] > 0)) {
            return "the period became non-positive";
        }
        return null;
    }

    /**
     * True when a zero of the fold test function is the passage of the branch through zero amplitude (a
     * Hopf point, where the shooting Jacobian is singular so the zero is only located to about 1e-3 of the
     * amplitude): a cycle much smaller than the largest of the branch so far and small in absolute terms.
     */
    private boolean isHopfPassage(double[] u) {
        double a = relativeAmplitude(u);
        return a < 1e-2 && a < 0.05 * largestAmplitude;
    }

    private boolean hasMultiplierNearMinusOne(double[] u) {
        for (Eigenvalue e : multipliers(u)) {
            if (Math.abs(e.im()) < 1e-6 && Math.abs(e.re() + 1) < 1e-3) {
                return true;
            }
        }
        return false;
    }

    /** Largest peak-to-peak amplitude of a variable relative to 1 + the largest |x| on the cycle. */
    private double relativeAmplitude(double[] u) {
        double[] min = problem.min(u);
        double[] max = problem.max(u);
        double amplitude = 0;
        double size = 0;
        for (int i = 0; i < n; i++) {
            amplitude = Math.max(amplitude, max[i] - min[i]);
            size = Math.max(size, Math.max(Math.abs(max[i]), Math.abs(min[i])));
        }
        return amplitude / (1 + size);
    }

    Eigenvalue[] multipliers(double[] u) {
        return EigenvalueSolver.eigenvalues(problem.monodromy(u));
    }

    private static int closestToOne(Eigenvalue[] ev) {
        int best = 0;
        double dist = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ev.length; i++) {
            double d = Math.hypot(ev[i].re() - 1, ev[i].im());
            if (d < dist) {
                dist = d;
                best = i;
            }
        }
        return best;
    }
}
