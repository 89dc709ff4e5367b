package org.neuropynamics.plot;

import java.math.BigDecimal;
import java.util.Locale;

/** "Nice" axis ticks (1, 2, 5 times a power of ten) and their labels. */
public final class Ticks {

    private Ticks() {
    }

    /** The tick spacing for about {@code target} ticks over the range. */
    public static double spacing(Range range, int target) {
        double raw = range.span() / Math.max(1, target);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** Tick positions inside the range, multiples of {@link #spacing(Range, int)}. */
    public static double[] positions(Range range, int target) {
        double step = spacing(range, target);
        double first = Math.ceil(range.min() / step - 1e-9) * step;
        int n = (int) Math.floor((range.max() - first) / step + 1e-9) + 1;
        n = Math.max(0, Math.min(n, 1000));
        double[] ticks = new double[n];
        for (int k = 0; k < n; k++) {
            double v = first + k * step;
            ticks[k] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return ticks;
    }

    /** A short label for a tick value, with as many decimals as the spacing needs. */
    public static String label(double value, double spacing) {
        if (Math.abs(value) >= 1e5 || (Math.abs(value) < 1e-3 && value != 0)) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(spacing) + 1e-9));
        return new BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
