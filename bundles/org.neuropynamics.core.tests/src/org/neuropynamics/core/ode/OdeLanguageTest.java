package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;
import org.neuropynamics.core.model.SparseJacobian;

/**
 * XPPAUT's language beyond plain equations (its manual, "ODE file format"): arrays and their index
 * arithmetic, {@code %[..]} blocks, {@code sum()of()}, lenient keywords, repeated declarations, derived
 * parameters, {@code set} blocks. Each is checked by evaluating the model's right-hand sides at a state
 * against the values written out by hand.
 */
class OdeLanguageTest {

    private static double[] derivatives(Model m, double... y) {
        double[] dydt = new double[y.length];
        m.field().derivatives(0, y, m.defaultParameters(), dydt);
        return dydt;
    }

    @Test
    void arrayLinesRepeatWithIndexArithmetic() {
        Model m = OdeModelLoader.load("a", "par k=2\nx0' = -x0\nx[1..3]' = k*x[j-1] - x[j] + [j]\n"
                + "init x[1..3]=5\n", "a.ode");
        assertEquals(List.of("x0", "x1", "x2", "x3"), m.variableNames());
        assertArrayEquals(new double[] {0, 5, 5, 5}, m.initialState(m.defaultParameters()), 0);
        // x1' = 2 x0 - x1 + 1, x2' = 2 x1 - x2 + 2, x3' = 2 x2 - x3 + 3
        assertArrayEquals(new double[] {-1, 2 * 1 - 2 + 1, 2 * 2 - 3 + 2, 2 * 3 - 4 + 3},
                derivatives(m, 1, 2, 3, 4), 1e-15);
    }

    @Test
    void blocksSumsShiftsAndComments() {
        String source = """
                % a comment line, as XPPAUT reads it
                %[1..2]
                u[j]' = -u[j] + v[j]
                v[j]' = -v[j]
                %
                total = sum(1,2)of(shift(u1, i'-1)*i')
                w' = total - w + flux[2]
                flux[1..2] = [j]*10
                """;
        Model m = OdeModelLoader.load("b", source, "b.ode");
        assertEquals(List.of("u1", "v1", "u2", "v2", "w"), m.variableNames());
        // total = u1*1 + u2*2 = 1 + 6 = 7; w' = 7 - 5 + flux2 (20)
        assertArrayEquals(new double[] {-1 + 2, -2, -3 + 4, -4, 7 - 5 + 20}, derivatives(m, 1, 2, 3, 4, 5), 1e-15);
    }

    @Test
    void keywordsAsXppautReadsThem() {
        OdeFile f = OdeModelLoader.parse("parameters a=3\ninitial x=2\nnumbers c=4\nx' = -a*x + c\nboundry x-1\n",
                "k.ode");
        Model m = OdeModelLoader.build("k", f);
        assertArrayEquals(new double[] {3}, m.defaultParameters(), 0);
        assertArrayEquals(new double[] {2}, m.initialState(m.defaultParameters()), 0);
        assertArrayEquals(new double[] {-6 + 4}, derivatives(m, 2), 1e-15);
        assertEquals(List.of("line 5: boundary condition ignored (boundary-value problems are not supported)"),
                f.warnings());
    }

    @Test
    void laterDeclarationWinsWithAWarning() {
        OdeFile f = OdeModelLoader.parse("par a=1, b=2\nx' = -a*x + b + g(x)\ng(u) = u\npar a=5\ng(u) = 2*u\n",
                "d.ode");
        Model m = OdeModelLoader.build("d", f);
        assertEquals(List.of("a", "b"), m.parameters().stream().map(p -> p.name()).toList());
        assertArrayEquals(new double[] {5, 2}, m.defaultParameters(), 0);
        assertArrayEquals(new double[] {-5 + 2 + 2}, derivatives(m, 1), 1e-15);
        assertEquals(List.of(
                "line 4: parameter 'a' declared again (first on line 1); the later one is used",
                "line 5: function 'g' declared again (first on line 3); the later one is used"), f.warnings());
    }

    @Test
    void derivedParametersFollowTheirParameters() {
        Model m = OdeModelLoader.load("p", "par tau=4\n!rate = 1/tau\nx' = -rate*x\n", "p.ode");
        double[] dydt = new double[1];
        m.field().derivatives(0, new double[] {2}, new double[] {8}, dydt);
        assertEquals(-2.0 / 8, dydt[0], 1e-15);
    }

    @Test
    void setBlocksBecomePresets() {
        OdeFile f = OdeModelLoader.parse("par g=9.81, l=1\nx' = y\ny' = -g/l*sin(x)\n"
                + "set Moon {g=1.62, x=0.1, xlo=-2}\nset Long {l=2}\n", "s.ode");
        Model m = OdeModelLoader.build("s", f);
        assertEquals(List.of(new Preset("Moon", Map.of("g", 1.62)), new Preset("Long", Map.of("l", 2.0))),
                m.presets());
        assertEquals(List.of("line 4: set Moon: initial values of x are not part of the preset (presets hold "
                + "parameters)"), f.warnings());
    }

    @Test
    void arrayErrorsNameTheirLine() {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("e", "x' = 1\n%[1..2]\ny[j]' = 1\n", "e.ode"));
        assertEquals("line 2, column 1: the block '%[..]' is not closed by a line '%'", e.getMessage());
        e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("e", "x' = sum(1,n)of(i')\n", "e.ode"));
        assertEquals("line 1, column 1: array index or bound 'n' must be integer arithmetic on numbers and j",
                e.getMessage());
        e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("e", "x' = sum(1,100000000)of(x*i')\n", "e.ode"));
        assertEquals("line 1, column 6: sum(1,100000000)of(...) expands to more than 4000000 characters",
                e.getMessage());
        e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("e", "x[1..1000000]' = 1\n", "e.ode"));
        assertEquals("line 1, column 1: the arrays expand to more than 200000 statements", e.getMessage());
    }

    /**
     * A chain of 2001 variables from one array line compiles (split code, sparse Jacobian) and integrates:
     * x0' = -x0, xk' = x(k-1) - xk with x0(0) = 1 has the Poisson solution xk(t) = t^k e^-t / k!.
     */
    @Test
    void twoThousandVariablesCompileAndRun() {
        Model m = OdeModelLoader.load("chain", "x0' = -x0\nx[1..2000]' = x[j-1] - x[j]\ninit x0=1\n", "chain.ode");
        assertEquals(2001, m.dimension());
        Trace trace = Simulation.run(SimulationRequest.builder(m).parameters(m.defaultParameters())
                .initialState(m.initialState(m.defaultParameters())).tEnd(2).dt(0.01).method("rk4")
                .sampleInterval(2).build());
        double[] y = trace.finalState();
        double factorial = 1;
        for (int k = 0; k <= 6; k++) {
            factorial *= Math.max(k, 1);
            assertEquals(Math.pow(2, k) * Math.exp(-2) / factorial, y[k], 1e-8, "x" + k + "(2)");
        }
        assertEquals(0, y[2000], 1e-300);
        // the Jacobian is sparse: a diagonal of -1 and a subdiagonal of 1, 4001 non-zeros
        SparseJacobian jacobian = (SparseJacobian) m.jacobian();
        assertEquals(2 * 2001 - 1, jacobian.nonZeros());
        double[] values = new double[jacobian.nonZeros()];
        jacobian.values(0, y, m.defaultParameters(), values);
        for (int i = 1; i <= 2000; i++) {
            for (int k = jacobian.rowStart(i); k < jacobian.rowStart(i + 1); k++) {
                assertEquals(jacobian.column(k) == i ? -1 : 1, values[k], 0, "J[" + i + "][" + jacobian.column(k) + "]");
            }
        }
    }

    /** table w % 5 0 4 t^2: points 0, 1, 4, 9, 16, linear between them, clamped outside [0, 4]. */
    @Test
    void computedTablesInterpolateLinearly() {
        Model m = OdeModelLoader.load("t", "par a=1\ntable w % 5 0 4 a*t^2\nx' = w(x)\ny' = w(2.5)\n", "t.ode");
        assertArrayEquals(new double[] {1, 6.5}, derivatives(m, 1, 0), 1e-12);
        assertArrayEquals(new double[] {(4 + 9) / 2.0, 6.5}, derivatives(m, 2.5, 0), 1e-12);
        assertArrayEquals(new double[] {16, 6.5}, derivatives(m, 7, 0), 1e-12);
        assertArrayEquals(new double[] {0, 6.5}, derivatives(m, -3, 0), 1e-12);
        // the table follows its parameter
        double[] dydt = new double[2];
        m.field().derivatives(0, new double[] {3, 0}, new double[] {2}, dydt);
        assertArrayEquals(new double[] {18, 13}, dydt, 1e-12);
    }

    /**
     * conv with XPPAUT's boundary rules, over u0..u3 = 1, 2, 3, 4 and weights (1, 10, 100) for offsets -1, 0, 1:
     * even reflects (u[-1] = u1, u[4] = u2), 0 drops, periodic wraps.
     */
    @Test
    void convolutionsWithTheirBoundaries() {
        String source = """
                table w % 3 -1 1 10^(t+1)
                special e=conv(even,4,1,w,u0)
                special z=conv(0,4,1,w,u0)
                special p=conv(periodic,4,1,w,u0)
                u[0..3]' = 0
                aux dummy = 0
                s0' = e(0) + 1000*z(0)
                s3' = e(3)
                s4' = z(3)
                s5' = p(0) + p(3)
                """;
        Model m = OdeModelLoader.load("c", source, "c.ode");
        double[] d = derivatives(m, 1, 2, 3, 4, 0, 0, 0, 0);
        double e0 = 1 * 2 + 10 * 1 + 100 * 2;
        double z0 = 10 * 1 + 100 * 2;
        assertEquals(e0 + 1000 * z0, d[4], 1e-9);
        assertEquals(1 * 3 + 10 * 4 + 100 * 3, d[5], 1e-9);
        assertEquals(1 * 3 + 10 * 4, d[6], 1e-9);
        assertEquals((1 * 4 + 10 * 1 + 100 * 2) + (1 * 3 + 10 * 4 + 100 * 1), d[7], 1e-9);
    }

    @Test
    void sparseAndMatrixProducts() {
        String source = """
                table w % 4 0 3 t+1
                table idx % 4 0 3 3-t
                special s=sparse(2,2,w,idx,u0)
                special m=mmult(2,2,w,u0)
                u[0..3]' = 0
                a' = s(0)
                b' = s(1)
                c' = m(0)
                d' = m(1)
                """;
        Model m = OdeModelLoader.load("s", source, "s.ode");
        double[] d = derivatives(m, 1, 2, 3, 4, 0, 0, 0, 0);
        // sparse: s(i) = sum_j w[2i+j] u[idx[2i+j]], idx = 3, 2, 1, 0; w = 1, 2, 3, 4
        assertEquals(1 * 4 + 2 * 3, d[4], 1e-12);
        assertEquals(3 * 2 + 4 * 1, d[5], 1e-12);
        // mmult: m(i) = sum_{j<2} w[2i+j] u[j]
        assertEquals(1 * 1 + 2 * 2, d[6], 1e-12);
        assertEquals(3 * 1 + 4 * 2, d[7], 1e-12);
    }

    @Test
    void tablesFromFilesAreRefused() {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.load("f", "table v V0.tab\nx' = v(x)\n", "f.ode"));
        assertEquals("line 1, column 7: table 'v' would read the file 'V0.tab': loading a model never reads other "
                + "files; write the table as 'table v % npts xlo xhi expression'", e.getMessage());
    }

    /**
     * x' = -x, 0 = x + y - 1 (XPPAUT's dae_ex1): y = 1 - x = 1 - e^-t. The start of y is made consistent from the
     * solv guess; with rodas y follows the constraint (index-reduced), with rk4 it is XPPAUT's Newton solution,
     * within XPPAUT's tolerance 1e-3 of it ({@link OdeAlgebraicXppautTest} checks it against XPPAUT's output).
     */
    @Test
    void algebraicEquationsFollowTheirConstraint() {
        Model m = OdeModelLoader.load("dae", "x' = -x\n0= x + y - 1\nx(0)=1\nsolv y=5\n", "dae.ode");
        assertEquals(List.of("x", "y"), m.variableNames());
        double[] y0 = m.initialState(m.defaultParameters());
        assertArrayEquals(new double[] {1, 0}, y0, 1e-12);
        Trace trace = Simulation.run(SimulationRequest.builder(m).parameters(m.defaultParameters())
                .initialState(y0).tEnd(2).dt(0.01).method("rodas").sampleInterval(2).build());
        assertEquals(Math.exp(-2), trace.finalState()[0], 1e-6);
        assertEquals(1 - Math.exp(-2), trace.finalState()[1], 1e-6);
        Trace rk4 = Simulation.run(SimulationRequest.builder(m).parameters(m.defaultParameters())
                .initialState(y0).tEnd(2).dt(0.01).method("rk4").sampleInterval(2).build());
        assertEquals(Math.exp(-2), rk4.finalState()[0], 1e-9);
        assertEquals(1 - Math.exp(-2), rk4.finalState()[1], 1e-3);
        // a nonlinear one (XPPAUT's dae.ode): Newton gives the consistent start x + y + y^3 + y^5 = 0 at x = 3
        Model n = OdeModelLoader.load("dae2", "x'=y\n0=x+y+y^3+y^5\nsolve y=-1\nx(0)=3\n", "dae2.ode");
        double y = n.initialState(n.defaultParameters())[1];
        assertEquals(0, 3 + y + Math.pow(y, 3) + Math.pow(y, 5), 1e-12);
    }

    /**
     * ModelDB 146734 (Komek et al.): {@code global 1 x[0..49]-pi {x[j]=-pi}}, an event per element of an array.
     * x' = 1 from (0, 0.5) reset to 0 at 1: x1 resets at t = 1 and 2, x2 at 0.5 and 1.5, so at t = 2.2
     * x1 = 0.2 and x2 = 0.7 (XPPAUT's interpolated crossing is exact for a linear x).
     */
    @Test
    void globalEventsOverAnArray() {
        OdeFile file = OdeModelLoader.parse("x[1..2]' = 1\nglobal 1 x[1..2]-1 {x[j]=0}\ninit x1=0, x2=0.5\n"
                + "@ total=2.2, dt=0.01\n", "g.ode");
        assertEquals(2, file.events().size());
        Model m = OdeModelLoader.build("g", file);
        org.neuropynamics.core.integrate.Trace tr = org.neuropynamics.core.integrate.Simulation.run(OdeRunSettings
                .of(file).applyTo(org.neuropynamics.core.integrate.SimulationRequest.builder(m)).build());
        assertArrayEquals(new double[] {0.2, 0.7}, tr.finalState(), 1e-9);
    }

    /**
     * Auxiliaries are outputs no formula reads: ModelDB 127355's {@code aux ina=ina} (a fixed quantity) and
     * 189088's {@code aux gkc = gKC*cd*chid} (a parameter, XPPAUT ignoring case) load as XPPAUT loads them, and
     * the equations keep the fixed quantity and the parameter; ModelDB 206380's {@code par th=0.05, gbarNa=50;}
     * ends with a semicolon XPPAUT passes over.
     */
    @Test
    void auxiliaryUnderADeclaredNameAndParameterLineEndingInASemicolon() {
        Model m = OdeModelLoader.load("a", "par g=2, gKC=3;\nina = g*v\nv' = -ina - gKC*v\naux ina=ina\n"
                + "aux gkc=gKC*v\ninit v=1\n", "a.ode");
        assertEquals(List.of("g", "gKC"), m.parameters().stream().map(p -> p.name()).toList());
        // v' = -2 v - 3 v at v = 1
        assertArrayEquals(new double[] {-5}, derivatives(m, 1.0), 0);
    }
}
