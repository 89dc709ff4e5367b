package org.neuropynamics.core.integrate;

import org.neuropynamics.core.model.Jacobian;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.model.VectorField;

/**
 * The right-hand side of one run: the model's vector field with the run's own copy of the parameters, the
 * current protocol written into the current parameter before each evaluation, and the refractory clamp
 * (derivatives of clamped variables set to zero). Evaluation never allocates.
 */
final class DrivenSystem {

    final Model model;
    final VectorField field;
    final Jacobian jacobian;
    final double[] p;
    private final int currentIndex;
    private final CurrentProtocol protocol;
    private final int[] clampedVariables;
    private boolean clamped;
    /** Protocol times at or after this are evaluated just before it (left limit at a step's end). */
    private double protocolCap = Double.POSITIVE_INFINITY;
    private double protocolCapLeft = Double.POSITIVE_INFINITY;
    /** The random inputs of a stochastic model, or null (docs/architecture.md, "The XPPAUT language"). */
    private final org.neuropynamics.core.model.Noise.Run noise;
    long evaluations;
    /** XPPAUT's Newton solution of an algebraic variable before each evaluation, or null (see {@link #solveAlgebraic}). */
    private org.neuropynamics.core.model.AlgebraicSolver.Run algebraic;
    private int algebraicVariable;
    private double[] yAlgebraic;
    private final double[] initialState;

    DrivenSystem(SimulationRequest r) {
        this.model = r.model();
        this.field = model.field();
        this.jacobian = model.jacobian();
        org.neuropynamics.core.model.Noise n = model.noise();
        this.p = n == null ? r.parameters().clone()
                : java.util.Arrays.copyOf(r.parameters(), r.parameters().length + n.slots());
        this.protocol = r.protocol();
        this.currentIndex = protocol == null ? -1 : model.currentParameterIndex().orElse(-1);
        SpikeRule rule = model.spikeRule();
        this.clampedVariables = rule == null ? new int[0] : rule.clampedVariables().clone();
        setCurrent(r.tStart());
        this.noise = n == null ? null : n.start(r.seed(), r.tStart(), r.initialState(), p);
        this.initialState = r.initialState();
    }

    /**
     * From now on an algebraic variable ({@code 0=} with {@code solv}) is solved by XPPAUT's Newton before every
     * evaluation (its derivative reads 0) and set to the last solution after every step, as XPPAUT's
     * {@code do_daes}: called by the runs that follow XPPAUT's fixed-step and Cash-Karp methods.
     */
    void solveAlgebraic() {
        org.neuropynamics.core.model.AlgebraicSolver a = model.algebraic();
        if (a != null) {
            algebraic = a.start(initialState);
            algebraicVariable = a.variable();
            yAlgebraic = new double[model.dimension()];
        }
    }

    /** Before a step of length h from (t, y): draws the step's random inputs (y may change: Markov chains). */
    void beforeStep(double t, double[] y, double h) {
        if (noise != null) {
            setCurrent(t);
            noise.beforeStep(t, y, p, h);
        }
    }

    /** After a full step ending at (t, y). */
    void afterStep(double t, double[] y) {
        if (algebraic != null) {
            y[algebraicVariable] = algebraic.last();
        }
        if (noise != null) {
            noise.afterStep(t, y, p);
        }
    }

    /** True when the model has random inputs. */
    boolean stochastic() {
        return noise != null;
    }

    int dimension() {
        return model.dimension();
    }

    /** dydt = f(t, y) with the protocol's current at t. */
    void derivatives(double t, double[] y, double[] dydt) {
        setCurrent(t);
        if (noise != null) {
            noise.beforeEvaluation(t, y, p);
        }
        if (algebraic != null) {
            System.arraycopy(y, 0, yAlgebraic, 0, yAlgebraic.length);
            algebraic.solve(t, yAlgebraic, p);
            field.derivatives(t, yAlgebraic, p, dydt);
            dydt[algebraicVariable] = 0;
        } else {
            field.derivatives(t, y, p, dydt);
        }
        if (clamped) {
            for (int i : clampedVariables) {
                dydt[i] = 0;
            }
        }
        evaluations++;
    }

    /**
     * d f / d y at (t, y) with the protocol's current at t, into {@code jac}: the model's analytic Jacobian,
     * or forward differences (column j from {@code f(y + delta e_j)}, {@code delta = sqrt(eps) max(1e-5, |y_j|)})
     * when it has none; rows of clamped variables are zero. {@code f0} holds f(t, y); {@code work} and
     * {@code yWork} are n-vectors.
     */
    void jacobian(double t, double[] y, double[] f0, double[][] jac, double[] work, double[] yWork) {
        int n = dimension();
        if (jacobian != null) {
            setCurrent(t);
            jacobian.jacobian(t, y, p, jac);
        } else {
            System.arraycopy(y, 0, yWork, 0, n);
            for (int j = 0; j < n; j++) {
                double delta = Math.sqrt(Math.ulp(1.0)) * Math.max(1e-5, Math.abs(y[j]));
                yWork[j] = y[j] + delta;
                derivatives(t, yWork, work);
                yWork[j] = y[j];
                for (int i = 0; i < n; i++) {
                    jac[i][j] = (work[i] - f0[i]) / delta;
                }
            }
        }
        if (clamped) {
            for (int i : clampedVariables) {
                java.util.Arrays.fill(jac[i], 0, n, 0.0);
            }
        }
    }

    /** Writes the protocol's current at t into the parameters (switching functions and resets see it). */
    void setCurrent(double t) {
        if (currentIndex >= 0) {
            p[currentIndex] = protocol.at(t < protocolCap ? t : protocolCapLeft);
        }
    }

    /** While set, the protocol is read at the left limit for times at or after {@code cap}. */
    void capProtocol(double cap) {
        protocolCap = cap;
        protocolCapLeft = Math.nextDown(cap);
    }

    void uncapProtocol() {
        protocolCap = Double.POSITIVE_INFINITY;
        protocolCapLeft = Double.POSITIVE_INFINITY;
    }

    /** The next jump of the protocol after t, or +infinity. */
    double nextDiscontinuity(double t) {
        return currentIndex >= 0 ? protocol.nextDiscontinuity(t) : Double.POSITIVE_INFINITY;
    }

    void setClamped(boolean on) {
        clamped = on && clampedVariables.length > 0;
    }

    boolean hasClampedVariables() {
        return clampedVariables.length > 0;
    }

    boolean isClamped() {
        return clamped;
    }
}
