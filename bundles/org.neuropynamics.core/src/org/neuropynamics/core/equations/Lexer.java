package org.neuropynamics.core.equations;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one statement of the equation language into tokens. Names are ASCII letters, digits, '_' and
 * '.' (XPPAUT allows {@code P.E.}); numbers are {@code 12}, {@code 1.5}, {@code .5}, {@code 80.},
 * {@code 1e-3}, {@code 1.e-4}.
 */
public final class Lexer {

    private final String text;
    private final int line;
    private final int firstColumn;
    private int pos;

    /**
     * @param text the statement text
     * @param line its 1-based line
     * @param firstColumn the 1-based column of {@code text.charAt(0)} in that line
     */
    public Lexer(String text, int line, int firstColumn) {
        this.text = text;
        this.line = line;
        this.firstColumn = firstColumn;
    }

    /** Tokenizes a whole statement; the last token is {@link Token.Kind#END}. */
    public static List<Token> tokenize(String text, int line, int firstColumn) {
        Lexer lexer = new Lexer(text, line, firstColumn);
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            tokens.add(t);
        } while (t.kind() != Token.Kind.END);
        return tokens;
    }

    /** The next token. */
    public Token next() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= text.length()) {
            return token(Token.Kind.END, start, start);
        }
        char c = text.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            return number(start);
        }
        if (isNameStart(c)) {
            pos++;
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
            return token(Token.Kind.NAME, start, pos);
        }
        pos++;
        char d = pos < text.length() ? text.charAt(pos) : '\0';
        switch (c) {
            case '+': return token(Token.Kind.PLUS, start, pos);
            case '-': return token(Token.Kind.MINUS, start, pos);
            case '*':
                if (d == '*') {
                    pos++;
                    return token(Token.Kind.POWER, start, pos);
                }
                return token(Token.Kind.STAR, start, pos);
            case '/': return token(Token.Kind.SLASH, start, pos);
            case '^': return token(Token.Kind.POWER, start, pos);
            case '(': return token(Token.Kind.LPAREN, start, pos);
            case ')': return token(Token.Kind.RPAREN, start, pos);
            case '{': return token(Token.Kind.LBRACE, start, pos);
            case '}': return token(Token.Kind.RBRACE, start, pos);
            case '[': return token(Token.Kind.LBRACKET, start, pos);
            case ']': return token(Token.Kind.RBRACKET, start, pos);
            case ',': return token(Token.Kind.COMMA, start, pos);
            case ';': return token(Token.Kind.SEMICOLON, start, pos);
            case '\'': return token(Token.Kind.PRIME, start, pos);
            case '&': return token(Token.Kind.AND, start, pos);
            case '|': return token(Token.Kind.OR, start, pos);
            case '<': return twoChar(d, Token.Kind.LE, Token.Kind.LT, start);
            case '>': return twoChar(d, Token.Kind.GE, Token.Kind.GT, start);
            case '=': return twoChar(d, Token.Kind.EQ, Token.Kind.ASSIGN, start);
            case '!':
                if (d == '=') {
                    pos++;
                    return token(Token.Kind.NE, start, pos);
                }
                break;
            default:
                break;
        }
        throw new EquationException(line, firstColumn + start, "unexpected character " + describeChar(c));
    }

    private Token twoChar(char next, Token.Kind withEquals, Token.Kind alone, int start) {
        if (next == '=') {
            pos++;
            return token(withEquals, start, pos);
        }
        return token(alone, start, pos);
    }

    private Token number(int start) {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int e = pos + 1;
            if (e < text.length() && (text.charAt(e) == '+' || text.charAt(e) == '-')) {
                e++;
            }
            if (e < text.length() && isDigit(text.charAt(e))) {
                pos = e;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
        }
        String literal = text.substring(start, pos);
        if (pos < text.length() && (isNameStart(text.charAt(pos)) || text.charAt(pos) == '.')) {
            // "5abc", "100f", "1.5.2": a typo, not a number followed by a name (that needs an operator)
            int end = pos;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            throw new EquationException(line, firstColumn + start, "'" + abbreviate(text.substring(start, end))
                    + "' is not a number (a number followed directly by letters)");
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new EquationException(line, firstColumn + start,
                    "number " + abbreviate(literal) + " is too large");
        }
        return new Token(Token.Kind.NUMBER, literal, value, line, firstColumn + start);
    }

    private Token token(Token.Kind kind, int start, int end) {
        return new Token(kind, text.substring(start, end), 0.0, line, firstColumn + start);
    }

    /** Shortens user text quoted in messages to at most 40 characters. */
    public static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "..." + s.substring(s.length() - 10);
    }

    static String describeChar(char c) {
        String code = String.format("U+%04X", (int) c);
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : code;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || c == '.';
    }
}
