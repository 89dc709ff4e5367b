package org.neuropynamics.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.model.VectorField;

/** One-dimensional helpers of {@link EquilibriumFinder}: sign changes on a grid and the slope scale. */
final class LineScan {

    private LineScan() {
    }

    /** The largest |F'| between 65 grid points of the window: the scale for "F' is zero". */
    static double slopeScale(VectorField f, double[] p, StateWindow w) {
        int m = 64;
        double[] x = new double[1];
        double[] fx = new double[1];
        double max = 0;
        double prev = Double.NaN;
        for (int k = 0; k <= m; k++) {
            x[0] = w.lower()[0] + w.width(0) * k / m;
            f.derivatives(0, x, p, fx);
            if (k > 0 && Double.isFinite(fx[0]) && Double.isFinite(prev)) {
                max = Math.max(max, Math.abs(fx[0] - prev) / (w.width(0) / m));
            }
            prev = fx[0];
        }
        return max > 0 ? max : 1;
    }

    /** Roots of sign changes on the 1-D grid, by the Illinois method to full precision. */
    static List<double[]> bracketedRoots(VectorField f, double[] p, StateWindow w, int samples1d) {
        List<double[]> roots = new ArrayList<>();
        double[] x = new double[1];
        double[] fx = new double[1];
        double a = w.lower()[0];
        x[0] = a;
        f.derivatives(0, x, p, fx);
        double fa = fx[0];
        for (int k = 1; k < samples1d; k++) {
            double b = w.lower()[0] + w.width(0) * k / (samples1d - 1);
            x[0] = b;
            f.derivatives(0, x, p, fx);
            double fb = fx[0];
            if (fa == 0) {
                roots.add(new double[] {a});
            } else if (fa * fb < 0) {
                roots.add(new double[] {illinois(f, p, a, b, fa, fb)});
            }
            a = b;
            fa = fb;
        }
        if (fa == 0) {
            roots.add(new double[] {a});
        }
        return roots;
    }

    private static double illinois(VectorField f, double[] p, double a, double b, double fa, double fb) {
        double[] x = new double[1];
        double[] fx = new double[1];
        int side = 0;
        for (int it = 0; it < 200 && Math.abs(b - a) > 4 * Math.ulp(Math.max(Math.abs(a), Math.abs(b))); it++) {
            double c = (a * fb - b * fa) / (fb - fa);
            if (!(c > Math.min(a, b) && c < Math.max(a, b))) {
                c = 0.5 * (a + b);
            }
            x[0] = c;
            f.derivatives(0, x, p, fx);
            double fc = fx[0];
            if (fc == 0) {
                return c;
            }
            if (fc * fb < 0) {
                a = b;
                fa = fb;
                side = 0;
            } else {
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            }
            b = c;
            fb = fc;
        }
        return Math.abs(fa) < Math.abs(fb) ? a : b;
    }
}
