package org.neuropynamics.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.InterpretedSystem;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * The compiled class computes what the interpreter computes: field, Jacobian, switching function and
 * reset, on 200 random systems (fixed quantities, every operator and built-in) at 20 random points each.
 * Tolerance: 1e-12 relative (NaN must match NaN, infinities must match exactly).
 */
class GeneratedCodeTest {

    private static final double RELATIVE = 1e-12;

    @Test
    void compiledCodeEqualsInterpreterOnRandomSystems() {
        RandomSystems systems = new RandomSystems(20240601L);
        for (int s = 0; s < 200; s++) {
            EquationSystem system = systems.next();
            CompiledSystem compiled = ModelCompiler.compile(system);
            InterpretedSystem interpreted = new InterpretedSystem(system);
            for (int n = 0; n < 20; n++) {
                double t = systems.vector(1)[0];
                double[] y = systems.vector(3);
                double[] p = systems.vector(3);
                double[] expected = new double[3];
                double[] actual = new double[3];
                interpreted.derivatives(t, y, p, expected);
                compiled.field().derivatives(t, y, p, actual);
                for (int i = 0; i < 3; i++) {
                    check(expected[i], actual[i], "f" + i, s, compiled);
                }
                double[][] jExpected = new double[3][3];
                double[][] jActual = new double[3][3];
                interpreted.jacobian(t, y, p, jExpected);
                compiled.jacobian().jacobian(t, y, p, jActual);
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        check(jExpected[i][j], jActual[i][j], "J" + i + j, s, compiled);
                    }
                }
                check(interpreted.switching(t, y, p), compiled.spikeRule().switching(t, y, p), "switching", s,
                        compiled);
                double[] yExpected = y.clone();
                double[] yActual = y.clone();
                interpreted.reset(t, yExpected, p);
                compiled.spikeRule().reset(t, yActual, p);
                for (int i = 0; i < 3; i++) {
                    check(yExpected[i], yActual[i], "reset y" + i, s, compiled);
                }
            }
        }
    }

    private static void check(double expected, double actual, String what, int system, CompiledSystem c) {
        boolean same = Double.compare(expected, actual) == 0
                || Math.abs(expected - actual) <= RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
        if (!same) {
            fail("system " + system + " " + what + ": interpreter " + expected + ", compiled " + actual + "\n"
                    + c.javaSource());
        }
    }

    @Test
    void jacobianOfAnOdeFileMatchesFiniteDifferencesOfItsField() {
        Model m = OdeModelLoader.load("hh-like", """
                par gna=120, ena=50, gk=36, ek=-77, gl=0.3, el=-54.4, i=10
                am(v) = 0.1*(v+40)/(1-exp(-(v+40)/10))
                bm(v) = 4*exp(-(v+65)/18)
                minf = am(v)/(am(v)+bm(v))
                ina = gna*minf^3*h*(v-ena)
                v' = i - ina - gk*n^4*(v-ek) - gl*(v-el)
                h' = 0.07*exp(-(v+65)/20)*(1-h) - h/(1+exp(-(v+35)/10))
                n' = 0.01*(v+55)/(1-exp(-(v+55)/10))*(1-n) - 0.125*exp(-(v+65)/80)*n
                """, "hh-like.ode");
        double[] p = m.defaultParameters();
        double[][] jac = new double[3][3];
        double[][] states = {{-65, 0.6, 0.32}, {-20, 0.3, 0.5}, {10, 0.1, 0.7}, {-52.3, 0.45, 0.41}};
        for (double[] y : states) {
            m.jacobian().jacobian(0, y, p, jac);
            for (int j = 0; j < 3; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(y[j]));
                double[] plus = y.clone();
                double[] minus = y.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] fp = new double[3];
                double[] fm = new double[3];
                m.field().derivatives(0, plus, p, fp);
                m.field().derivatives(0, minus, p, fm);
                for (int i = 0; i < 3; i++) {
                    double fd = (fp[i] - fm[i]) / (2 * h);
                    assertEquals(fd, jac[i][j], 1e-6 * Math.max(1, Math.abs(fd)), "J" + i + j);
                }
            }
        }
    }

    @Test
    void generatedSourceContainsNoUserText() {
        String ode = """
                par SystemExit=1, Runtime.getRuntime=2, java.io.File=3, ClassLoader=4
                f(delete) = delete*SystemExit
                exec = f(Runtime.getRuntime) + java.io.File
                x' = exec - ClassLoader*x
                global 1 x-10 {x=0}
                """;
        String source = ModelSourceGenerator.generate(OdeModelLoader.bind(OdeModelLoader.parse(ode, "n.ode")));
        for (String userText : new String[] {"SystemExit", "Runtime", "java.io", "delete", "exec", "ClassLoader"}) {
            assertFalse(source.contains(userText), userText + " in\n" + source);
        }
        // every identifier in the source is ours: Java keywords, our types, array and local names
        String identifiers = source.replaceAll("[^A-Za-z_.]+", " ").strip();
        for (String id : identifiers.split(" +")) {
            assertTrue(id.matches("import|MathFunctions|MathFunctions\\.[a-zA-Z]+|public|final|class|implements|void|double|return|GeneratedModel|t|y|p|v|dydt|derivatives|jacobianValues|switching|reset"
                    + "|int|k|eventCount|direction|switch|case|default|if"
                    + "|f\\d*|d\\d*|E|Math\\.[a-z0-9]+|org\\.neuropynamics\\.core\\.[A-Za-z.]+|Double\\.[A-Z_]+|\\."),
                    "unexpected identifier " + id + " in\n" + source);
        }
        Model m = OdeModelLoader.load("names", ode, "n.ode");
        double[] dydt = new double[1];
        m.field().derivatives(0, new double[] {2}, m.defaultParameters(), dydt);
        assertEquals(1 * 2 + 3 - 4 * 2, dydt[0], 0.0);
    }
}
