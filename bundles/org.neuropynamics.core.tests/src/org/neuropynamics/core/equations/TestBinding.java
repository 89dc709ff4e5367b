package org.neuropynamics.core.equations;

import java.util.HashMap;
import java.util.Map;

/** Binds test expressions over state variables x, y, z and parameters a, b, c. */
final class TestBinding {

    static final String[] STATES = {"x", "y", "z"};
    static final String[] PARAMETERS = {"a", "b", "c"};

    private TestBinding() {
    }

    static Binder binder() {
        Map<String, Expr> names = new HashMap<>();
        names.put("t", new Expr.Sym(Symbol.TIME_SYMBOL));
        for (int i = 0; i < STATES.length; i++) {
            names.put(STATES[i], new Expr.Sym(Symbol.state(i, STATES[i])));
        }
        for (int i = 0; i < PARAMETERS.length; i++) {
            names.put(PARAMETERS[i], new Expr.Sym(Symbol.parameter(i, PARAMETERS[i])));
        }
        return new Binder(names, Map.of());
    }

    static Expr bind(String text) {
        return binder().bind(ExpressionParser.parse(text));
    }

    static double eval(String text, double[] y, double[] p) {
        return Evaluator.evaluate(bind(text), 0.0, y, p);
    }

    static double eval(String text) {
        return eval(text, new double[] {0.5, -1.5, 2.0}, new double[] {3.0, 0.25, -2.0});
    }
}
