package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.model.Model;

/**
 * Malformed and hostile input (a hand list plus ~400 generated strings, each as a whole file and as the
 * right-hand side of {@code x' = ...}): every case either fails with an {@link EquationException} that
 * names a line (and a column when one exists) or compiles to a model whose field runs; nothing else may
 * escape (no StackOverflowError, no Janino error, no code run). A sentinel system property checks that no
 * payload executed.
 */
class HostileInputTest {

    private static final List<String> HAND = List.of(
            "", " ", "\n\n\n", "# only a comment", "#\n#\n# more comments\n", "done", "\0", "x' = \0",
            "x' = 1\0", "\\u0022", "x' = \\u0022); System.exit(0); (\\u0022", "x' = \"); System.exit(0); (\"",
            "x' = System.exit(0)", "x' = new java.io.File(\"x\").delete()", "x' = java.lang.Runtime.getRuntime()",
            "x' = Math.exp(x)", "x' = x; System.setProperty(\"hostile\", \"ran\")",
            "x' = 1 /* comment */", "x' = 1 // comment", "x' = 'a'", "x' = x ? 1 : 0", "x' = x++",
            "x' = x += 1", "x' = {x}", "x' = }", "x' = ]", "x' = ((x)", "x' = (x))", "x' = )(",
            "x' = ((((((((((x", "x' = x)))))", "x' = sin(", "x' = sin)", "x' = if(x)then(1)",
            "x' = if(x)then(1)else", "x' = 1e999999", "x' = -1e999999", "x' = 1e-999999",
            "x' = " + "9".repeat(400), "x' = 0." + "0".repeat(400) + "1", "x' = " + "1".repeat(308),
            "x' = x^" + "9".repeat(50), "x' = é", "x' = x·2", "x' = ∞", "x' = x\u200b", "x' = \uFEFFx",
            "\uFEFFx' = 1", "x' = \ud800", "x'' = 1", "x'= = 1", "' = 1", "= 1", "x' 1", "x(t+2) = x",
            "x' = t(1)", "x' = pi(2)", "x' = exp", "x' = exp()", "x' = exp(1,2)", "x' = atan2(1)",
            "x' = min(1)", "par a=\nx' = a", "par =1\nx' = 1", "par a==1\nx' = a", "init x\nx'=1",
            "global\nx'=1", "global 1\nx'=1", "global 1 {x}\nx'=1", "global 1 {x} {x=}\nx'=1",
            "global 1 {x} {x=0\nx'=1", "global 2 {x} {x=0}\nx'=1", "@\nx'=1", "@ total\nx'=1",
            "@ dt=1e999\nx'=1", "x' = 1 \\", "x' = 1 +\\\n 2", "aux\nx'=1", "aux a\nx'=1", "number\nx'=1",
            "f() = 1\nx' = f()", "f(1) = 1\nx'=1", "f(x,x) = x\nx'=1", "f(x = 1\nx'=1", "t' = 1", "pi' = 1",
            "if' = 1", "x' = 1\nx' = 2", "x' = y\ny = x'", "x' = x\nx = 1", "x(0) = y\nx' = 1");

    @Test
    void handWrittenHostileInputFailsCleanly() {
        for (String text : HAND) {
            check(text);
            check("x' = " + text);
        }
    }

    @Test
    void generatedMalformedInputFailsCleanly() {
        Random random = new Random(7);
        String[] atoms = {"x", "y", "a", "1", ".5", "2e3", "(", ")", "+", "-", "*", "/", "^", "**", "<", ">=",
            "==", "&", "|", ",", "exp(", "sin(", "min(", "if(", ")then(", ")else(", "=", "'", "{", "}", ";",
            "[", "]", "#", "\\", "\"", "\0", "@", "foo", "not(", "heav(", "1e400", "$", "\t", "\n"};
        List<String> generated = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int k = 0; k < length; k++) {
                sb.append(atoms[random.nextInt(atoms.length)]);
            }
            generated.add(sb.toString());
        }
        int compiled = 0;
        for (String text : generated) {
            compiled += check("par a=1\ny' = 0\nx' = " + text) ? 1 : 0;
            check(text);
        }
        assertTrue(compiled < generated.size(), "most random strings are malformed");
    }

    @Test
    void hugeAndDeepInputFailsCleanly() {
        String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
        EquationException e = expectError("x' = " + deep);
        assertEquals(1, e.line());
        String unary = "-".repeat(100_000) + "x";
        expectError("x' = " + unary);
        String megabyteLine = "x' = x" + " + x".repeat(260_000);
        assertTrue(megabyteLine.length() > 1_000_000);
        expectError(megabyteLine);
        String megabyteName = "x' = " + "q".repeat(1_000_000);
        EquationException name = expectError(megabyteName);
        assertTrue(name.getMessage().length() < 200, "the message quotes an abbreviated name");
        String calls = "x' = " + "sin(".repeat(5000) + "x" + ")".repeat(5000);
        expectError(calls);
        // functions that expand exponentially are stopped by the size limit
        StringBuilder blowUp = new StringBuilder("f0(u) = u*u*u*u\n");
        for (int i = 1; i < 40; i++) {
            blowUp.append("f").append(i).append("(u) = f").append(i - 1).append("(u)*f").append(i - 1).append("(u)\n");
        }
        blowUp.append("x' = f39(x)\n");
        expectError(blowUp.toString());
    }

    private static EquationException expectError(String text) {
        try {
            OdeModelLoader.load("hostile", text, "hostile.ode");
        } catch (EquationException e) {
            assertTrue(e.line() >= 1, "error has a line: " + e.getMessage());
            return e;
        }
        fail("no error for " + text.substring(0, Math.min(80, text.length())));
        return null;
    }

    /** True when the text compiled; fails the test on anything but a positioned EquationException. */
    private static boolean check(String text) {
        System.clearProperty("hostile");
        try {
            Model m = OdeModelLoader.load("hostile", text, "hostile.ode");
            double[] y = m.initialState(m.defaultParameters());
            m.field().derivatives(0, y, m.defaultParameters(), new double[y.length]);
            return true;
        } catch (EquationException e) {
            boolean noDeclaration = e.getMessage().startsWith("no differential equation");
            if (!noDeclaration && e.line() < 1) {
                fail("error without a line for " + show(text) + ": " + e.getMessage());
            }
            assertTrue(!e.getMessage().isBlank());
            return false;
        } catch (Throwable t) {
            fail("unexpected " + t + " for " + show(text), t);
            return false;
        } finally {
            assertEquals(null, System.getProperty("hostile"), "payload ran");
        }
    }

    private static String show(String text) {
        String s = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return "'" + s.replace("\0", "\\0").replace("\n", "\\n") + "'";
    }
}
