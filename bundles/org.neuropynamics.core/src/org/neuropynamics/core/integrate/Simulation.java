package org.neuropynamics.core.integrate;

import org.neuropynamics.core.model.Model;

/**
 * Runs a {@link SimulationRequest}: the entry point of views, the CLI and benchmarks.
 *
 * <pre>{@code
 * Trace trace = Simulation.run(SimulationRequest.builder(model)
 *         .parameter("I", 10).tEnd(1000).dt(0.01).method("rk4").build());
 * }</pre>
 *
 * A run allocates its work arrays and the trace once; the step loop allocates nothing (spike times grow by
 * doubling). Runs are independent: several may execute on different threads.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Runs without progress reporting or cancellation. */
    public static Trace run(SimulationRequest request) {
        return run(request, RunMonitor.NONE);
    }

    /**
     * Runs the request.
     *
     * @param monitor polled every few thousand steps for cancellation; receives the fraction done
     * @return the trace
     * @throws DivergenceException when a state variable becomes NaN, infinite or exceeds the divergence limit
     * @throws RunCanceledException when the monitor cancels the run
     */
    public static Trace run(SimulationRequest request, RunMonitor monitor) {
        if (request.model().kind() == Model.Kind.MAP) {
            return new MapRun(request, monitor).run();
        }
        if (request.model().noise() != null && request.method().adaptive()) {
            // random inputs are drawn once per step (as XPPAUT does); an error-controlled step has no meaning there
            throw new IllegalArgumentException("model " + request.model().id() + " has random inputs (noise, "
                    + "random numbers or Markov chains): it needs a fixed-step method (euler, heun, rk4), not "
                    + request.method().name());
        }
        if (request.model().field() instanceof HistoryEquations history) {
            if (request.model().noise() != null) {
                throw new IllegalArgumentException("model " + request.model().id() + " has random inputs and delays "
                        + "or Volterra integrals together: that combination is not supported");
            }
            return new HistoryRun(request, monitor, history).run(); // delays and Volterra integrals (issue 14)
        }
        return switch (request.method()) {
            case IntegrationMethod.EmbeddedRungeKutta erk -> new AdaptiveRun(request, monitor).run();
            case IntegrationMethod.Rosenbrock ros -> new AdaptiveRun(request, monitor).run();
            case IntegrationMethod.ExplicitRungeKutta rk -> new FixedStepRun(request, monitor).run();
            case IntegrationMethod.ExponentialEuler ee -> new FixedStepRun(request, monitor).run();
            case IntegrationMethod.Gear gear -> request.model().spikeRule() == null
                    ? new GearRun(request, monitor).run() : new AdaptiveRun(with("rodas", request), monitor).run();
            case IntegrationMethod.CashKarp ck -> new FixedStepRun(request, monitor).run();
        };
    }

    /**
     * The name of the method a run of {@code model} with {@code method} actually uses: {@code volterra} for a
     * model with Volterra integrals (XPPAUT's implicit trapezoidal solver replaces every method, as in XPPAUT),
     * {@code rodas} for gear with events (see {@link #with}), else {@code method}'s own name.
     */
    public static String methodUsed(Model model, IntegrationMethod method) {
        if (model.kind() != Model.Kind.MAP && model.field() instanceof HistoryEquations history
                && history.layout().volterra()) {
            return "volterra";
        }
        if (method instanceof IntegrationMethod.Gear && model.spikeRule() != null) {
            return "rodas";
        }
        return method.name();
    }

    /**
     * XPPAUT's gear run has no event stepping: a model with events runs with {@code rodas} instead, at
     * tolerances no looser than 1e-8 (at XPPAUT's loose tolerance another method would not give XPPAUT's
     * trajectory anyway).
     */
    private static SimulationRequest with(String method, SimulationRequest r) {
        return new SimulationRequest(r.model(), r.parameters(), r.initialState(), r.tStart(), r.tEnd(), r.dt(),
                IntegrationMethods.get(method), r.protocol(), r.sampleInterval(), r.recordedVariables(),
                Math.min(r.absoluteTolerance(), 1e-8), Math.min(r.relativeTolerance(), 1e-8), r.maxStep(),
                r.divergenceLimit(), r.eventTiming(), r.seed());
    }
}
