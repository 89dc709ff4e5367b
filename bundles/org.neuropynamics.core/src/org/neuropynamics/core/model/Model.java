package org.neuropynamics.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.neuropynamics.core.equations.EquationSystem;

/**
 * An immutable neuron (or dynamical-system) model: metadata plus the compiled right-hand side.
 * Parameter values live outside the model, in a {@code double[]} indexed like {@link #parameters()}.
 */
public final class Model {

    /** Continuous-time flow (ODE) or discrete-time map. */
    public enum Kind {
        FLOW, MAP
    }

    private final String id;
    private final String name;
    private final String description;
    private final String equationsLatex;
    private final Kind kind;
    private final List<StateVariable> variables;
    private final List<Parameter> parameters;
    private final List<Preset> presets;
    private final VectorField field;
    private final Jacobian jacobian;
    private final SpikeRule spikeRule;
    private final InitialState initialState;
    private final double spikeDetectionThreshold;
    private final String currentParameter;
    private final EquationSystem equations;
    private final Noise noise;
    private final AlgebraicSolver algebraic;

    private Model(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.name = b.name == null ? b.id : b.name;
        this.description = b.description == null ? "" : b.description;
        this.equationsLatex = b.equationsLatex == null ? "" : b.equationsLatex;
        this.kind = b.kind;
        this.variables = List.copyOf(b.variables);
        this.parameters = List.copyOf(b.parameters);
        this.presets = List.copyOf(b.presets);
        this.field = Objects.requireNonNull(b.field, "vector field of model " + b.id);
        this.jacobian = b.jacobian;
        this.spikeRule = b.spikeRule;
        this.initialState = Objects.requireNonNull(b.initialState, "initial state of model " + b.id);
        this.spikeDetectionThreshold = b.spikeDetectionThreshold;
        this.currentParameter = b.currentParameter;
        this.equations = b.equations;
        this.noise = b.noise;
        this.algebraic = b.algebraic;
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("model " + id + " has no state variable");
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() { return id; }
    public String name() { return name; }
    /** Plain-text explanation (a paragraph). */
    public String description() { return description; }
    /** The equations in LaTeX, for rendering as mathematics. */
    public String equationsLatex() { return equationsLatex; }
    public Kind kind() { return kind; }
    public List<StateVariable> variables() { return variables; }
    public List<Parameter> parameters() { return parameters; }
    public List<Preset> presets() { return presets; }
    public VectorField field() { return field; }
    /** Analytic Jacobian, or null when only finite differences are available. */
    public Jacobian jacobian() { return jacobian; }
    /** Threshold/reset rule, or null for models without reset (HH, Morris-Lecar, FHN). */
    public SpikeRule spikeRule() { return spikeRule; }
    public InitialState initialState() { return initialState; }
    /**
     * For models without a reset: a spike is counted at each upward crossing of this value by variable 0
     * (0 mV by default).
     */
    public double spikeDetectionThreshold() { return spikeDetectionThreshold; }
    /** Name of the parameter that a current protocol drives ("I"), or null. */
    public String currentParameter() { return currentParameter; }
    /**
     * The bound equations the model was compiled from ({@code .ode} models), or null for models written in
     * Java; exporters generate other simulators' code from them.
     */
    public EquationSystem equations() { return equations; }
    /** The random inputs of a stochastic model ({@code .ode} noise, Markov chains), or null. */
    public Noise noise() { return noise; }
    /** XPPAUT's Newton solution of an algebraic equation at every evaluation ({@code .ode} files), or null. */
    public AlgebraicSolver algebraic() { return algebraic; }

    public int dimension() { return variables.size(); }

    public int variableIndex(String variableName) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(variableName)) {
                return i;
            }
        }
        return -1;
    }

    public int parameterIndex(String parameterName) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(parameterName)) {
                return i;
            }
        }
        return -1;
    }

    public OptionalInt currentParameterIndex() {
        int i = currentParameter == null ? -1 : parameterIndex(currentParameter);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** A fresh array of the default parameter values. */
    public double[] defaultParameters() {
        double[] p = new double[parameters.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = parameters.get(i).defaultValue();
        }
        return p;
    }

    /** A fresh initial state for the given parameter values. */
    public double[] initialState(double[] p) {
        double[] y0 = new double[dimension()];
        initialState.initial(p, y0);
        return y0;
    }

    public List<String> variableNames() {
        List<String> names = new ArrayList<>(variables.size());
        for (StateVariable v : variables) {
            names.add(v.name());
        }
        return Collections.unmodifiableList(names);
    }

    @Override
    public String toString() {
        return "Model[" + id + "]";
    }

    /** Builder; every model of the catalogue and every compiled {@code .ode} file goes through it. */
    public static final class Builder {
        private final String id;
        private String name;
        private String description;
        private String equationsLatex;
        private Kind kind = Kind.FLOW;
        private final List<StateVariable> variables = new ArrayList<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<Preset> presets = new ArrayList<>();
        private VectorField field;
        private Jacobian jacobian;
        private SpikeRule spikeRule;
        private InitialState initialState;
        private double spikeDetectionThreshold = 0.0;
        private String currentParameter = "I";
        private EquationSystem equations;
        private Noise noise;
        private AlgebraicSolver algebraic;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder description(String v) { this.description = v; return this; }
        public Builder equationsLatex(String v) { this.equationsLatex = v; return this; }
        public Builder kind(Kind v) { this.kind = v; return this; }
        public Builder variable(String varName, String unit, String desc) {
            variables.add(new StateVariable(varName, unit, desc));
            return this;
        }
        public Builder variable(StateVariable v) { variables.add(v); return this; }
        public Builder parameter(String pName, String unit, double def, double min, double max, double step,
                String desc) {
            parameters.add(new Parameter(pName, unit, def, min, max, step, desc));
            return this;
        }
        public Builder parameter(Parameter p) { parameters.add(p); return this; }
        public Builder preset(Preset p) { presets.add(p); return this; }
        public Builder field(VectorField v) { this.field = v; return this; }
        public Builder jacobian(Jacobian v) { this.jacobian = v; return this; }
        public Builder spikeRule(SpikeRule v) { this.spikeRule = v; return this; }
        public Builder initialState(InitialState v) { this.initialState = v; return this; }
        /** Constant initial state, in variable order. */
        public Builder initialState(double... y0) {
            double[] copy = y0.clone();
            this.initialState = (p, y) -> System.arraycopy(copy, 0, y, 0, copy.length);
            return this;
        }
        public Builder spikeDetectionThreshold(double v) { this.spikeDetectionThreshold = v; return this; }
        /** Name of the input-current parameter, or null when the model has none. */
        public Builder currentParameter(String v) { this.currentParameter = v; return this; }

        /** The bound equations the field was compiled from, when there are any. */
        public Builder equations(EquationSystem v) { this.equations = v; return this; }

        /** The random inputs, for stochastic models. */
        public Builder noise(Noise v) { this.noise = v; return this; }

        /** XPPAUT's Newton solution of an algebraic equation, for {@code .ode} files with {@code 0=}. */
        public Builder algebraic(AlgebraicSolver v) { this.algebraic = v; return this; }

        public Model build() {
            return new Model(this);
        }
    }
}
