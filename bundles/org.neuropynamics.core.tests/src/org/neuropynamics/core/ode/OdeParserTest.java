package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;

/** Statements of {@code .ode} files, their model, and errors with exact lines. */
class OdeParserTest {

    private static final String FILE = """
            # A test neuron
            # with two comment lines
            par a=1, b=-2
            p c=0.5 I=3
            param gamma=1e-3,\\
              delta=.5
            number k=2
            init x=1.5, y=-0.25
            z(0)=a*2
            f(u,w) = u*w + k
            s = F(x, y) + C
            dx/dt = -a*x + s
            Y' = b*Y + x
            z' = t*gamma + Delta
            aux total = x + y
            @ total=40, dt=.25, meth=euler, xlo=-1, XHI=2, ylo=-3, yhi=4, xp=x, yp=y, trans=5, bound=1000
            @ maxstor=20000, axes=3d, nout=2
            done
            w' = this is never read
            """;

    @Test
    void readsDeclarationsOptionsAndBuildsTheModel() {
        OdeFile f = OdeModelLoader.parse(FILE, "test.ode");
        assertEquals("A test neuron with two comment lines", f.description());
        assertEquals(List.of("a", "b", "c", "I", "gamma", "delta"),
                f.parameters().stream().map(OdeFile.ParameterDeclaration::name).toList());
        assertEquals(40, f.options().total().getAsDouble(), 0);
        assertEquals(0.25, f.options().dt().getAsDouble(), 0);
        assertEquals("euler", f.options().method().get());
        assertEquals(2, f.options().xhi().getAsDouble(), 0);
        assertEquals(-3, f.options().ylo().getAsDouble(), 0);
        assertEquals("y", f.options().yPlot().get());
        assertEquals(5, f.options().transientTime().getAsDouble(), 0);
        assertEquals(1000, f.options().bound().getAsDouble(), 0);

        Model m = OdeModelLoader.build("test", f);
        assertEquals(List.of("x", "Y", "z"), m.variableNames());
        assertEquals(Model.Kind.FLOW, m.kind());
        assertEquals("I", m.currentParameter());
        double[] p = m.defaultParameters();
        assertArrayEquals(new double[] {1, -2, 0.5, 3, 1e-3, 0.5}, p, 0);
        assertArrayEquals(new double[] {1.5, -0.25, 2.0}, m.initialState(p), 0);
        Parameter b = m.parameters().get(1);
        assertEquals(-4, b.min(), 0);
        assertEquals(0, b.max(), 0);
        assertEquals(0.04, b.step(), 1e-15);
        double[] dydt = new double[3];
        double[] y = {1.5, -0.25, 2.0};
        m.field().derivatives(2.0, y, p, dydt);
        double s = 1.5 * -0.25 + 2 + 0.5;
        assertArrayEquals(new double[] {-1.5 + s, -2 * -0.25 + 1.5, 2 * 1e-3 + 0.5}, dydt, 1e-15);
        assertTrue(m.equationsLatex().contains("\\frac{dx}{dt} &= -a\\,x + s"), m.equationsLatex());
    }

    @Test
    void fixedQuantitiesAreOrderedByDependencyAndFunctionsSeeThem() {
        Model m = OdeModelLoader.load("fix", """
                v' = g(v) - m
                m = h + 1
                g(u) = phi*u
                h = 2*v
                phi = 3
                """, null);
        double[] dydt = new double[1];
        m.field().derivatives(0, new double[] {2}, new double[0], dydt);
        assertEquals(3 * 2 - (2 * 2 + 1), dydt[0], 0);
        double[][] jac = new double[1][1];
        m.jacobian().jacobian(0, new double[] {2}, new double[0], jac);
        assertEquals(3 - 2, jac[0][0], 0);
    }

    @Test
    void mapsFromTPlusOneAndFromDiscreteMethod() {
        Model logistic = OdeModelLoader.load("logistic", "par r=3.5\nx(t+1) = r*x*(1-x)\ninit x=0.2\n", null);
        assertEquals(Model.Kind.MAP, logistic.kind());
        double[] next = new double[1];
        logistic.field().derivatives(0, new double[] {0.2}, logistic.defaultParameters(), next);
        assertEquals(3.5 * 0.2 * 0.8, next[0], 1e-15);
        Model discrete = OdeModelLoader.load("d", "x' = x/2\n@ meth=discrete\n", null);
        assertEquals(Model.Kind.MAP, discrete.kind());
        EquationException mixed = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("m", "x(t+1) = x\ny' = y\n", null));
        assertEquals("line 2: a file cannot mix differential equations and maps (see line 1)", mixed.getMessage());
    }

    @Test
    void wienerIsARandomInputNotAParameter() {
        Model noise = OdeModelLoader.load(Path.of("data/ode/noise.ode"));
        assertEquals(List.of("tau", "sigma"), noise.parameters().stream().map(p -> p.name()).toList());
        assertEquals(1, noise.noise().slots());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x' = 1\\nwiener|line 2, column 1: expected wiener NAME [, NAME ...]",
        "x' = 1\\ntable f lookup.tab|line 2, column 7: table 'f' would read the file 'lookup.tab': loading a model never reads other files; write the table as 'table f % npts xlo xhi expression'",
        "x' = 1\\nmarkov z 2|line 2: markov z needs 2 rows of rates {..}, found 0",
        "x' = 1\\nmarkov z 2\\n{0} {1} {2}|line 3, column 1: markov z: a row of 2 rates {..} {..} expected",
        "x' = 1\\nexport {x} {y}|line 2, column 1: 'export' (compiled DLL functions) is refused: opening a model never loads native code",
        "x' = 1\\nset fast a=1|line 2, column 5: expected set NAME {name=value, ...}",
        "x' = 1\\nspecial k=conv(x)|line 2, column 9: special conv takes 5 arguments, found 1",
        "x' = 1\\nspecial k=gill(1,r1)|line 2, column 9: special gill: only method 0 (Gillespie's direct method) exists, found 1",
        "x' = 1\\nspecial k=interp(0,r1)|line 2, column 9: special 'interp' is not supported (conv, sparse, mmult, fconv, fsparse, fmmult and gill are)",
        "x' = 1\\n0= x - y|line 2, column 1: each algebraic equation '0= ...' needs its variable named by 'solv NAME=guess' (found 1 '0=' and 0 'solv')",
        "x' = 1\\n0= x - 1\\nsolv y=0|line 2: the algebraic equation does not depend on 'y', the variable 'solv' names for it",
        "x' = delay(1, 1)|line 1, column 6: the first argument of delay(x, tau) must be a state variable",
        "u(t) = int{exp(-t)#u\\nx' = u|line 1, column 8: the Volterra integral 'int{' is not closed by '}'",
        "x[1..n]' = -x[j]|line 1, column 1: array index or bound 'n' must be integer arithmetic on numbers and j",
        "\\n\\nx' = -a*x|line 3, column 7: unknown name 'a'",
        "x' = 1\\nglobal 1 x {q=0}|line 2, column 13: 'q' is not a state variable; a global event can only reset state variables",
        "x' = 1\\npar x=2|line 2: 'x' is already declared on line 1",
        "x' = 1\\npar exp=2|line 2: 'exp' is a reserved name",
        "a = b + 1\\nb = a\\nx' = a|line 1, column 1: fixed quantity 'a' depends on itself",
        "f(x) = f(x) + 1\\nx' = f(x)|line 1, column 8: function 'f' calls itself",
        "x' = 1\\nfoo bar|line 2, column 1: unknown statement 'foo'",
        "x' = 1\\n@ total=abc|line 2: option 'total' needs a number, found 'abc'",
        "# only comments\\n# here|no differential equation (x' = ...) or map (x(t+1) = ...) found",
        "x' = (1 + x|line 1, column 6: unbalanced parenthesis opened at column 6",
        "x' = 1\\npar a=1, b=q|line 2, column 12: the value of parameter 'b' must be a number (unknown name 'q')",
    })
    void reportsErrorsWithTheirLine(String source, String message) {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("bad", source.replace("\\n", "\n"), "bad.ode"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void ignoredConstructsAreReportedAsWarnings() {
        OdeFile f = OdeModelLoader.parse("x' = y\ny' = -x\nbndry x-1\nonly x\n\"{a=1} active comment\n", null);
        assertEquals(List.of("line 3: boundary condition ignored (boundary-value problems are not supported)",
                "line 4: 'only' ignored (all variables are stored)"), f.warnings());
    }

    @Test
    void systemCompilerReportsLineAndColumnOfTypedText() {
        Model lv = SystemCompiler.compile("lv", "x' = 2*x - x^2 - x*y\ny' = -y + x*y", Map.of());
        double[] dydt = new double[2];
        lv.field().derivatives(0, new double[] {1, 0.5}, new double[0], dydt);
        assertArrayEquals(new double[] {2 - 1 - 0.5, -0.5 + 0.5}, dydt, 1e-15);
        assertNull(lv.spikeRule());
        Model withParameters = SystemCompiler.compile("lin", "par a=1\nx' = a*x + b*y\ny' = -x", Map.of("a", 3.0, "b", 2.0));
        assertArrayEquals(new double[] {3, 2}, withParameters.defaultParameters(), 0);
        EquationException e = assertThrows(EquationException.class,
                () -> SystemCompiler.compile("bad", "x' = x\ny' = -y + x*zz + 1", Map.of()));
        assertEquals("line 2, column 13: unknown name 'zz'", e.getMessage());
    }
}
