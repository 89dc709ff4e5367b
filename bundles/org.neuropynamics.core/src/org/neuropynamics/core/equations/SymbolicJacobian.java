package org.neuropynamics.core.equations;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The symbolic Jacobian of an {@link EquationSystem}, column by column, sparse: only the entries whose
 * right-hand side depends on the column's variable (directly or through fixed quantities) are
 * differentiated, and entries that simplify to zero are left out. Fixed quantities are not expanded: the
 * chain rule goes through them, so column j first computes dF_k/dy_j for the fixed quantities that depend
 * on y_j (as {@link Symbol.Kind#FIXED_DERIVATIVE} locals) and then the entries. The work is proportional
 * to the couplings, so a chain of 10,000 variables costs 30,000 derivatives, not 10^8.
 */
public final class SymbolicJacobian {

    /**
     * One column of the Jacobian.
     *
     * @param index the column j
     * @param fixedDerivatives by fixed quantity k, its non-zero derivative with respect to y_j
     * @param entries by row i, the non-zero d f_i / d y_j
     */
    public record Column(int index, SortedMap<Integer, Expr> fixedDerivatives, SortedMap<Integer, Expr> entries) {
    }

    private SymbolicJacobian() {
    }

    /** All columns of the Jacobian of the system's right-hand sides. */
    public static List<Column> of(EquationSystem system) {
        int n = system.dimension();
        List<Expr> fixed = system.fixed();
        BitSet[] fixedStates = new BitSet[fixed.size()];
        for (int k = 0; k < fixed.size(); k++) {
            fixedStates[k] = states(fixed.get(k), fixedStates);
        }
        List<List<Integer>> fixedOfColumn = inverse(fixedStates, n);
        BitSet[] rowStates = new BitSet[n];
        for (int i = 0; i < n; i++) {
            rowStates[i] = states(system.rightHandSides().get(i), fixedStates);
        }
        List<List<Integer>> rowsOfColumn = inverse(rowStates, n);
        List<Column> columns = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            columns.add(column(system, j, fixedOfColumn.get(j), rowsOfColumn.get(j)));
        }
        return columns;
    }

    /** The state variables a tree depends on, directly or through the (earlier) fixed quantities. */
    private static BitSet states(Expr e, BitSet[] fixedStates) {
        BitSet out = new BitSet();
        Expressions.collect(e, Symbol.Kind.STATE, out);
        BitSet fixedUsed = new BitSet();
        Expressions.collect(e, Symbol.Kind.FIXED, fixedUsed);
        for (int k = fixedUsed.nextSetBit(0); k >= 0; k = fixedUsed.nextSetBit(k + 1)) {
            out.or(fixedStates[k]);
        }
        return out;
    }

    /** Per column j, the (increasing) indices whose dependency set contains j. */
    private static List<List<Integer>> inverse(BitSet[] dependencies, int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(new ArrayList<>(2));
        }
        for (int i = 0; i < dependencies.length; i++) {
            BitSet d = dependencies[i];
            for (int j = d.nextSetBit(0); j >= 0; j = d.nextSetBit(j + 1)) {
                out.get(j).add(i);
            }
        }
        return out;
    }

    private static Column column(EquationSystem system, int j, List<Integer> fixedIndices, List<Integer> rows) {
        SortedMap<Integer, Expr> fixedDerivatives = new TreeMap<>();
        Function<Symbol, Expr> dSymbol = s -> switch (s.kind()) {
            case STATE -> s.index() == j ? Expr.Num.ONE : Expr.Num.ZERO;
            case TIME, PARAMETER -> Expr.Num.ZERO;
            case FIXED -> fixedDerivatives.containsKey(s.index())
                    ? new Expr.Sym(new Symbol(Symbol.Kind.FIXED_DERIVATIVE, s.index(), "d" + s.name()))
                    : Expr.Num.ZERO;
            case FIXED_DERIVATIVE -> throw new IllegalArgumentException("second derivative of " + s.name());
        };
        for (int k : fixedIndices) {
            Expr d = Differentiator.derivative(system.fixed().get(k), dSymbol);
            if (!Simplifier.isZero(d)) {
                fixedDerivatives.put(k, d);
            }
        }
        SortedMap<Integer, Expr> entries = new TreeMap<>();
        for (int i : rows) {
            Expr d = Differentiator.derivative(system.rightHandSides().get(i), dSymbol);
            if (!Simplifier.isZero(d)) {
                entries.put(i, d);
            }
        }
        return new Column(j, Collections.unmodifiableSortedMap(fixedDerivatives),
                Collections.unmodifiableSortedMap(entries));
    }
}
