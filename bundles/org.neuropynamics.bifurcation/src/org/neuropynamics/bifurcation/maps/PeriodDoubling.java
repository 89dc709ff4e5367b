package org.neuropynamics.bifurcation.maps;

/**
 * Period-doubling points of a 1-D map family {@code f(x; r)}: the parameter where the attracting cycle of
 * period P has multiplier {@code (f^P)'(x) = -1}, found by marching r upward along the cycle (Newton on
 * {@code f^P(x) = x}) until the multiplier passes -1, then Newton's method on the 2 x 2 system
 * {@code f^P(x) - x = 0, (f^P)'(x) + 1 = 0} in (x, r) with a difference Jacobian.
 */
public final class PeriodDoubling {

    private PeriodDoubling() {
    }

    /**
     * The first r above {@code start} where the attracting P-cycle flips.
     *
     * @param map a 1-D map (its parameter array is modified)
     * @param parameter the swept parameter
     * @param period P
     * @param start a value of r where the P-cycle is the attractor
     * @param step the marching step (a fraction of the expected distance)
     * @return the period-doubling value of r, or NaN when not found within 10000 steps
     */
    public static double locate(IteratedMap map, String parameter, int period, double start, double step) {
        int pi = map.model().parameterIndex(parameter);
        double[] p = map.parameters();
        p[pi] = start;
        double[] y = map.model().initialState(p);
        map.iterate(y, 20000);
        double x = cycle(map, y[0], period);
        double r = start;
        double mult = multiplier(map, x, period);
        for (int k = 0; k < 10000 && mult > -1; k++) {
            r += step;
            p[pi] = r;
            x = cycle(map, x, period);
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            mult = multiplier(map, x, period);
        }
        if (mult > -1) {
            return Double.NaN;
        }
        // Newton on G(x, r) = (f^P(x) - x, (f^P)'(x) + 1)
        for (int it = 0; it < 50; it++) {
            p[pi] = r;
            double g1 = iterate(map, x, period) - x;
            double g2 = multiplier(map, x, period) + 1;
            double hx = 1e-7 * Math.max(1, Math.abs(x));
            double hr = 1e-7 * Math.max(1, Math.abs(r));
            double g1x = (iterate(map, x + hx, period) - iterate(map, x - hx, period)) / (2 * hx) - 1;
            double g2x = (multiplier(map, x + hx, period) - multiplier(map, x - hx, period)) / (2 * hx);
            p[pi] = r + hr;
            double g1p = iterate(map, x, period);
            double g2p = multiplier(map, x, period);
            p[pi] = r - hr;
            double g1r = (g1p - iterate(map, x, period)) / (2 * hr);
            double g2r = (g2p - multiplier(map, x, period)) / (2 * hr);
            double det = g1x * g2r - g1r * g2x;
            double dx = (-g1 * g2r + g1r * g2) / det;
            double dr = (-g1x * g2 + g2x * g1) / det;
            x += dx;
            r += dr;
            if (Math.abs(dr) < 1e-15 * Math.max(1, Math.abs(r)) && Math.abs(dx) < 1e-14) {
                break;
            }
        }
        p[pi] = r;
        return r;
    }

    /** A point of the P-cycle near x by Newton on f^P(x) = x; NaN when Newton fails. */
    private static double cycle(IteratedMap map, double x, int period) {
        for (int it = 0; it < 100; it++) {
            double g = iterate(map, x, period) - x;
            double d = multiplier(map, x, period) - 1;
            if (d == 0) {
                return Double.NaN;
            }
            double dx = -g / d;
            x += dx;
            if (Math.abs(dx) < 1e-15) {
                return x;
            }
        }
        return Double.isFinite(x) ? x : Double.NaN;
    }

    private static double iterate(IteratedMap map, double x, int period) {
        double[] y = {x};
        map.iterate(y, period);
        return y[0];
    }

    /** (f^P)'(x) = product of f' along the orbit. */
    private static double multiplier(IteratedMap map, double x, int period) {
        double[] y = {x};
        double[][] jac = new double[1][1];
        double m = 1;
        for (int k = 0; k < period; k++) {
            map.jacobian(y, jac);
            m *= jac[0][0];
            map.step(y);
        }
        return m;
    }
}
