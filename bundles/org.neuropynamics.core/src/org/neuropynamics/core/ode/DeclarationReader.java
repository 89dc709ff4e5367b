package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.equations.Binder;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.ExpressionParser;
import org.neuropynamics.core.equations.Token;

/** Reads the bodies of keyword statements: {@code par}, {@code number}, {@code init}, {@code aux}, {@code global}. */
final class DeclarationReader {

    private DeclarationReader() {
    }

    /** {@code a=1, b=2} or {@code a=1 b=2}: names with constant values. */
    static void readNumbers(ExpressionParser tokens, List<OdeFile.ParameterDeclaration> out, String what) {
        do {
            Token name = tokens.expect(Token.Kind.NAME, what + " name");
            // XPPAUT reads a bare name ("par a, b=2") as the value 0
            Expr value = bareName(tokens) ? Expr.Num.ZERO : assignedValue(tokens, name);
            out.add(new OdeFile.ParameterDeclaration(name.text(), constant(value, what, name), name.line()));
            // XPPAUT passes over a ';' between or after declarations ("par th=0.05, gbarNa=50;", ModelDB 206380)
            if (!tokens.accept(Token.Kind.COMMA)) {
                tokens.accept(Token.Kind.SEMICOLON);
            }
        } while (!tokens.at(Token.Kind.END));
    }

    /** {@code x=expr, y=expr} (init, aux). */
    static void readAssignments(ExpressionParser tokens, List<OdeFile.Definition> out, boolean several) {
        do {
            Token name = tokens.expect(Token.Kind.NAME, "a name");
            Expr value = several && bareName(tokens) ? Expr.Num.ZERO : assignedValue(tokens, name);
            out.add(new OdeFile.Definition(name.text(), value, name.line(), name.column()));
            if (!several) {
                tokens.expectEnd();
            }
            tokens.accept(Token.Kind.COMMA);
        } while (!tokens.at(Token.Kind.END));
    }

    private static boolean bareName(ExpressionParser tokens) {
        return tokens.at(Token.Kind.COMMA) || tokens.at(Token.Kind.END) || tokens.at(Token.Kind.NAME);
    }

    private static Expr assignedValue(ExpressionParser tokens, Token name) {
        tokens.expect(Token.Kind.ASSIGN, "'=' after '" + name.text() + "'");
        return tokens.parseExpression();
    }

    /** {@code global sign {condition} {x=..; y=..}} (the braces around the condition are optional). */
    static OdeFile.GlobalEvent readGlobal(ExpressionParser tokens, int line) {
        boolean negative = tokens.accept(Token.Kind.MINUS);
        if (!negative) {
            tokens.accept(Token.Kind.PLUS);
        }
        Token sign = tokens.expect(Token.Kind.NUMBER, "the crossing direction 1, -1 or 0");
        double s = negative ? -sign.number() : sign.number();
        if (s != 1 && s != -1 && s != 0) {
            throw ExpressionParser.error(sign, "the crossing direction must be 1, -1 or 0");
        }
        Expr condition;
        if (tokens.at(Token.Kind.LBRACE)) {
            Token open = tokens.next();
            condition = tokens.parseExpression();
            closeBrace(tokens, open);
        } else {
            condition = tokens.parseExpression();
        }
        Token open = tokens.expect(Token.Kind.LBRACE, "'{' before the event's assignments");
        List<OdeFile.Definition> assignments = new ArrayList<>();
        while (!tokens.at(Token.Kind.RBRACE)) {
            Token name = tokens.expect(Token.Kind.NAME, "a variable to reset");
            tokens.expect(Token.Kind.ASSIGN, "'=' after '" + name.text() + "'");
            assignments.add(new OdeFile.Definition(name.text(), tokens.parseExpression(), name.line(),
                    name.column()));
            if (!tokens.accept(Token.Kind.SEMICOLON) && !tokens.at(Token.Kind.RBRACE)) {
                throw ExpressionParser.error(tokens.peek(), "expected ';' or '}' but found " + tokens.peek().describe());
            }
        }
        closeBrace(tokens, open);
        tokens.expectEnd();
        return new OdeFile.GlobalEvent((int) s, condition, assignments, line);
    }

    private static void closeBrace(ExpressionParser tokens, Token open) {
        if (!tokens.at(Token.Kind.RBRACE)) {
            throw ExpressionParser.error(tokens.at(Token.Kind.END) ? open : tokens.peek(),
                    "unbalanced brace: '{' opened at column " + open.column() + " is not closed");
        }
        tokens.next();
    }

    private static double constant(Expr value, String what, Token name) {
        Expr bound;
        try {
            bound = new Binder(Map.of(), Map.of()).bind(value);
        } catch (EquationException e) {
            throw new EquationException(e.line(), e.column(), "the value of " + what + " '" + name.text()
                    + "' must be a number (" + e.detail() + ")");
        }
        double v = Evaluator.evaluate(bound, 0.0, new double[0], new double[0]);
        if (!Double.isFinite(v)) {
            throw ExpressionParser.error(name, "the value of " + what + " '" + name.text() + "' is not finite");
        }
        return v;
    }
}
