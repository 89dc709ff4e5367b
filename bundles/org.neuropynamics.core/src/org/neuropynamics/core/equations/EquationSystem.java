package org.neuropynamics.core.equations;

import java.util.List;

/**
 * A bound system of equations, ready to interpret, differentiate or compile: the right-hand side of each
 * state variable, the fixed quantities in evaluation order (each may reference earlier ones), and the
 * threshold/reset events (none, one threshold, or several XPPAUT {@code global} events).
 *
 * @param stateNames state variables, in order ({@code y[i]})
 * @param parameterNames parameters, in order ({@code p[j]})
 * @param fixedNames names of the fixed quantities
 * @param fixed bound fixed quantities; entry k may reference fixed symbols of index &lt; k only
 * @param rightHandSides per state variable: the derivative (flows) or the next value (maps)
 * @param events the threshold/reset events, in declaration order (may be empty)
 * @param map true for a discrete-time map {@code x(t+1) = ...}
 */
public record EquationSystem(List<String> stateNames, List<String> parameterNames, List<String> fixedNames,
        List<Expr> fixed, List<Expr> rightHandSides, List<Event> events, boolean map) {

    /** A system with at most one event ({@code event} may be null). */
    public EquationSystem(List<String> stateNames, List<String> parameterNames, List<String> fixedNames,
            List<Expr> fixed, List<Expr> rightHandSides, Event event, boolean map) {
        this(stateNames, parameterNames, fixedNames, fixed, rightHandSides,
                event == null ? List.of() : List.of(event), map);
    }

    /**
     * The first event, or null when there is none (the exporters, which write one threshold and reset, check
     * {@link #events()} for more).
     */
    public Event event() {
        return events.isEmpty() ? null : events.get(0);
    }

    public EquationSystem {
        events = List.copyOf(events);
        stateNames = List.copyOf(stateNames);
        parameterNames = List.copyOf(parameterNames);
        fixedNames = List.copyOf(fixedNames);
        fixed = List.copyOf(fixed);
        rightHandSides = List.copyOf(rightHandSides);
        if (rightHandSides.size() != stateNames.size()) {
            throw new IllegalArgumentException("one right-hand side per state variable");
        }
        if (fixed.size() != fixedNames.size()) {
            throw new IllegalArgumentException("one name per fixed quantity");
        }
    }

    /** Number of state variables. */
    public int dimension() {
        return stateNames.size();
    }

    /**
     * A threshold/reset event: a spike when {@code direction * condition} crosses zero upwards (either way
     * for direction 0), then the resets are applied in order (each sees the values assigned before it, as
     * XPPAUT does).
     *
     * @param condition the bound switching expression
     * @param direction +1 for upward crossings of the condition, -1 for downward ones, 0 for both (XPPAUT's
     *        {@code global} sign)
     * @param resets the assignments
     */
    public record Event(Expr condition, int direction, List<Reset> resets) {
        public Event {
            resets = List.copyOf(resets);
            if (direction < -1 || direction > 1) {
                throw new IllegalArgumentException("direction must be +1, -1 or 0");
            }
        }
    }

    /**
     * One assignment of an event.
     *
     * @param stateIndex the variable assigned
     * @param value its new value, a bound expression
     */
    public record Reset(int stateIndex, Expr value) {
    }
}
