package org.neuropynamics.core.ode;

import java.util.Locale;

/**
 * Statement keywords of XPPAUT {@code .ode} files. XPPAUT reads them case-insensitively and accepts
 * abbreviations ({@code p}, {@code par}, {@code param}; {@code i}, {@code init}; {@code d}, {@code done}) and
 * longer or variant forms that start like the keyword ({@code initial}, {@code parameters}, {@code boundry}).
 */
enum OdeKeyword {
    PARAMETER("parameters", 1), INIT("init", 1), AUX("aux", 1), NUMBER("number", 1), GLOBAL("global", 1),
    DONE("done", 1), BOUNDARY("boundary", 1), BNDRY("bndry", 2), BDRY("bdry", 2), ONLY("only", 1),
    WIENER("wiener", 1), TABLE("table", 1), MARKOV("markov", 1), EXPORT("export", 1), SET("set", 3),
    SPECIAL("special", 2), OPTION("options", 3), VOLTERRA("volterra", 3), SOLV("solv", 4);

    private final String word;
    private final int shortest;

    OdeKeyword(String word, int shortest) {
        this.word = word;
        this.shortest = shortest;
    }

    /** The keyword this word abbreviates, or null. */
    static OdeKeyword match(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.equals("params") || w.equals("param") || w.equals("par")) {
            return PARAMETER;
        }
        for (OdeKeyword k : values()) {
            if (w.length() >= k.shortest && k.word.startsWith(w)) {
                return k;
            }
        }
        // XPPAUT tells keywords by their first letters, so longer and misspelled forms are read too:
        // "initial", "parameter", "numbers", "boundry", "auxiliary"
        for (OdeKeyword k : values()) {
            String stem = k.word.substring(0, Math.min(k.word.length(), Math.max(3, k.shortest)));
            if (w.length() >= 4 && w.startsWith(stem) && k != OPTION) {
                return k;
            }
        }
        return null;
    }

    /** Why the construct is not supported, or null when it is. */
    String unsupportedReason() {
        return switch (this) {
            case EXPORT -> "'export' (compiled DLL functions) is refused: opening a model never loads native code";
            case OPTION -> "'option' files are not supported";
            case VOLTERRA -> "expected 'volterra NAME = expression' (an integral equation)";
            default -> null;
        };
    }
}
