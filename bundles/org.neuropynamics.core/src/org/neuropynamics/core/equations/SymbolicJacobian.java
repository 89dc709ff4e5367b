package org.neuropynamics.core.equations;

import java.util.ArrayList;
import java.util.List;

/**
 * The symbolic Jacobian of an {@link EquationSystem}, column by column. Fixed quantities are not
 * expanded: the chain rule goes through them, so column j first computes dF_k/dy_j for the fixed
 * quantities that depend on y_j (as {@link Symbol.Kind#FIXED_DERIVATIVE} locals) and then the entries.
 */
public final class SymbolicJacobian {

    /**
     * One column of the Jacobian.
     *
     * @param fixedDerivatives per fixed quantity, its derivative with respect to y_j (null when zero)
     * @param entries per state variable i, d f_i / d y_j
     */
    public record Column(List<Expr> fixedDerivatives, List<Expr> entries) {
    }

    private SymbolicJacobian() {
    }

    /** All columns of the Jacobian of the system's right-hand sides. */
    public static List<Column> of(EquationSystem system) {
        List<Column> columns = new ArrayList<>(system.dimension());
        for (int j = 0; j < system.dimension(); j++) {
            columns.add(column(system, j));
        }
        return columns;
    }

    private static Column column(EquationSystem system, int j) {
        List<Expr> fixedDerivatives = new ArrayList<>(system.fixed().size());
        java.util.function.Function<Symbol, Expr> dSymbol = s -> switch (s.kind()) {
            case STATE -> s.index() == j ? Expr.Num.ONE : Expr.Num.ZERO;
            case TIME, PARAMETER -> Expr.Num.ZERO;
            case FIXED -> fixedDerivatives.get(s.index()) == null ? Expr.Num.ZERO
                    : new Expr.Sym(new Symbol(Symbol.Kind.FIXED_DERIVATIVE, s.index(), "d" + s.name()));
            case FIXED_DERIVATIVE -> throw new IllegalArgumentException("second derivative of " + s.name());
        };
        for (Expr f : system.fixed()) {
            Expr d = Differentiator.derivative(f, dSymbol);
            fixedDerivatives.add(Simplifier.isZero(d) ? null : d);
        }
        List<Expr> entries = new ArrayList<>(system.dimension());
        for (Expr rhs : system.rightHandSides()) {
            entries.add(Differentiator.derivative(rhs, dSymbol));
        }
        return new Column(java.util.Collections.unmodifiableList(new ArrayList<>(fixedDerivatives)), entries);
    }
}
