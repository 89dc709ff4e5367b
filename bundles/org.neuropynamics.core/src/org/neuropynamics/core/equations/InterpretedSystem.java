package org.neuropynamics.core.equations;

import java.util.List;

import org.neuropynamics.core.model.Jacobian;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.model.VectorField;

/**
 * An {@link EquationSystem} evaluated by the tree-walking {@link Evaluator}: the reference that compiled
 * code is tested against, and a fallback when no compiler is available. Slower than compiled code and it
 * allocates scratch arrays per call.
 */
public final class InterpretedSystem implements VectorField, Jacobian, SpikeRule {

    private final EquationSystem system;
    private final List<SymbolicJacobian.Column> columns;

    public InterpretedSystem(EquationSystem system) {
        this.system = system;
        this.columns = SymbolicJacobian.of(system);
    }

    private double[] fixedValues(double t, double[] y, double[] p) {
        double[] fixed = new double[system.fixed().size()];
        Evaluator ev = new Evaluator(t, y, p, fixed, null);
        for (int k = 0; k < fixed.length; k++) {
            fixed[k] = ev.evaluate(system.fixed().get(k));
        }
        return fixed;
    }

    @Override
    public void derivatives(double t, double[] y, double[] p, double[] dydt) {
        Evaluator ev = new Evaluator(t, y, p, fixedValues(t, y, p), null);
        for (int i = 0; i < system.dimension(); i++) {
            dydt[i] = ev.evaluate(system.rightHandSides().get(i));
        }
    }

    @Override
    public void jacobian(double t, double[] y, double[] p, double[][] jac) {
        double[] fixed = fixedValues(t, y, p);
        double[] dFixed = new double[fixed.length];
        Evaluator ev = new Evaluator(t, y, p, fixed, dFixed);
        for (double[] row : jac) {
            java.util.Arrays.fill(row, 0, columns.size(), 0.0);
        }
        for (SymbolicJacobian.Column column : columns) {
            java.util.Arrays.fill(dFixed, 0.0);
            for (var d : column.fixedDerivatives().entrySet()) {
                dFixed[d.getKey()] = ev.evaluate(d.getValue());
            }
            for (var e : column.entries().entrySet()) {
                jac[e.getKey()][column.index()] = ev.evaluate(e.getValue());
            }
        }
    }

    @Override
    public double switching(double t, double[] y, double[] p) {
        return system.events().isEmpty() ? -1.0 : switching(0, t, y, p);
    }

    @Override
    public void reset(double t, double[] y, double[] p) {
        if (!system.events().isEmpty()) {
            reset(0, t, y, p);
        }
    }

    @Override
    public int eventCount() {
        return Math.max(1, system.events().size());
    }

    @Override
    public int direction(int k) {
        return system.events().get(k).direction() == 0 ? 0 : 1;
    }

    /** The condition, negated for events that fire on downward crossings. */
    @Override
    public double switching(int k, double t, double[] y, double[] p) {
        EquationSystem.Event event = system.events().get(k);
        double c = new Evaluator(t, y, p, fixedValues(t, y, p), null).evaluate(event.condition());
        return event.direction() < 0 ? -c : c;
    }

    @Override
    public void reset(int k, double t, double[] y, double[] p) {
        Evaluator ev = new Evaluator(t, y, p, fixedValues(t, y, p), null);
        for (EquationSystem.Reset r : system.events().get(k).resets()) {
            y[r.stateIndex()] = ev.evaluate(r.value());
        }
    }
}
