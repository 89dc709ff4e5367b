package org.neuropynamics.core.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Precedence, associativity, numbers and built-ins of the parser and interpreter, and error positions. */
class ExpressionParserTest {

    /** x = 0.5, y = -1.5, z = 2, a = 3, b = 0.25, c = -2; values exact up to 1e-12. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "2^3^2; 512", "2**3**2; 512", "-2^2; -4", "-2**2; -4", "2^-1; 0.5", "(-2)^2; 4", "2*3^2; 18",
        "1-2-3; -4", "8/2/2; 2", "2+3*4; 14", "(2+3)*4; 20", "-3-2; -5", "--3; 3", "+3; 3", "2*-3; -6",
        "1e-3; 0.001", ".5; 0.5", "80.; 80", "1.e-4; 0.0001", ".25e+02; 25", "2E2; 200",
        "1 < 2; 1", "2 <= 1; 0", "2 >= 2; 1", "3 > 4; 0", "1 == 1; 1", "1 != 1; 0", "1<2 & 2<1; 0",
        "1<2 | 2<1; 1", "1 | 0 & 0; 1", "not(0); 1", "not(3); 0", "1+2 < 4; 1",
        "if(1)then(2)else(3); 2", "if(x>1)then(2)else(3); 3", "IF(x<1)THEN(a)ELSE(b); 3",
        "exp(1); 2.718281828459045", "ln(exp(2)); 2", "log(exp(2)); 2", "log10(1000); 3", "sqrt(16); 4",
        "sin(pi/2); 1", "cos(0); 1", "tan(0); 0", "asin(1); 1.5707963267948966", "acos(1); 0",
        "atan(1); 0.7853981633974483", "atan2(1,-1); 2.356194490192345", "sinh(0); 0", "cosh(0); 1",
        "tanh(0); 0", "abs(-3); 3", "heav(0); 1", "heav(-0.001); 0", "sign(-3); -1", "sign(0); 0",
        "min(2,3); 2", "max(2,3); 3", "mod(-1,3); 2", "mod(5.5,-2); 1.5", "mod(-1,-3); -4",
        "mod(-7.5,2); 0.5", "flr(-1.5); -2", "ceil(1.2); 2", "PI; 3.141592653589793",
        "x*y+z; 1.25", "a*x^2; 0.75", "b/c; -0.125", "EXP(X)*Exp(0); 1.6487212707001282",
    })
    void evaluatesLikeXppaut(String expression, double expected) {
        assertEquals(expected, TestBinding.eval(expression), 1e-12 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "{0} -> {1}:{2} {3}")
    @CsvSource(delimiter = ';', value = {
        "x + ; 1; 4; expression expected but the line ends",
        "(x + 1; 1; 1; unbalanced parenthesis opened at column 1",
        "2*(x + (1); 1; 3; unbalanced parenthesis opened at column 3",
        "x + 1); 1; 6; unbalanced parenthesis: ')' has no matching '('",
        "x $ 1; 1; 3; unexpected character '$'",
        "sin(x,; 1; 7; expression expected but the line ends",
        "x y; 1; 3; unexpected 'y' after the end of the expression",
        "if(x)then(1); 1; 13; expected 'else' in if(...)then(...)else(...) begun at column 1 but found end of line",
        "1e999999; 1; 1; number 1e999999 is too large",
        "int{x}; 1; 1; Volterra integral 'int{...}' is not supported",
        "x[1]; 1; 2; array index 'x[...]' is not supported",
    })
    void reportsSyntaxErrorsWithPosition(String text, int line, int column, String message) {
        EquationException e = assertThrows(EquationException.class, () -> ExpressionParser.parse(text));
        assertEquals(message, e.detail());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals("line " + line + ", column " + column + ": " + message, e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> column {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "x + foo| 5| unknown name 'foo'",
        "exp(x, y)| 1| 'exp' takes 1 argument but 2 given",
        "2*exp| 3| 'exp' is a function; call it as exp(...)",
        "x(2)| 1| 'x' is not a function",
        "bar(1)| 1| unknown function 'bar'",
        "1 + delay(x, 2)| 5| 'delay' (delay equations) is not supported",
        "ran(1)| 1| 'ran' (random numbers) is not supported",
    })
    void reportsNameErrorsWithPosition(String text, int column, String message) {
        EquationException e = assertThrows(EquationException.class,
                () -> TestBinding.binder().bind(ExpressionParser.parse(text, 3, 1)));
        assertEquals(message, e.detail());
        assertEquals(3, e.line());
        assertEquals(column, e.column());
    }

    @Test
    void columnsCountFromTheGivenOffset() {
        EquationException e = assertThrows(EquationException.class,
                () -> TestBinding.binder().bind(ExpressionParser.parse("a*foo", 7, 10)));
        assertEquals("line 7, column 12: unknown name 'foo'", e.getMessage());
    }

    @Test
    void tenThousandParenthesesGiveAnErrorNotAStackOverflow() {
        String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
        EquationException e = assertThrows(EquationException.class, () -> ExpressionParser.parse(deep));
        assertEquals(1, e.line());
        assertEquals(ExpressionParser.MAX_NESTING + 1, e.column());
    }

    @Test
    void longOperatorChainsAreRejectedBeyondTheDepthLimit() {
        String ok = "x" + "+x".repeat(ExpressionParser.MAX_TREE_DEPTH - 2);
        assertEquals(0.5 * (ExpressionParser.MAX_TREE_DEPTH - 1), TestBinding.eval(ok), 1e-9);
        String tooLong = "x" + "+x".repeat(500_000);
        EquationException e = assertThrows(EquationException.class, () -> ExpressionParser.parse(tooLong));
        assertEquals(1, e.column());
    }
}
