package org.neuropynamics.core.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the equation language over a token list, producing unbound {@link Expr}
 * trees. Precedence, loosest first: {@code |}, {@code &}, comparisons, {@code + -}, {@code * /}, unary
 * minus, power ({@code ^} or {@code **}, right-associative, so {@code -2^2 = -4} and
 * {@code 2^3^2 = 512}; note that xppaut 6.11 itself computes {@code 2^3^2} as 64).
 * <p>
 * Statement parsers (the {@code .ode} reader) use the cursor methods to read declarations around
 * expressions. Nesting is limited to {@value #MAX_NESTING} levels so hostile input gives an error,
 * never a {@link StackOverflowError}.
 */
public final class ExpressionParser {

    /** Deepest allowed nesting of parentheses, unary operators and calls. */
    public static final int MAX_NESTING = 250;
    /** Deepest allowed expression tree (long operator chains included). */
    public static final int MAX_TREE_DEPTH = 600;

    private final List<Token> tokens;
    private int index;
    private int nesting;

    /** A parser over the given tokens (ending with an END token). */
    public ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A parser over one statement of text at the given line, whose first char is at firstColumn. */
    public static ExpressionParser of(String text, int line, int firstColumn) {
        return new ExpressionParser(Lexer.tokenize(text, line, firstColumn));
    }

    /**
     * Parses a complete expression (nothing may follow it).
     *
     * @throws EquationException with line and column on any syntax error
     */
    public static Expr parse(String text, int line, int firstColumn) {
        ExpressionParser parser = of(text, line, firstColumn);
        Expr e = parser.parseExpression();
        parser.expectEnd();
        return e;
    }

    /** Parses a complete expression on line 1. */
    public static Expr parse(String text) {
        return parse(text, 1, 1);
    }

    // ---- cursor -------------------------------------------------------------------------------

    /** The current token. */
    public Token peek() {
        return tokens.get(index);
    }

    /** The token after the current one (END at the end). */
    public Token peekAhead(int offset) {
        return tokens.get(Math.min(index + offset, tokens.size() - 1));
    }

    /** Consumes and returns the current token. */
    public Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.END) {
            index++;
        }
        return t;
    }

    /** True when the current token has the given kind. */
    public boolean at(Token.Kind kind) {
        return peek().kind() == kind;
    }

    /** Consumes the current token when it has the given kind. */
    public boolean accept(Token.Kind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes a token of the given kind or fails with "expected WHAT but found ...". */
    public Token expect(Token.Kind kind, String what) {
        if (!at(kind)) {
            throw error(peek(), "expected " + what + " but found " + peek().describe());
        }
        return next();
    }

    /** Fails unless all tokens are consumed. */
    public void expectEnd() {
        Token t = peek();
        if (t.kind() == Token.Kind.RPAREN) {
            throw error(t, "unbalanced parenthesis: ')' has no matching '('");
        }
        if (t.kind() != Token.Kind.END) {
            throw error(t, "unexpected " + t.describe() + " after the end of the expression");
        }
    }

    /** An exception located at the given token. */
    public static EquationException error(Token at, String message) {
        return new EquationException(at.line(), at.column(), message);
    }

    // ---- grammar ------------------------------------------------------------------------------

    /** Parses one expression starting at the current token. */
    public Expr parseExpression() {
        Token first = peek();
        Expr e = parseOr();
        if (Expressions.depth(e) > MAX_TREE_DEPTH) {
            throw error(first, "expression is too deeply nested (more than " + MAX_TREE_DEPTH + " levels)");
        }
        return e;
    }

    private Expr parseOr() {
        Expr left = parseAnd();
        while (accept(Token.Kind.OR)) {
            left = new Expr.Binary(BinaryOp.OR, left, parseAnd());
        }
        return left;
    }

    private Expr parseAnd() {
        Expr left = parseComparison();
        while (accept(Token.Kind.AND)) {
            left = new Expr.Binary(BinaryOp.AND, left, parseComparison());
        }
        return left;
    }

    private Expr parseComparison() {
        Expr left = parseAdditive();
        while (true) {
            BinaryOp op = switch (peek().kind()) {
                case LT -> BinaryOp.LT;
                case GT -> BinaryOp.GT;
                case LE -> BinaryOp.LE;
                case GE -> BinaryOp.GE;
                case EQ -> BinaryOp.EQ;
                case NE -> BinaryOp.NE;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            next();
            left = new Expr.Binary(op, left, parseAdditive());
        }
    }

    private Expr parseAdditive() {
        Expr left = parseMultiplicative();
        while (at(Token.Kind.PLUS) || at(Token.Kind.MINUS)) {
            BinaryOp op = next().kind() == Token.Kind.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
            left = new Expr.Binary(op, left, parseMultiplicative());
        }
        return left;
    }

    private Expr parseMultiplicative() {
        Expr left = parseUnary();
        while (at(Token.Kind.STAR) || at(Token.Kind.SLASH)) {
            BinaryOp op = next().kind() == Token.Kind.STAR ? BinaryOp.MUL : BinaryOp.DIV;
            left = new Expr.Binary(op, left, parseUnary());
        }
        return left;
    }

    private Expr parseUnary() {
        Token t = peek();
        if (t.kind() == Token.Kind.MINUS || t.kind() == Token.Kind.PLUS) {
            enter(t);
            next();
            Expr operand = parseUnary();
            nesting--;
            return t.kind() == Token.Kind.MINUS ? new Expr.Neg(operand) : operand;
        }
        return parsePower();
    }

    private Expr parsePower() {
        Expr base = parsePrimary();
        if (at(Token.Kind.POWER)) {
            Token op = next();
            enter(op);
            Expr exponent = parseUnary();
            nesting--;
            return new Expr.Binary(BinaryOp.POW, base, exponent);
        }
        return base;
    }

    private Expr parsePrimary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                next();
                return new Expr.Num(t.number());
            case LPAREN: {
                Token open = next();
                enter(open);
                Expr inner = parseOr();
                closeParen(open);
                nesting--;
                return inner;
            }
            case NAME:
                return parseNameOrCall();
            case END:
                throw error(t, "expression expected but the line ends");
            case RPAREN:
                throw error(t, "expression expected before ')'");
            default:
                throw error(t, "expression expected but found " + t.describe());
        }
    }

    private Expr parseNameOrCall() {
        Token name = next();
        String lower = name.text().toLowerCase(Locale.ROOT);
        if (lower.equals("if") && at(Token.Kind.LPAREN)) {
            return parseIf(name);
        }
        if (lower.equals("int") && (at(Token.Kind.LBRACE) || at(Token.Kind.LBRACKET))) {
            throw error(name, "Volterra integral 'int{...}' is not supported");
        }
        if (at(Token.Kind.LBRACKET)) {
            throw error(peek(), "array index '" + Lexer.abbreviate(name.text()) + "[...]' is not supported");
        }
        if (!at(Token.Kind.LPAREN)) {
            return new Expr.Name(name.text(), name.line(), name.column());
        }
        Token open = next();
        enter(open);
        List<Expr> args = new ArrayList<>();
        if (!at(Token.Kind.RPAREN)) {
            do {
                args.add(parseOr());
            } while (accept(Token.Kind.COMMA));
        }
        closeParen(open);
        nesting--;
        return new Expr.Call(name.text(), args, name.line(), name.column());
    }

    private Expr parseIf(Token ifToken) {
        Expr condition = parenthesized(ifToken, "if");
        expectKeyword("then", ifToken);
        Expr whenTrue = parenthesized(ifToken, "then");
        expectKeyword("else", ifToken);
        Expr whenFalse = parenthesized(ifToken, "else");
        return new Expr.Cond(condition, whenTrue, whenFalse);
    }

    private Expr parenthesized(Token context, String part) {
        Token open = expect(Token.Kind.LPAREN, "'(' after '" + part + "'");
        enter(open);
        Expr e = parseOr();
        closeParen(open);
        nesting--;
        return e;
    }

    private void expectKeyword(String keyword, Token ifToken) {
        Token t = peek();
        if (t.kind() != Token.Kind.NAME || !t.text().equalsIgnoreCase(keyword)) {
            throw error(t, "expected '" + keyword + "' in if(...)then(...)else(...) begun at column "
                    + ifToken.column() + " but found " + t.describe());
        }
        next();
    }

    private void closeParen(Token open) {
        Token t = peek();
        if (t.kind() == Token.Kind.RPAREN) {
            next();
            return;
        }
        if (t.kind() == Token.Kind.END) {
            throw error(open, "unbalanced parenthesis opened at column " + open.column());
        }
        throw error(t, "expected ')' to close the parenthesis opened at column " + open.column()
                + " but found " + t.describe());
    }

    private void enter(Token at) {
        if (++nesting > MAX_NESTING) {
            throw error(at, "expression is nested too deeply (more than " + MAX_NESTING + " levels)");
        }
    }
}
