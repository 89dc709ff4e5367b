package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.model.Numbers;

/**
 * Issue 19, typos are errors: "par a=5abc" used to declare a = 5 and an extra parameter abc, "@ meth=bogus" was
 * ignored, and Double.parseDouble accepts "100f", "1d", "0x1p3", "NaN" and "Infinity".
 */
class StrictOdeTest {

    @Test
    void aNumberRunningIntoLettersIsAnError() {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.parse("par a=5abc\nx' = -a*x\n", "t.ode"));
        assertTrue(e.getMessage().contains("'5abc' is not a number"), e.getMessage());
        assertEquals(1, e.line());
        assertThrows(EquationException.class, () -> OdeModelLoader.parse("x' = -2x\n", "t.ode"));
        assertThrows(EquationException.class, () -> OdeModelLoader.parse("x' = -1.5.2*x\n", "t.ode"));
        // numbers with exponents and spaces before names stay valid
        OdeFile ok = OdeModelLoader.parse("par a=5 b=1e-3\nx' = -a*x + 2.5e+1*b\n", "t.ode");
        assertEquals(2, ok.parameters().size());
        assertEquals(1e-3, ok.parameters().get(1).value(), 0.0);
    }

    @Test
    void unknownMethodsAndNonDecimalOptionValuesAreErrors() {
        EquationException e = assertThrows(EquationException.class,
                () -> OdeModelLoader.parse("x' = -x\n@ meth=bogus\n", "t.ode"));
        assertTrue(e.getMessage().contains("unknown integration method 'bogus'"), e.getMessage());
        assertEquals("euler", OdeModelLoader.parse("x' = -x\n@ meth=euler\n", "t.ode").options().method().get());
        assertEquals("qualrk", OdeModelLoader.parse("x' = -x\n@ meth=qualrk\n", "t.ode").options().method().get());
        assertTrue(OdeModelLoader.parse("x(t+1) = x/2\n@ meth=disc\n", "t.ode").map());
        // a method spelled with a hyphen (ModelDB 127022's vMN files, which XPPAUT runs: it reads the first letter)
        OdeFile hyphen = OdeModelLoader.parse("x' = -x\n@ method=runge-kutta\n", "t.ode");
        assertEquals("rk4", OdeRunSettings.of(hyphen).method());
        assertEquals("dopri5", OdeRunSettings.of(OdeModelLoader.parse("x' = -x\n@ meth=83-dp\n", "t.ode")).method());
        for (String bad : new String[] {"100f", "1d", "0x1p3", "NaN", "Infinity"}) {
            assertThrows(EquationException.class, () -> OdeModelLoader.parse("x' = -x\n@ total=" + bad + "\n", "t.ode"),
                    bad);
        }
        assertEquals(0.05, OdeModelLoader.parse("x' = -x\n@ dt=.05\n", "t.ode").options().dt().getAsDouble(), 0.0);
    }

    @Test
    void strictDecimalsAcceptOnlyDecimals() {
        for (String ok : new String[] {"1", "-2.5", "+.5", "3.", "1e9", "2.5E-3"}) {
            assertTrue(Numbers.isDecimal(ok), ok);
        }
        for (String bad : new String[] {"100f", "1d", "0x1p3", "NaN", "Infinity", " 1", "1 ", "", "e5", "1e", "--1"}) {
            assertTrue(!Numbers.isDecimal(bad), bad);
        }
        assertEquals(-2.5e-3, Numbers.parse("-2.5e-3"), 0.0);
    }
}
