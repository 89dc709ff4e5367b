package org.neuropynamics.stability.phaseplane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.model.Model;

/**
 * Everything a phase-plane figure shows, computed in one call: the vector field on a grid, all nullcline
 * branches, the classified equilibria in the window, the trajectories from the given initial points and,
 * on request, the separatrices of the saddles. A portrait is a description (model, axes, window, settings);
 * {@link #compute(double[])} may be called from any thread, concurrently, since it builds its own work state.
 */
public final class PhasePortrait {

    /**
     * An initial point of a trajectory, in plane coordinates.
     *
     * @param x horizontal coordinate
     * @param y vertical coordinate
     * @param direction forward, backward or both
     */
    public record Seed(double x, double y, Direction direction) {
    }

    private final Model model;
    private final String xName;
    private final String yName;
    private final double[] fixedState;
    private final PlaneWindow window;
    private int arrows = 20;
    private int nullclineResolution = 121;
    private int equilibriumGrid = 12;
    private double duration = Double.NaN;
    private boolean separatrices;
    private boolean integrateAll;
    private List<Seed> seeds = List.of();

    /**
     * @param model the model (2 or more variables)
     * @param xName horizontal variable
     * @param yName vertical variable
     * @param fixedState values of the other variables (model order; null for a 2-D model)
     * @param window the window
     */
    public PhasePortrait(Model model, String xName, String yName, double[] fixedState, PlaneWindow window) {
        PlaneProjection.of(model, xName, yName, fixedState); // validates
        this.model = model;
        this.xName = xName;
        this.yName = yName;
        this.fixedState = fixedState == null ? new double[model.dimension()] : fixedState.clone();
        this.window = window;
    }

    /** Arrows per axis of the vector field (default 20). */
    public PhasePortrait arrows(int perAxis) {
        this.arrows = Math.max(2, perAxis);
        return this;
    }

    /** Grid nodes per axis for the nullclines (default 121). */
    public PhasePortrait nullclineResolution(int nodes) {
        this.nullclineResolution = Math.max(3, nodes);
        return this;
    }

    /** Newton starting points per axis for the equilibria (default 12). */
    public PhasePortrait equilibriumGrid(int perAxis) {
        this.equilibriumGrid = Math.max(2, perAxis);
        return this;
    }

    /** Time limit of each trajectory direction; NaN (default) chooses 20 window crossings at the median speed. */
    public PhasePortrait duration(double t) {
        this.duration = t;
        return this;
    }

    /** Also trace the stable and unstable manifolds of every saddle. */
    public PhasePortrait separatrices(boolean on) {
        this.separatrices = on;
        return this;
    }

    /** Integrate trajectories in the full model (other variables evolve) instead of the plane (others fixed). */
    public PhasePortrait integrateAllVariables(boolean on) {
        this.integrateAll = on;
        return this;
    }

    /** Initial points of the trajectories. */
    public PhasePortrait seeds(List<Seed> initialPoints) {
        this.seeds = List.copyOf(initialPoints);
        return this;
    }

    /** The window. */
    public PlaneWindow window() {
        return window;
    }

    /** Computes the portrait for the parameter values p. */
    public PhasePortraitResult compute(double[] p) {
        long began = System.nanoTime();
        double[] params = p.clone();
        PlaneProjection plane = PlaneProjection.of(model, xName, yName, fixedState);
        Model planar = plane.planarModel();
        VectorFieldGrid field = VectorFieldGrid.sample(planar, params, window, arrows, arrows);
        Nullclines nullclines = Nullclines.compute(planar, params, window, nullclineResolution);
        List<Equilibrium> equilibria = new EquilibriumFinder(planar).scanDensity(400, equilibriumGrid, 512)
                .find(params, window.toStateWindow());
        double t = Double.isNaN(duration) ? suggestedDuration(field, window) : duration;
        List<Trajectory> trajectories = new ArrayList<>();
        TrajectoryTracer planarTracer = TrajectoryTracer.planar(planar, params, window).duration(t);
        TrajectoryTracer tracer = integrateAll
                ? new TrajectoryTracer(model, params, plane.xIndex(), plane.yIndex(), window).duration(t)
                : planarTracer;
        for (Seed s : seeds) {
            double[] start = integrateAll ? plane.lift(s.x(), s.y()) : new double[] {s.x(), s.y()};
            trajectories.add(tracer.trace(start, s.direction()));
        }
        List<Separatrix> manifolds = separatrices
                ? new SeparatrixTracer(planarTracer, window).trace(equilibria) : List.of();
        return new PhasePortraitResult(window, plane.xName(), plane.yName(), field, nullclines, equilibria,
                List.copyOf(trajectories), manifolds, System.nanoTime() - began);
    }

    /**
     * A time limit for trajectories: 20 times the time to cross the window at the median relative speed of
     * the sampled field (bounded to [1e-3, 1e6]).
     */
    public static double suggestedDuration(VectorFieldGrid field, PlaneWindow window) {
        int nx = field.x().length;
        int ny = field.y().length;
        double[] speeds = new double[nx * ny];
        int k = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double s = field.relativeSpeed(i, j, window);
                speeds[k++] = Double.isFinite(s) ? s : 0;
            }
        }
        Arrays.sort(speeds);
        double median = speeds[speeds.length / 2];
        double t = median > 0 ? 20 / median : 1e3;
        return Math.max(1e-3, Math.min(1e6, t));
    }
}
