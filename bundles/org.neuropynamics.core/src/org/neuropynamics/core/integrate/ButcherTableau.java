package org.neuropynamics.core.integrate;

/**
 * The coefficients of an explicit Runge-Kutta method: a method is data, not a class (Brian2
 * {@code stateupdaters/explicit.py}, Hipparchus Butcher tableaus).
 * <p>
 * Stage {@code s} is evaluated at {@code t + c[s] h} on {@code y + h * sum_j a[s][j] k_j}; the new state is
 * {@code y + h * sum_s b[s] k_s}. For an embedded pair, {@code errorWeights} holds {@code b - bHat} (the
 * local error estimate is {@code h * sum_s errorWeights[s] k_s}); it is null for fixed-step methods.
 * The arrays are shared: never modify them.
 *
 * @param name short name ("rk4")
 * @param order order of the propagated solution
 * @param c stage times as fractions of the step
 * @param a strictly lower-triangular stage coefficients ({@code a[s]} has length {@code s})
 * @param b weights of the solution
 * @param errorWeights {@code b - bHat} for embedded pairs, or null
 */
public record ButcherTableau(String name, int order, double[] c, double[][] a, double[] b, double[] errorWeights) {

    /** Forward Euler. */
    public static final ButcherTableau EULER = new ButcherTableau("euler", 1,
            new double[] {0}, new double[][] {{}}, new double[] {1}, null);

    /** Explicit midpoint rule (second order). */
    public static final ButcherTableau MIDPOINT = new ButcherTableau("midpoint", 2,
            new double[] {0, 0.5}, new double[][] {{}, {0.5}}, new double[] {0, 1}, null);

    /** Heun's method (second order): XPPAUT's "modified Euler". */
    public static final ButcherTableau HEUN = new ButcherTableau("heun", 2,
            new double[] {0, 1}, new double[][] {{}, {1}}, new double[] {0.5, 0.5}, null);

    /** The classical fourth-order Runge-Kutta method. */
    public static final ButcherTableau RK4 = new ButcherTableau("rk4", 4,
            new double[] {0, 0.5, 0.5, 1},
            new double[][] {{}, {0.5}, {0, 0.5}, {0, 0, 1}},
            new double[] {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6}, null);

    /**
     * Dormand-Prince 5(4) (Dormand and Prince 1980; Hairer, Norsett and Wanner, Solving ODEs I, II.5): seven
     * stages, first same as last, fifth-order solution with a fourth-order embedded estimate.
     */
    public static final ButcherTableau DORMAND_PRINCE_54 = new ButcherTableau("dopri5", 5,
            new double[] {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1},
            new double[][] {
                {},
                {1.0 / 5},
                {3.0 / 40, 9.0 / 40},
                {44.0 / 45, -56.0 / 15, 32.0 / 9},
                {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
                {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
                {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84}},
            new double[] {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0},
            new double[] {71.0 / 57600, 0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525,
                -1.0 / 40});

    /** Validates the shape of the tableau. */
    public ButcherTableau {
        int s = c.length;
        if (s == 0 || a.length != s || b.length != s || (errorWeights != null && errorWeights.length != s)) {
            throw new IllegalArgumentException("inconsistent Butcher tableau " + name);
        }
        for (int i = 0; i < s; i++) {
            if (a[i].length > i) {
                throw new IllegalArgumentException("tableau " + name + " is not explicit at stage " + i);
            }
        }
    }

    /** Number of stages. */
    public int stages() {
        return c.length;
    }

    /** True when the last stage is evaluated at the new state (first same as last). */
    public boolean firstSameAsLast() {
        int s = stages() - 1;
        if (c[s] != 1 || a[s].length != s || b[s] != 0) {
            return false;
        }
        for (int j = 0; j < s; j++) {
            if (a[s][j] != b[j]) {
                return false;
            }
        }
        return true;
    }
}
