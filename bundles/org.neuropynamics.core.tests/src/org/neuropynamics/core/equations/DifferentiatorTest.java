package org.neuropynamics.core.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Symbolic derivatives against central finite differences at 50 random points per expression and
 * variable (x in [0.2,1.5], y in [0.3,2], z in [0.5,1.5], parameters in [0.5,2]; step h = 1e-5 scaled).
 * Tolerance 1e-6 * max(1, |difference quotient|): central differences are accurate to ~1e-9 here.
 */
class DifferentiatorTest {

    private static final int POINTS = 50;
    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "x", "a*x + b", "x^2", "x^3 - 3*x*y", "x**2.5", "x^y", "a^x", "y/x", "(x+y)/(x-y+3)", "-x^2 + y",
        "exp(x)", "exp(-x^2/(2*b))", "ln(x)", "log(x*y)", "log10(x+1)", "sqrt(x*y)", "sin(x)*cos(y)",
        "tan(x/2)", "asin(x/2)", "acos(y/3)", "atan(x*y)", "atan2(x, y)", "atan2(y - 1, x + 2)",
        "sinh(x) + cosh(y)", "tanh((x - a)/b)", "abs(x - 0.7)", "min(x, y)", "max(x^2, y)",
        "heav(x - 0.5)*x", "if(x > y)then(x^2)else(x*y)", "x*sign(y-1)", "mod(x, 0.3)", "mod(3*x, y)",
        "flr(4*x) + x", "ceil(y) * x", "0.04*x^2 + 5*x + 140 - y + c", "a*(b*x - y)",
        "x - x^3/3 - y + z", "(x + a - b*y)/c", ".5*(1+tanh((x-a)/b))", "x*(1-x)*(x-a)",
        "a*0.1*(25-x)/(exp(0.1*(25-x))-1)", "4*exp(-x/18)", "1/(1+exp(-(x-y)/z))", "x^z*y^2",
        "exp(x)/(1+exp(x))^2", "sqrt(1 + x^2 + y^2 + z^2)", "(x > 0.5) * x + (y < 1) * y",
        "(x-y)^2 + (y-z)^2 + (z-x)^2", "x*y*z*a*b", "cos(t)*x",
    })
    void symbolicDerivativeMatchesFiniteDifferences(String text) {
        Expr e = TestBinding.bind(text);
        Random random = new Random(text.hashCode());
        for (int n = 0; n < POINTS; n++) {
            double[] y = {0.2 + 1.3 * random.nextDouble(), 0.3 + 1.7 * random.nextDouble(),
                0.5 + random.nextDouble()};
            double[] p = {0.5 + 1.5 * random.nextDouble(), 0.5 + 1.5 * random.nextDouble(),
                0.5 + 1.5 * random.nextDouble()};
            double t = random.nextDouble();
            for (int j = 0; j < y.length; j++) {
                Expr d = Differentiator.derivative(e, j);
                double symbolic = Evaluator.evaluate(d, t, y, p);
                double h = 1e-5 * Math.max(1, Math.abs(y[j]));
                double[] plus = y.clone();
                double[] minus = y.clone();
                plus[j] += h;
                minus[j] -= h;
                double numeric = (Evaluator.evaluate(e, t, plus, p) - Evaluator.evaluate(e, t, minus, p)) / (2 * h);
                if (isKink(e, t, plus, minus, p, y)) {
                    continue; // a step or kink of heav/min/mod/flr lies within [y-h, y+h]
                }
                if (!(Math.abs(symbolic - numeric) <= TOLERANCE * Math.max(1, Math.abs(numeric)))) {
                    fail("d/d" + TestBinding.STATES[j] + " " + text + " at " + java.util.Arrays.toString(y)
                            + ": symbolic " + symbolic + " (" + LatexPrinter.print(d) + "), finite differences "
                            + numeric);
                }
            }
        }
    }

    /** True when one-sided quotients disagree wildly: a discontinuity or kink inside the stencil. */
    private static boolean isKink(Expr e, double t, double[] plus, double[] minus, double[] p, double[] y) {
        double f0 = Evaluator.evaluate(e, t, y, p);
        double right = Evaluator.evaluate(e, t, plus, p) - f0;
        double left = f0 - Evaluator.evaluate(e, t, minus, p);
        return Math.abs(right - left) > 1e-6 * Math.max(1e-3, Math.abs(right) + Math.abs(left));
    }

    @Test
    void simplifierKeepsJacobianEntriesCompact() {
        assertEquals(new Expr.Binary(BinaryOp.MUL, new Expr.Num(2), sym("x")),
                Differentiator.derivative(TestBinding.bind("x^2"), 0));
        assertEquals(sym("a"), Differentiator.derivative(TestBinding.bind("a*x + b"), 0));
        assertEquals(Expr.Num.ZERO, Differentiator.derivative(TestBinding.bind("x^2 + sin(x)*a"), 1));
        assertEquals(Expr.Num.ONE, Differentiator.derivative(TestBinding.bind("x + 0*y + 1*z"), 0));
        assertEquals(new Expr.Num(-1), Differentiator.derivative(TestBinding.bind("a - y"), 1));
        Expr izhikevich = Differentiator.derivative(TestBinding.bind("0.04*x^2 + 5*x + 140 - y + c"), 0);
        assertEquals("0.08\\,x + 5", LatexPrinter.print(izhikevich));
        assertTrue(Expressions.size(izhikevich) <= 5, "0.08*x + 5 has 5 nodes");
    }

    @Test
    void constantFoldingLeavesNonFiniteValuesAlone() {
        Expr e = Simplifier.simplify(TestBinding.bind("1/0 + x"));
        assertEquals(Double.POSITIVE_INFINITY, Evaluator.evaluate(e, 0, new double[] {1, 0, 0}, new double[3]));
        assertEquals(new Expr.Num(6.0), Simplifier.simplify(TestBinding.bind("2*3")));
    }

    private static Expr sym(String name) {
        return TestBinding.bind(name);
    }
}
