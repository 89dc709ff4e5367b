package org.neuropynamics.core.equations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** Small structural helpers over {@link Expr} trees. */
public final class Expressions {

    private Expressions() {
    }

    /** The direct sub-expressions of a node. */
    public static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.Num n -> List.of();
            case Expr.Name n -> List.of();
            case Expr.Sym s -> List.of();
            case Expr.Neg n -> List.of(n.operand());
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Call c -> c.arguments();
            case Expr.Apply a -> a.arguments();
            case Expr.Cond c -> List.of(c.condition(), c.whenTrue(), c.whenFalse());
        };
    }

    /** Depth of the tree (a leaf has depth 1), computed without recursion so any tree is safe. */
    public static int depth(Expr root) {
        Deque<Expr> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        int max = 0;
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Expr c : children(e)) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return max;
    }

    /** Number of nodes, computed without recursion. */
    public static int size(Expr root) {
        Deque<Expr> nodes = new ArrayDeque<>();
        nodes.push(root);
        int count = 0;
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            count++;
            for (Expr c : children(e)) {
                nodes.push(c);
            }
        }
        return count;
    }

    /** True when the tree has more than {@code limit} nodes; stops counting at the limit. */
    public static boolean sizeExceeds(Expr root, int limit) {
        Deque<Expr> nodes = new ArrayDeque<>();
        nodes.push(root);
        int count = 0;
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            if (++count > limit) {
                return true;
            }
            for (Expr c : children(e)) {
                nodes.push(c);
            }
        }
        return false;
    }

    /** Rebuilds a bound tree, replacing every symbol by {@code replacement.apply(symbol)}. */
    public static Expr substitute(Expr e, Function<Symbol, Expr> replacement) {
        return switch (e) {
            case Expr.Num n -> n;
            case Expr.Sym s -> replacement.apply(s.symbol());
            case Expr.Neg n -> new Expr.Neg(substitute(n.operand(), replacement));
            case Expr.Binary b -> new Expr.Binary(b.op(), substitute(b.left(), replacement),
                    substitute(b.right(), replacement));
            case Expr.Apply a -> new Expr.Apply(a.function(), substituteAll(a.arguments(), replacement));
            case Expr.Cond c -> new Expr.Cond(substitute(c.condition(), replacement),
                    substitute(c.whenTrue(), replacement), substitute(c.whenFalse(), replacement));
            case Expr.Name n -> throw new IllegalArgumentException("unbound name " + n.name());
            case Expr.Call c -> throw new IllegalArgumentException("unbound call " + c.function());
        };
    }

    private static List<Expr> substituteAll(List<Expr> list, Function<Symbol, Expr> replacement) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Expr a : list) {
            out.add(substitute(a, replacement));
        }
        return out;
    }

    /** Marks in {@code out} the indices of the symbols of the given kind that the tree references. */
    public static void collect(Expr root, Symbol.Kind kind, BitSet out) {
        Deque<Expr> nodes = new ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            if (e instanceof Expr.Sym s && s.symbol().kind() == kind) {
                out.set(s.symbol().index());
            }
            for (Expr c : children(e)) {
                nodes.push(c);
            }
        }
    }

    /** True when the tree references the given symbol. */
    public static boolean references(Expr root, Symbol symbol) {
        Deque<Expr> nodes = new ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            if (e instanceof Expr.Sym s && s.symbol().equals(symbol)) {
                return true;
            }
            for (Expr c : children(e)) {
                nodes.push(c);
            }
        }
        return false;
    }
}
