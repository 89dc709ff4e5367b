package org.neuropynamics.stability.phaseplane;

import java.util.Arrays;

import org.neuropynamics.core.integrate.DormandPrinceStepper;
import org.neuropynamics.core.model.Model;

/**
 * Follows orbits of a flow with adaptive Dormand-Prince 5(4) and records them in a plane: the model may be a
 * planar model (other variables fixed) or the full model (other variables integrated, the orbit projected).
 * An orbit stops when it leaves the window enlarged by a margin, comes to rest, reaches the time or point
 * limit, or blows up. Points are the accepted steps plus interpolated points (dense output) wherever a step
 * moves more than a small fraction of the window, so curves look smooth at any step size.
 */
public final class TrajectoryTracer {

    private final Model model;
    private final double[] p;
    private final int ix;
    private final int iy;
    private final PlaneWindow window;
    private double margin = 0.5;
    private double duration = 100;
    private int maxPoints = 20_000;
    private double segment = 0.004;
    private double relativeTolerance = 1e-7;

    /**
     * @param model the flow to integrate
     * @param p parameter values
     * @param ix index of the horizontal variable in the model
     * @param iy index of the vertical variable
     * @param window the visible window (tolerances and stopping are relative to it)
     */
    public TrajectoryTracer(Model model, double[] p, int ix, int iy, PlaneWindow window) {
        this.model = model;
        this.p = p;
        this.ix = ix;
        this.iy = iy;
        this.window = window;
    }

    /** A tracer for a planar model (variables 0 and 1). */
    public static TrajectoryTracer planar(Model planar, double[] p, PlaneWindow window) {
        return new TrajectoryTracer(planar, p, 0, 1, window);
    }

    /** Time limit of each direction (time units of the model). */
    public TrajectoryTracer duration(double t) {
        if (!(t > 0)) {
            throw new IllegalArgumentException("trajectory duration must be positive, not " + t);
        }
        this.duration = t;
        return this;
    }

    /** Stop when the orbit is farther than this fraction of the window outside it (default 0.5). */
    public TrajectoryTracer margin(double fraction) {
        this.margin = fraction;
        return this;
    }

    /** Maximum number of points per direction. */
    public TrajectoryTracer maxPoints(int points) {
        this.maxPoints = points;
        return this;
    }

    /** Relative error tolerance (default 1e-7; absolute tolerances are this times the window size). */
    public TrajectoryTracer tolerance(double relative) {
        this.relativeTolerance = relative;
        return this;
    }

    /** The orbit through {@code start} (a full model state). */
    public Trajectory trace(double[] start, Direction direction) {
        Piece forward = direction == Direction.BACKWARD ? null : piece(start, 1);
        Piece backward = direction == Direction.FORWARD ? null : piece(start, -1);
        if (backward == null) {
            return new Trajectory(start.clone(), direction, forward.t, forward.x, forward.y, forward.stop);
        }
        if (forward == null) {
            return new Trajectory(start.clone(), direction, reversed(backward.t), reversed(backward.x),
                    reversed(backward.y), backward.stop);
        }
        return new Trajectory(start.clone(), direction, join(backward.t, forward.t), join(backward.x, forward.x),
                join(backward.y, forward.y), forward.stop);
    }

    private record Piece(double[] t, double[] x, double[] y, Trajectory.Stop stop) {
    }

    private Piece piece(double[] start, int sign) {
        int n = model.dimension();
        double[] atol = new double[n];
        for (int i = 0; i < n; i++) {
            atol[i] = relativeTolerance * (i == ix ? window.width() : i == iy ? window.height()
                    : Math.max(1e-3, Math.abs(start[i])));
        }
        DormandPrinceStepper dp = DormandPrinceStepper.autonomous(model.field(), p, n).tolerances(atol, relativeTolerance);
        PlaneWindow outer = window.enlarged(margin);
        Recorder rec = new Recorder(Math.min(maxPoints, 1024));
        double[] y = start.clone();
        double[] between = new double[n];
        rec.add(0, y[ix], y[iy]);
        Trajectory.Stop[] stop = {Trajectory.Stop.TIME_LIMIT};
        double[] previous = y.clone();
        dp.integrate(y, duration, sign, (s, state) -> {
            if (!Double.isFinite(state[ix]) || !Double.isFinite(state[iy])) {
                stop[0] = Trajectory.Stop.DIVERGED;
                return false;
            }
            double moved = Math.hypot((state[ix] - previous[ix]) / window.width(),
                    (state[iy] - previous[iy]) / window.height());
            int pieces = (int) Math.min(64, Math.ceil(moved / segment));
            double h = dp.lastStep();
            for (int k = 1; k < pieces; k++) {
                double theta = (double) k / pieces;
                dp.denseAt(theta, between);
                rec.add(sign * (s - h + theta * h), between[ix], between[iy]);
            }
            rec.add(sign * s, state[ix], state[iy]);
            System.arraycopy(state, 0, previous, 0, n);
            if (!outer.contains(state[ix], state[iy])) {
                stop[0] = Trajectory.Stop.LEFT_WINDOW;
                return false;
            }
            if (rec.size >= maxPoints) {
                stop[0] = Trajectory.Stop.POINT_LIMIT;
                return false;
            }
            if (moved < 1e-10 && h > 0) {
                stop[0] = Trajectory.Stop.CONVERGED;
                return false;
            }
            return true;
        });
        if (stop[0] == Trajectory.Stop.TIME_LIMIT && rec.size > 0 && Math.abs(rec.t[rec.size - 1]) < duration * 0.999) {
            stop[0] = Trajectory.Stop.DIVERGED;
        }
        return new Piece(Arrays.copyOf(rec.t, rec.size), Arrays.copyOf(rec.x, rec.size), Arrays.copyOf(rec.y, rec.size),
                stop[0]);
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** The backward piece reversed, then the forward piece without its first point (the shared start). */
    private static double[] join(double[] back, double[] fwd) {
        double[] r = new double[back.length + fwd.length - 1];
        for (int i = 0; i < back.length; i++) {
            r[i] = back[back.length - 1 - i];
        }
        System.arraycopy(fwd, 1, r, back.length, fwd.length - 1);
        return r;
    }

    private static final class Recorder {
        double[] t;
        double[] x;
        double[] y;
        int size;

        Recorder(int capacity) {
            t = new double[capacity];
            x = new double[capacity];
            y = new double[capacity];
        }

        void add(double time, double a, double b) {
            if (size == t.length) {
                t = Arrays.copyOf(t, 2 * size);
                x = Arrays.copyOf(x, 2 * size);
                y = Arrays.copyOf(y, 2 * size);
            }
            t[size] = time;
            x[size] = a;
            y[size++] = b;
        }
    }
}
