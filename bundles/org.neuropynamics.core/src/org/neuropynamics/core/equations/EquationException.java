package org.neuropynamics.core.equations;

/**
 * An error in equations or in a model file, pointing at its line and column.
 * Its message reads like {@code line 3, column 12: unknown name 'foo'} (just {@code line 7: ...}
 * when the column is unknown).
 */
public class EquationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String detail;

    /**
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param detail the human explanation without position
     */
    public EquationException(int line, int column, String detail) {
        super(format(line, column, detail));
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    private static String format(int line, int column, String detail) {
        if (line <= 0) {
            return detail;
        }
        return column <= 0 ? "line " + line + ": " + detail : "line " + line + ", column " + column + ": " + detail;
    }

    /** 1-based line of the error, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The explanation without the position prefix. */
    public String detail() {
        return detail;
    }
}
