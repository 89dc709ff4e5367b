package org.neuropynamics.core.integrate;

import java.util.Objects;

import org.neuropynamics.core.model.Model;

/**
 * Everything a run needs. Build with {@link #builder(Model)}; unspecified values take the defaults named on
 * the builder methods. Arrays are copied on the way in; treat the ones returned as read-only.
 *
 * @param model the model (flow or map)
 * @param parameters parameter values indexed like {@code model.parameters()}
 * @param initialState the state at {@code tStart}
 * @param tStart start time in ms (maps: iteration number)
 * @param tEnd end time in ms (maps: last iteration number)
 * @param dt step in ms (fixed-step methods), initial step (adaptive methods); ignored for maps
 * @param method the integration method
 * @param protocol the current protocol driving the model's current parameter, or null to keep the value in
 *        {@code parameters}
 * @param sampleInterval time between recorded samples, in ms (fixed-step methods round it to a whole number
 *        of steps; maps to a whole number of iterations)
 * @param recordedVariables indices of the variables recorded in the {@link Trace}
 * @param absoluteTolerance absolute error tolerance (adaptive methods)
 * @param relativeTolerance relative error tolerance (adaptive methods)
 * @param maxStep largest step of adaptive methods, in ms
 * @param divergenceLimit a state component larger in magnitude stops the run with a
 *        {@link DivergenceException}
 * @param eventTiming how fixed-step runs locate spikes
 * @param seed seed of the random inputs of a stochastic model ({@link Model#noise()}); 0 for other models
 */
public record SimulationRequest(Model model, double[] parameters, double[] initialState, double tStart,
        double tEnd, double dt, IntegrationMethod method, CurrentProtocol protocol, double sampleInterval,
        int[] recordedVariables, double absoluteTolerance, double relativeTolerance, double maxStep,
        double divergenceLimit, EventTiming eventTiming, long seed) {

    /** A builder with the model's defaults: parameters, initial state, all variables recorded. */
    public static Builder builder(Model model) {
        return new Builder(model);
    }

    /** Builder of {@link SimulationRequest}. */
    public static final class Builder {
        private final Model model;
        private double[] parameters;
        private double[] initialState;
        private double tStart = 0;
        private double tEnd = 1000;
        private double dt = 0.01;
        private IntegrationMethod method = IntegrationMethods.get("rk4");
        private CurrentProtocol protocol;
        private double sampleInterval = Double.NaN;
        private int[] recorded;
        private double absoluteTolerance = 1e-6;
        private double relativeTolerance = 1e-6;
        private double maxStep = Double.POSITIVE_INFINITY;
        private double divergenceLimit = 1e12;
        private EventTiming eventTiming = EventTiming.INTERPOLATED;
        private long seed = -1;

        private Builder(Model model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        /** Parameter values (default: the model's defaults). */
        public Builder parameters(double[] p) { this.parameters = p.clone(); return this; }
        /** Sets one parameter by name (on a copy of the defaults if none were given). */
        public Builder parameter(String name, double value) {
            int i = model.parameterIndex(name);
            if (i < 0) {
                throw new IllegalArgumentException("model " + model.id() + " has no parameter " + name);
            }
            if (parameters == null) {
                parameters = model.defaultParameters();
            }
            parameters[i] = value;
            return this;
        }
        /** Initial state (default: the model's initial state for the parameters). */
        public Builder initialState(double... y0) { this.initialState = y0.clone(); return this; }
        /** Start time in ms (default 0). */
        public Builder tStart(double v) { this.tStart = v; return this; }
        /** End time in ms (default 1000). */
        public Builder tEnd(double v) { this.tEnd = v; return this; }
        /** Step in ms (default 0.01). */
        public Builder dt(double v) { this.dt = v; return this; }
        /** Method by registry name (default "rk4"). */
        public Builder method(String name) { this.method = IntegrationMethods.get(name); return this; }
        /** Method as data (default rk4). */
        public Builder method(IntegrationMethod m) { this.method = Objects.requireNonNull(m); return this; }
        /** Current protocol (default none: the current parameter keeps its value). */
        public Builder protocol(CurrentProtocol v) { this.protocol = v; return this; }
        /** Sampling interval in ms (default: every step, i.e. dt). */
        public Builder sampleInterval(double v) { this.sampleInterval = v; return this; }
        /** Recorded variables by index (default all). */
        public Builder record(int... indices) { this.recorded = indices.clone(); return this; }
        /** Recorded variables by name (default all). */
        public Builder record(String... names) {
            int[] idx = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                idx[k] = model.variableIndex(names[k]);
                if (idx[k] < 0) {
                    throw new IllegalArgumentException("model " + model.id() + " has no variable " + names[k]);
                }
            }
            this.recorded = idx;
            return this;
        }
        /** Absolute and relative tolerances of adaptive methods (default 1e-6, 1e-6). */
        public Builder tolerances(double abs, double rel) {
            this.absoluteTolerance = abs;
            this.relativeTolerance = rel;
            return this;
        }
        /** Largest adaptive step in ms (default unbounded). */
        public Builder maxStep(double v) { this.maxStep = v; return this; }
        /** Divergence limit (default 1e12). */
        public Builder divergenceLimit(double v) { this.divergenceLimit = v; return this; }
        /** Spike location of fixed-step methods (default {@link EventTiming#INTERPOLATED}). */
        public Builder eventTiming(EventTiming v) { this.eventTiming = Objects.requireNonNull(v); return this; }

        /** Seed of a stochastic model's random inputs, at least 0 (default: the model's, e.g. its {@code @ seed}). */
        public Builder seed(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("the seed must be at least 0, got " + v);
            }
            this.seed = v;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws IllegalArgumentException with a one-line message on inconsistent input
         */
        public SimulationRequest build() {
            double[] p = parameters == null ? model.defaultParameters() : parameters;
            if (p.length != model.parameters().size()) {
                throw new IllegalArgumentException("model " + model.id() + " has " + model.parameters().size()
                        + " parameters, got " + p.length + " values");
            }
            double[] y0 = initialState == null ? model.initialState(p) : initialState;
            if (y0.length != model.dimension()) {
                throw new IllegalArgumentException("model " + model.id() + " has " + model.dimension()
                        + " variables, got an initial state of " + y0.length);
            }
            if (!(tEnd > tStart)) {
                throw new IllegalArgumentException("end time " + tEnd + " must be after start time " + tStart);
            }
            if (!(dt > 0) || Double.isInfinite(dt)) {
                throw new IllegalArgumentException("step dt must be positive, got " + dt);
            }
            double sample = Double.isNaN(sampleInterval) || sampleInterval == 0 ? dt : sampleInterval;
            if (!(sample > 0)) {
                throw new IllegalArgumentException("sampling interval must be positive, got " + sampleInterval);
            }
            if (!(absoluteTolerance > 0) || !(relativeTolerance >= 0) || !(maxStep > 0)
                    || !(divergenceLimit > 0)) {
                throw new IllegalArgumentException("tolerances, max step and divergence limit must be positive");
            }
            if (protocol != null && model.currentParameterIndex().isEmpty()) {
                throw new IllegalArgumentException("model " + model.id() + " has no current parameter to drive");
            }
            int[] rec = recorded;
            if (rec == null) {
                rec = new int[model.dimension()];
                for (int i = 0; i < rec.length; i++) {
                    rec[i] = i;
                }
            }
            for (int i : rec) {
                if (i < 0 || i >= model.dimension()) {
                    throw new IllegalArgumentException("no variable with index " + i + " in model " + model.id());
                }
            }
            checkSize(sample, rec.length);
            return new SimulationRequest(model, p.clone(), y0.clone(), tStart, tEnd, dt, method, protocol, sample,
                    rec.clone(), absoluteTolerance, relativeTolerance, maxStep, divergenceLimit, eventTiming,
                    seed >= 0 ? seed : model.noise() != null ? model.noise().defaultSeed() : 0);
        }

        /**
         * The backstop of the commands' own checks (which name their options): refuses runs of more than
         * {@link ResourceLimits#MAX_STEPS} steps and traces that do not fit in memory.
         */
        private void checkSize(double sample, int recordedCount) {
            double span = tEnd - tStart;
            String run = "a run of " + ResourceLimits.count(span) + (model.kind() == Model.Kind.MAP
                    ? " iterations" : " ms");
            if (model.kind() == Model.Kind.MAP) {
                ResourceLimits.checkSteps(run, span);
            } else if (method.adaptive()) {
                ResourceLimits.checkSpan(run, span);
            } else {
                ResourceLimits.checkSteps(run + " at dt " + ResourceLimits.count(dt) + " ms", 1, span, dt);
            }
            boolean isMap = model.kind() == Model.Kind.MAP;
            double stride = isMap ? Math.max(1, Math.rint(sample)) : method.adaptive() ? sample
                    : Math.max(1, Math.rint(sample / dt)) * dt;
            double samples = Math.floor(span / stride) + 1;
            // time and recorded values, 8 bytes each, twice while the finished trace is trimmed
            ResourceLimits.checkMemory(run + " sampled every " + ResourceLimits.count(stride)
                    + (model.kind() == Model.Kind.MAP ? "" : " ms") + " (" + ResourceLimits.count(samples)
                    + " samples of " + (recordedCount + 1) + " values)", samples * (recordedCount + 1) * 16.0);
        }
    }
}
