package org.neuropynamics.bifurcation.continuation;

import java.util.Arrays;

import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.EigenvalueSolver;

/**
 * Points and test functions of an equilibrium branch: fold (the parameter component of the tangent), Hopf
 * (the determinant of the bialternate product, with neutral saddles rejected) and branch point (the
 * determinant of the bordered Jacobian).
 */
final class EquilibriumAnalyzer implements PointAnalyzer {

    static final int FOLD = 0;
    static final int HOPF = 1;
    static final int BRANCH = 2;

    private final ParameterizedSystem system;
    private final PseudoArclength arclength;
    private final int n;

    EquilibriumAnalyzer(ParameterizedSystem system, PseudoArclength arclength) {
        this.system = system;
        this.arclength = arclength;
        this.n = system.dimension();
    }

    @Override
    public BranchPoint point(double[] u, double[] t) {
        double[] x = Arrays.copyOf(u, n);
        return BranchPoint.equilibrium(u[n], x, EigenvalueSolver.eigenvalues(system.stateJacobian(x, u[n])));
    }

    @Override
    public double[] testFunctions(double[] u, double[] t) {
        double[] x = Arrays.copyOf(u, n);
        double[][] a = system.stateJacobian(x, u[n]);
        return new double[] {t[n], Bialternate.hopfTestFunction(a), arclength.borderedDeterminant(u, t)};
    }

    @Override
    public SpecialPoint special(int k, double[] u, double[] t) {
        double[] x = Arrays.copyOf(u, n);
        double p = u[n];
        return switch (k) {
            case FOLD -> new SpecialPoint(SpecialPointType.LP, p, x, Double.NaN, Double.NaN, Double.NaN);
            case BRANCH -> new SpecialPoint(SpecialPointType.BP, p, x, Double.NaN, Double.NaN, Double.NaN);
            default -> hopf(x, p);
        };
    }

    /** A Hopf point when a complex pair sits on the imaginary axis; null at a neutral saddle. */
    private SpecialPoint hopf(double[] x, double p) {
        Eigenvalue[] ev = EigenvalueSolver.eigenvalues(system.stateJacobian(x, p));
        Eigenvalue critical = null;
        for (Eigenvalue e : ev) {
            if (e.im() > 0 && (critical == null || Math.abs(e.re()) < Math.abs(critical.re()))) {
                critical = e;
            }
        }
        if (critical == null || Math.abs(critical.re()) > 1e-6 * (1 + critical.im())) {
            return null;
        }
        double omega = critical.im();
        double l1 = FirstLyapunovCoefficient.compute(system, x, p, omega);
        return new SpecialPoint(SpecialPointType.HB, p, x, l1, omega, Double.NaN);
    }
}
