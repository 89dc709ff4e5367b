package org.neuropynamics.core.analysis;

/**
 * Classifies equilibria from their Jacobian (README.md, "The command line").
 * <p>
 * Tolerances, all relative so they do not depend on units: an eigenvalue is <em>zero</em> when
 * {@code |lambda| <= 1e-8 ||J||_F}; a non-zero eigenvalue has <em>zero real part</em> when
 * {@code |Re lambda| <= 1e-7 |lambda|} (so Lotka-Volterra's +-i at (1, 1) is a centre even with a
 * finite-difference Jacobian, whose relative error is about 4e-11); two eigenvalues of a 2-D system are
 * <em>repeated</em> when {@code |lambda1 - lambda2| <= 1e-5 max|lambda|} (a Jordan block perturbed by
 * rounding e splits by about sqrt(e)); the Jacobian is a multiple of the identity (a star) when its
 * off-diagonal entries and diagonal difference are below {@code 1e-5 |lambda|}.
 * In n-D, "focus" means some eigenvalues are complex (an oscillatory approach or departure), mixed signs
 * give "saddle" (detail "saddle-focus" when complex), and any zero or purely imaginary eigenvalue gives
 * "degenerate" (non-hyperbolic). Two eigenvalues that are both tiny (geometric mean of the two smallest
 * moduli {@code <= 1e-5 ||J||_F}) are a <em>double zero</em> too: at a cusp or Bogdanov-Takens point the
 * Jacobian is nilpotent, a root-finder places the equilibrium only to about the square root of its tolerance
 * there, and the nilpotent block then splits into a tiny pair +-sqrt(delta) that would otherwise read as a
 * "saddle" or "center" (the stiffest catalogue equilibria, Hodgkin-Huxley's, have this mean above 2e-4
 * ||J||_F). In 2-D a purely imaginary pair is reported as "center" (of the
 * linearization; the nonlinear system may still spiral slowly).
 */
public final class EquilibriumClassifier {

    /** Zero eigenvalue: |lambda| below this times the Frobenius norm of J. */
    public static final double ZERO_EIGENVALUE = 1e-8;
    /** Zero real part: |Re lambda| below this times |lambda|. */
    public static final double ZERO_REAL_PART = 1e-7;
    /** Double zero: the geometric mean of the two smallest |lambda| below this times ||J||_F. */
    public static final double DOUBLE_ZERO = 1e-5;
    /** Repeated eigenvalue (2-D): |lambda1 - lambda2| below this times max |lambda|. */
    public static final double REPEATED = 1e-5;

    private EquilibriumClassifier() {
    }

    /** Classifies a flow's equilibrium with Jacobian {@code jac} (n &gt;= 1; 1-D without side information). */
    public static LinearStability classify(double[][] jac) {
        int n = jac.length;
        Eigenvalue[] ev = EigenvalueSolver.eigenvalues(jac);
        double norm = frobenius(jac);
        if (n == 1) {
            double s = jac[0][0];
            if (Math.abs(s) <= 0) {
                return new LinearStability(Classification.DEGENERATE,
                        "zero derivative: decide with the signs of F on either side", false, ev);
            }
            return new LinearStability(s < 0 ? Classification.STABLE : Classification.UNSTABLE,
                    s < 0 ? "stable" : "unstable", s < 0, ev);
        }
        for (Eigenvalue e : ev) {
            if (norm == 0 || e.modulus() <= ZERO_EIGENVALUE * norm) {
                return new LinearStability(Classification.DEGENERATE, "non-isolated/zero eigenvalue", false, ev);
            }
        }
        double[] moduli = java.util.Arrays.stream(ev).mapToDouble(Eigenvalue::modulus).sorted().toArray();
        if (Math.sqrt(moduli[0] * moduli[1]) <= DOUBLE_ZERO * norm) {
            return new LinearStability(Classification.DEGENERATE, "non-hyperbolic: double zero eigenvalue (cusp or "
                    + "Bogdanov-Takens type; the pair found is below the equilibrium's accuracy)", false, ev);
        }
        return n == 2 ? classifyPlanar(jac, ev) : classifyHigher(ev);
    }

    /**
     * 1-D classification: by the slope F'(x*) when it is clearly non-zero ({@code |F'| > 1e-7 slopeScale}),
     * else by the signs of F just left and right of x*.
     *
     * @param slope F'(x*)
     * @param fLeft F slightly left of x*
     * @param fRight F slightly right of x*
     * @param slopeScale a typical |F'| over the window
     */
    public static LinearStability classifyOneDimensional(double slope, double fLeft, double fRight,
            double slopeScale) {
        Eigenvalue[] ev = {new Eigenvalue(slope, 0)};
        if (Math.abs(slope) > ZERO_REAL_PART * slopeScale) {
            return slope < 0 ? new LinearStability(Classification.STABLE, "stable", true, ev)
                    : new LinearStability(Classification.UNSTABLE, "unstable", false, ev);
        }
        if (fLeft > 0 && fRight < 0) {
            return new LinearStability(Classification.STABLE, "stable, non-hyperbolic (F' = 0)", true, ev);
        }
        if (fLeft < 0 && fRight > 0) {
            return new LinearStability(Classification.UNSTABLE, "unstable, non-hyperbolic (F' = 0)", false, ev);
        }
        if (fLeft == 0 && fRight == 0) {
            return new LinearStability(Classification.SEMI_STABLE, "non-isolated (F = 0 on both sides)", false, ev);
        }
        String side = fLeft > 0 || fRight > 0 ? "attracting from the left, repelling to the right"
                : "attracting from the right, repelling to the left";
        return new LinearStability(Classification.SEMI_STABLE, "semi-stable (F' = 0): " + side, false, ev);
    }

    private static LinearStability classifyPlanar(double[][] j, Eigenvalue[] ev) {
        Eigenvalue l1 = ev[0];
        Eigenvalue l2 = ev[1];
        double big = Math.max(l1.modulus(), l2.modulus());
        if (l1.isReal() && l2.isReal() && l1.re() > 0 && l2.re() < 0) {
            return new LinearStability(Classification.SADDLE, "saddle", false, ev);
        }
        double gap = Math.hypot(l1.re() - l2.re(), l1.im() - l2.im());
        if (gap <= REPEATED * big) {
            double lambda = 0.5 * (l1.re() + l2.re());
            String sign = lambda < 0 ? "stable " : "unstable ";
            boolean star = Math.abs(j[0][1]) <= REPEATED * big && Math.abs(j[1][0]) <= REPEATED * big
                    && Math.abs(j[0][0] - j[1][1]) <= REPEATED * big;
            return new LinearStability(Classification.DEGENERATE, sign + (star ? "star" : "degenerate node"),
                    lambda < 0, ev);
        }
        if (!l1.isReal()) {
            if (Math.abs(l1.re()) <= ZERO_REAL_PART * l1.modulus()) {
                return new LinearStability(Classification.CENTER, "center (non-hyperbolic)", false, ev);
            }
            return l1.re() < 0 ? new LinearStability(Classification.STABLE_FOCUS, "stable focus", true, ev)
                    : new LinearStability(Classification.UNSTABLE_FOCUS, "unstable focus", false, ev);
        }
        return l1.re() < 0 ? new LinearStability(Classification.STABLE_NODE, "stable node", true, ev)
                : new LinearStability(Classification.UNSTABLE_NODE, "unstable node", false, ev);
    }

    private static LinearStability classifyHigher(Eigenvalue[] ev) {
        int unstable = 0;
        int stable = 0;
        boolean complex = false;
        for (Eigenvalue e : ev) {
            if (Math.abs(e.re()) <= ZERO_REAL_PART * e.modulus()) {
                return new LinearStability(Classification.DEGENERATE,
                        "non-hyperbolic: purely imaginary pair " + e, false, ev);
            }
            if (e.re() > 0) {
                unstable++;
            } else {
                stable++;
            }
            complex |= !e.isReal();
        }
        if (unstable == 0) {
            return complex ? new LinearStability(Classification.STABLE_FOCUS, "stable focus", true, ev)
                    : new LinearStability(Classification.STABLE_NODE, "stable node", true, ev);
        }
        if (stable == 0) {
            return complex ? new LinearStability(Classification.UNSTABLE_FOCUS, "unstable focus", false, ev)
                    : new LinearStability(Classification.UNSTABLE_NODE, "unstable node", false, ev);
        }
        return new LinearStability(Classification.SADDLE, (complex ? "saddle-focus (" : "saddle (") + unstable
                + " unstable, " + stable + " stable)", false, ev);
    }

    static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }
}
