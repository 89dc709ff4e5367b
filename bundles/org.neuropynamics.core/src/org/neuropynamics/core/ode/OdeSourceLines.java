package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code .ode} text into statements: strips {@code #} comments (outside braces), joins lines ending in a
 * backslash with the next one, and remembers the line and column where each statement starts.
 */
final class OdeSourceLines {

    /**
     * One statement.
     *
     * @param text the statement, comment removed, leading blanks removed
     * @param line the 1-based line it starts on
     * @param column the 1-based column of {@code text.charAt(0)}
     */
    record Statement(String text, int line, int column) {
    }

    /** The statements and the leading comment block. */
    record Split(List<Statement> statements, String leadingComment) {
    }

    private OdeSourceLines() {
    }

    static Split split(String source) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        List<Statement> statements = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        boolean leading = true;
        StringBuilder pending = null;
        int pendingLine = 0;
        int pendingColumn = 0;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = commentStart(raw);
            String code = hash >= 0 ? raw.substring(0, hash) : raw;
            if (leading && pending == null) {
                if (hash >= 0 && code.isBlank()) {
                    String text = raw.substring(hash + 1).strip();
                    if (!text.isEmpty()) {
                        description.append(description.length() == 0 ? "" : " ").append(text);
                    }
                    continue;
                }
                if (!code.isBlank()) {
                    leading = false;
                }
            }
            String stripped = code.stripTrailing();
            boolean continues = stripped.endsWith("\\");
            if (continues) {
                stripped = stripped.substring(0, stripped.length() - 1);
            }
            if (pending == null) {
                int start = 0;
                while (start < stripped.length() && Character.isWhitespace(stripped.charAt(start))) {
                    start++;
                }
                pending = new StringBuilder(stripped.substring(start));
                pendingLine = i + 1;
                pendingColumn = start + 1;
            } else {
                pending.append(' ').append(stripped);
            }
            if (!continues) {
                if (!pending.toString().isBlank()) {
                    statements.add(new Statement(pending.toString(), pendingLine, pendingColumn));
                }
                pending = null;
            }
        }
        if (pending != null && !pending.toString().isBlank()) {
            statements.add(new Statement(pending.toString(), pendingLine, pendingColumn));
        }
        return new Split(statements, description.toString());
    }

    /**
     * Where the comment of a line starts: the first {@code #} outside braces, since {@code #} inside a Volterra
     * integral {@code int{K#u}} is XPPAUT's convolution sign (issue 14); -1 when there is none.
     */
    private static int commentStart(String raw) {
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '#' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
