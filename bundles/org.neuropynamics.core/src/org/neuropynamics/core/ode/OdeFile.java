package org.neuropynamics.core.ode;

import java.util.List;

import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.FunctionDefinition;
import org.neuropynamics.core.model.Preset;

/**
 * What an XPPAUT {@code .ode} file declares, in file order, with unbound expressions and the line of
 * every declaration. Produced by {@link OdeParser}; turned into a model by {@link OdeModelLoader}.
 *
 * @param fileName the file name the text came from (for messages and the model name)
 * @param description the leading comment lines, joined
 * @param variables state variables with their right-hand sides ({@code x' =}, {@code dx/dt =},
 *            {@code x(t+1) =})
 * @param map true when the variables are given as {@code x(t+1) =} (a discrete-time map)
 * @param parameters parameters with their default values
 * @param constants {@code number} constants
 * @param initials initial values ({@code init x=...} and {@code x(0)=...})
 * @param functions user functions
 * @param fixed fixed quantities {@code name = expr}
 * @param auxiliaries {@code aux name = expr} outputs
 * @param events {@code global} events
 * @param options the {@code @} options
 * @param warnings constructs that were read but have no effect here (boundary conditions, {@code only},
 *            ...), each as "line N: ..."
 * @param presets the {@code set name {a=1,b=2}} blocks: named parameter values
 * @param algebraics the algebraic equations {@code 0= g} with the variable {@code solv} names for each; the
 *            variable is also in {@code variables} (its right-hand side there is a placeholder, see
 *            {@link OdeBinding})
 * @param history the Volterra integrals, integral equations and delay histories ({@link OdeHistory})
 * @param stochastic the random inputs: {@code wiener} names, {@code markov} chains, {@code special gill}s
 *            ({@code ran} and {@code normal} are calls in the expressions)
 */
public record OdeFile(String fileName, String description, List<Variable> variables, boolean map,
        List<ParameterDeclaration> parameters, List<ParameterDeclaration> constants, List<Definition> initials,
        List<FunctionDefinition> functions, List<Definition> fixed, List<Definition> auxiliaries,
        List<GlobalEvent> events, OdeOptions options, List<String> warnings, List<Preset> presets,
        List<Algebraic> algebraics, OdeHistory history, Stochastic stochastic) {

    public OdeFile {
        history = history == null ? OdeHistory.NONE : history;
        variables = List.copyOf(variables);
        parameters = List.copyOf(parameters);
        constants = List.copyOf(constants);
        initials = List.copyOf(initials);
        functions = List.copyOf(functions);
        fixed = List.copyOf(fixed);
        auxiliaries = List.copyOf(auxiliaries);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        presets = List.copyOf(presets);
        algebraics = List.copyOf(algebraics);
        stochastic = stochastic == null ? Stochastic.NONE : stochastic;
    }

    /** A file without random inputs. */
    public OdeFile(String fileName, String description, List<Variable> variables, boolean map,
            List<ParameterDeclaration> parameters, List<ParameterDeclaration> constants, List<Definition> initials,
            List<FunctionDefinition> functions, List<Definition> fixed, List<Definition> auxiliaries,
            List<GlobalEvent> events, OdeOptions options, List<String> warnings, List<Preset> presets,
            List<Algebraic> algebraics, OdeHistory history) {
        this(fileName, description, variables, map, parameters, constants, initials, functions, fixed, auxiliaries,
                events, options, warnings, presets, algebraics, history, Stochastic.NONE);
    }

    /** A file without Volterra integrals or delay histories. */
    public OdeFile(String fileName, String description, List<Variable> variables, boolean map,
            List<ParameterDeclaration> parameters, List<ParameterDeclaration> constants, List<Definition> initials,
            List<FunctionDefinition> functions, List<Definition> fixed, List<Definition> auxiliaries,
            List<GlobalEvent> events, OdeOptions options, List<String> warnings, List<Preset> presets,
            List<Algebraic> algebraics, Stochastic stochastic) {
        this(fileName, description, variables, map, parameters, constants, initials, functions, fixed, auxiliaries,
                events, options, warnings, presets, algebraics, OdeHistory.NONE, stochastic);
    }

    /**
     * The random inputs of a file, as XPPAUT declares them (issue 14).
     *
     * @param wieners the {@code wiener} names in declaration order (each a standard normal deviate divided by
     *            sqrt(dt), drawn once per step)
     * @param markov the {@code markov} chains in declaration order (each chain's variable is also in
     *            {@code variables}, after the differential equations)
     * @param gillespie the {@code special NAME=gill(method, rates...)} declarations
     */
    public record Stochastic(List<Definition> wieners, List<Markov> markov, List<Gillespie> gillespie) {
        /** No random inputs. */
        public static final Stochastic NONE = new Stochastic(List.of(), List.of(), List.of());

        public Stochastic {
            wieners = List.copyOf(wieners);
            markov = List.copyOf(markov);
            gillespie = List.copyOf(gillespie);
        }

        /** True when the file declares a wiener, Markov chain or Gillespie special. */
        public boolean any() {
            return !wieners.isEmpty() || !markov.isEmpty() || !gillespie.isEmpty();
        }
    }

    /**
     * A {@code markov NAME n} chain: its states are 0 .. n-1; {@code rates.get(i).get(j)} is the unbound
     * transition rate from state i to state j (the diagonal is not used).
     */
    public record Markov(String name, int states, List<List<Expr>> rates, int line) {
        public Markov {
            rates = rates.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A {@code special NAME=gill(method, r1, ..., rm)}: one Gillespie event per step; {@code NAME(0)} is the
     * waiting time, {@code NAME(k)} 1 for the reaction that fires and 0 for the others.
     */
    public record Gillespie(String name, int method, List<Expr> rates, int line, int column) {
        public Gillespie {
            rates = List.copyOf(rates);
        }
    }

    /**
     * An algebraic equation {@code 0= constraint} solved for {@code variable} ({@code solv variable=guess}).
     *
     * @param variable the name of the variable it determines
     * @param constraint the unbound expression that must stay 0
     * @param line the line of the {@code 0=} equation
     */
    public record Algebraic(String variable, Expr constraint, int line) {
    }

    /** A file without {@code set} blocks. */
    public OdeFile(String fileName, String description, List<Variable> variables, boolean map,
            List<ParameterDeclaration> parameters, List<ParameterDeclaration> constants, List<Definition> initials,
            List<FunctionDefinition> functions, List<Definition> fixed, List<Definition> auxiliaries,
            List<GlobalEvent> events, OdeOptions options, List<String> warnings) {
        this(fileName, description, variables, map, parameters, constants, initials, functions, fixed, auxiliaries,
                events, options, warnings, List.of(), List.of(), OdeHistory.NONE, Stochastic.NONE);
    }

    /** A file without Volterra integrals, delay histories or random inputs. */
    public OdeFile(String fileName, String description, List<Variable> variables, boolean map,
            List<ParameterDeclaration> parameters, List<ParameterDeclaration> constants, List<Definition> initials,
            List<FunctionDefinition> functions, List<Definition> fixed, List<Definition> auxiliaries,
            List<GlobalEvent> events, OdeOptions options, List<String> warnings, List<Preset> presets,
            List<Algebraic> algebraics) {
        this(fileName, description, variables, map, parameters, constants, initials, functions, fixed, auxiliaries,
                events, options, warnings, presets, algebraics, OdeHistory.NONE, Stochastic.NONE);
    }

    /**
     * A state variable.
     *
     * @param name the name as written
     * @param rightHandSide its derivative (or next value for maps), unbound
     * @param line the line of its equation
     */
    public record Variable(String name, Expr rightHandSide, int line) {
    }

    /**
     * A parameter or {@code number} constant.
     *
     * @param name the name as written
     * @param value its default value
     * @param line its line
     */
    public record ParameterDeclaration(String name, double value, int line) {
    }

    /**
     * A named expression: a fixed quantity, an auxiliary output or an initial value.
     *
     * @param name the name as written
     * @param value the unbound expression
     * @param line its line
     * @param column the column of the name
     */
    public record Definition(String name, Expr value, int line, int column) {
    }

    /**
     * A {@code global sign {condition} {x=...; y=...}} event.
     *
     * @param direction +1 (upward crossing of the condition), -1 (downward) or 0 (either)
     * @param condition the unbound condition expression
     * @param assignments the resets, applied in order
     * @param line its line
     */
    public record GlobalEvent(int direction, Expr condition, List<Definition> assignments, int line) {
        public GlobalEvent {
            assignments = List.copyOf(assignments);
        }
    }
}
