package org.neuropynamics.core.equations;

/**
 * A lexical token with its 1-based line and column.
 *
 * @param kind the token kind
 * @param text the exact source text
 * @param number the value of a {@link Kind#NUMBER} token
 * @param line 1-based line
 * @param column 1-based column
 */
public record Token(Kind kind, String text, double number, int line, int column) {

    /** Token kinds. */
    public enum Kind {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, POWER, LT, GT, LE, GE, EQ, NE, AND, OR,
        LPAREN, RPAREN, COMMA, ASSIGN, PRIME, LBRACE, RBRACE, SEMICOLON, LBRACKET, RBRACKET, END
    }

    /** Describes the token for messages: {@code 'foo'} or {@code end of line}. */
    public String describe() {
        return kind == Kind.END ? "end of line" : "'" + text + "'";
    }
}
