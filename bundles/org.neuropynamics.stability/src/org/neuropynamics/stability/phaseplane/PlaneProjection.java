package org.neuropynamics.stability.phaseplane;

import java.util.List;

import org.neuropynamics.core.analysis.JacobianEvaluator;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.model.StateVariable;

/**
 * A model seen in the plane of two of its variables, the others held at fixed values: the planar system
 * {@code x' = f_i(..., x, ..., y, ...)}, {@code y' = f_j(...)} of a 2-D phase portrait. For a model with two
 * variables shown in their own order this is the model itself.
 * <p>
 * The planar model ({@link #planarModel()}) is a regular {@link Model} (same parameters, two variables), so
 * every analysis (equilibria, cycles, trajectories) applies to it. Its field uses work arrays: one projection
 * is not thread-safe; make one per computation.
 */
public final class PlaneProjection {

    private final Model model;
    private final int xIndex;
    private final int yIndex;
    private final double[] base;
    private final Model planar;

    private PlaneProjection(Model model, int xIndex, int yIndex, double[] base) {
        this.model = model;
        this.xIndex = xIndex;
        this.yIndex = yIndex;
        this.base = base.clone();
        this.planar = model.dimension() == 2 && xIndex == 0 && yIndex == 1 ? model : buildPlanar();
    }

    /**
     * The plane of variables {@code xVariable} and {@code yVariable} of the model, with the remaining variables
     * held at their values in {@code fixedState} (model order; may be null for a 2-D model).
     *
     * @throws IllegalArgumentException when a variable is unknown, the two are equal, or the model is a map
     */
    public static PlaneProjection of(Model model, String xVariable, String yVariable, double[] fixedState) {
        if (model.kind() != Model.Kind.FLOW) {
            throw new IllegalArgumentException(model.id() + " is a map; a phase plane needs a flow");
        }
        if (model.field() instanceof org.neuropynamics.core.integrate.HistoryEquations history) {
            // delays and Volterra integrals read the past, which a point of the plane does not have: drawn as
            // an ordinary flow they would read the current state instead (issue 14)
            throw new IllegalArgumentException(model.id() + " has " + (history.layout().volterra()
                    ? "Volterra integrals" : "delays (delay(x, tau))") + ": its rate of change depends on its past, "
                    + "not only on the point of the plane, so the phase plane cannot draw it; run it with "
                    + "simulate or in the Single Neuron view");
        }
        int ix = model.variableIndex(xVariable);
        int iy = model.variableIndex(yVariable);
        if (ix < 0 || iy < 0) {
            throw new IllegalArgumentException("model " + model.id() + " has no variable '"
                    + (ix < 0 ? xVariable : yVariable) + "'; its variables: " + model.variableNames());
        }
        if (ix == iy) {
            throw new IllegalArgumentException("the two axes must show different variables, not " + xVariable
                    + " twice");
        }
        double[] state = fixedState == null ? new double[model.dimension()] : fixedState;
        if (state.length != model.dimension()) {
            throw new IllegalArgumentException("fixed state has " + state.length + " values, model "
                    + model.dimension());
        }
        return new PlaneProjection(model, ix, iy, state);
    }

    /** The plane of the first two variables of a model with at least two (others fixed at the initial state). */
    public static PlaneProjection firstTwo(Model model, double[] p) {
        if (model.dimension() < 2) {
            throw new IllegalArgumentException(model.id() + " has one variable; use the 1-D stability view");
        }
        List<String> names = model.variableNames();
        return of(model, names.get(0), names.get(1), model.initialState(p));
    }

    /** The full model. */
    public Model model() {
        return model;
    }

    /** The two-variable model of the plane. */
    public Model planarModel() {
        return planar;
    }

    /** Index of the horizontal variable in the full model. */
    public int xIndex() {
        return xIndex;
    }

    /** Index of the vertical variable in the full model. */
    public int yIndex() {
        return yIndex;
    }

    /** Name of the horizontal variable. */
    public String xName() {
        return model.variables().get(xIndex).name();
    }

    /** Name of the vertical variable. */
    public String yName() {
        return model.variables().get(yIndex).name();
    }

    /** The full state for the plane point (x, y), the other variables at their fixed values. */
    public double[] lift(double x, double y) {
        double[] s = base.clone();
        s[xIndex] = x;
        s[yIndex] = y;
        return s;
    }

    private Model buildPlanar() {
        StateVariable vx = model.variables().get(xIndex);
        StateVariable vy = model.variables().get(yIndex);
        Model.Builder b = Model.builder(model.id() + "[" + vx.name() + "," + vy.name() + "]")
                .name(model.name() + " (" + vx.name() + ", " + vy.name() + " plane)")
                .description(model.description()).variable(vx).variable(vy)
                .currentParameter(model.currentParameter());
        for (Parameter p : model.parameters()) {
            b.parameter(p);
        }
        int n = model.dimension();
        double[] full = base.clone();
        double[] fullRate = new double[n];
        b.field((t, y, p, dydt) -> {
            full[xIndex] = y[0];
            full[yIndex] = y[1];
            model.field().derivatives(t, full, p, fullRate);
            dydt[0] = fullRate[xIndex];
            dydt[1] = fullRate[yIndex];
        });
        if (model.jacobian() != null) {
            double[] at = base.clone();
            double[][] jac = new double[n][n];
            b.jacobian((t, y, p, out) -> {
                at[xIndex] = y[0];
                at[yIndex] = y[1];
                model.jacobian().jacobian(t, at, p, jac);
                out[0][0] = jac[xIndex][xIndex];
                out[0][1] = jac[xIndex][yIndex];
                out[1][0] = jac[yIndex][xIndex];
                out[1][1] = jac[yIndex][yIndex];
            });
        }
        double[] y0 = {base[xIndex], base[yIndex]};
        b.initialState(y0);
        return b.build();
    }

    /** The Jacobian of the planar system at (x, y). */
    public double[][] jacobian(double x, double y, double[] p) {
        return JacobianEvaluator.at(planar, new double[] {x, y}, p);
    }
}
