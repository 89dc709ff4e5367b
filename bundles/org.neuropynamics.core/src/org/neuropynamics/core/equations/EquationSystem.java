package org.neuropynamics.core.equations;

import java.util.List;

/**
 * A bound system of equations, ready to interpret, differentiate or compile: the right-hand side of each
 * state variable, the fixed quantities in evaluation order (each may reference earlier ones), and an
 * optional threshold/reset event.
 *
 * @param stateNames state variables, in order ({@code y[i]})
 * @param parameterNames parameters, in order ({@code p[j]})
 * @param fixedNames names of the fixed quantities
 * @param fixed bound fixed quantities; entry k may reference fixed symbols of index &lt; k only
 * @param rightHandSides per state variable: the derivative (flows) or the next value (maps)
 * @param event the threshold/reset event, or null
 * @param map true for a discrete-time map {@code x(t+1) = ...}
 */
public record EquationSystem(List<String> stateNames, List<String> parameterNames, List<String> fixedNames,
        List<Expr> fixed, List<Expr> rightHandSides, Event event, boolean map) {

    public EquationSystem {
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
     * A threshold/reset event: a spike when {@code direction * condition} crosses zero upwards, then the
     * resets are applied in order (each sees the values assigned before it, as XPPAUT does).
     *
     * @param condition the bound switching expression
     * @param direction +1 for upward crossings of the condition, -1 for downward ones
     * @param resets the assignments
     */
    public record Event(Expr condition, int direction, List<Reset> resets) {
        public Event {
            resets = List.copyOf(resets);
            if (direction != 1 && direction != -1) {
                throw new IllegalArgumentException("direction must be +1 or -1");
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
