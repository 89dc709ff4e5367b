package org.neuropynamics.dendrites.jeffress;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * The place code: the winning detector against the interaural time difference t_right - t_left, swept over a
 * range with the earlier input kept at the earlier of the configuration's two times.
 */
public final class TuningCurve {

    /**
     * One point of the curve.
     *
     * @param itd t_right - t_left in ms
     * @param winner winning detector, 1-based, or 0 when no detector fired
     * @param analytic the coincident detector k* = (N + 1) / 2 + itd / (2 delta), not rounded
     */
    public record Point(double itd, int winner, double analytic) {
    }

    private TuningCurve() {
    }

    /** Sweeps with the default registry. */
    public static List<Point> sweep(JeffressConfig base, double fromItd, double toItd, int count) {
        return sweep(base, fromItd, toItd, count, ModelRegistry.getDefault(), RunMonitor.NONE);
    }

    /**
     * Sweeps {@code count} ITDs evenly from {@code fromItd} to {@code toItd} (ms).
     *
     * @throws RunCanceledException when the monitor cancels
     */
    public static List<Point> sweep(JeffressConfig base, double fromItd, double toItd, int count,
            ModelRegistry registry, RunMonitor monitor) {
        if (count < 2 || !Double.isFinite(fromItd) || !Double.isFinite(toItd)) {
            throw new IllegalArgumentException("a tuning curve needs at least 2 finite ITDs, got " + count
                    + " from " + fromItd + " to " + toItd + " ms");
        }
        JeffressModel.Prepared prepared = JeffressModel.prepare(base.detector(), registry);
        double onset = Math.min(base.leftTime(), base.rightTime());
        List<Point> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (monitor.isCanceled()) {
                throw new RunCanceledException(0);
            }
            double itd = fromItd + (toItd - fromItd) * i / (count - 1);
            JeffressConfig c = base.withTimes(onset + Math.max(0, -itd), onset + Math.max(0, itd));
            JeffressResult r = JeffressModel.run(c, prepared, RunMonitor.NONE);
            points.add(new Point(itd, r.winner().orElse(0), c.coincidentDetector()));
            monitor.worked((i + 1.0) / count);
        }
        return List.copyOf(points);
    }
}
