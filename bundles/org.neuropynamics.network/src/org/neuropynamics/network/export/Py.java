package org.neuropynamics.network.export;

import java.util.Locale;
import java.util.Set;

/**
 * Python source fragments: string and number literals and identifiers. Every name from a file goes into a
 * generated script through {@link #str(String)} (a literal) or {@link #ident} (letters, digits, underscores),
 * never as raw text, so no file can inject code into an export.
 */
final class Py {

    /** Python keywords and names the generated scripts (and Brian2's expression language) reserve. */
    static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "t", "dt", "i", "j", "N", "xi", "lastspike", "not_refractory", "inf", "pi",
            "e", "rand", "randn", "exp", "log", "log10", "sqrt", "sin", "cos", "tan", "arcsin", "arccos",
            "arctan", "sinh", "cosh", "tanh", "abs", "sign", "floor", "ceil", "clip", "int", "ms", "Hz", "mV",
            "second", "np", "json", "sys", "args", "net", "sim", "nest", "rng", "h", "pc", "timestep", "True_",
            "poisson", "exprel", "expm1", "log1p");

    private Py() {
    }

    /** A double-quoted Python string literal; everything outside printable ASCII is escaped. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < (s == null ? 0 : s.length()); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }

    /** A number literal (also valid in NMODL and Brian2 expressions). */
    static String num(double v, String where) {
        if (!Double.isFinite(v)) {
            throw new ExportException(where + ": " + v + " is not a finite number.");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }

    /** Text safe for a comment line: printable ASCII only, no line breaks. */
    static String comment(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < s.length() && b.length() < 200; k++) {
            char c = s.charAt(k);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return b.toString();
    }

    /** An identifier made of the name's letters and digits, not reserved and not in {@code used}; added to it. */
    static String ident(String name, Set<String> used, String fallback) {
        StringBuilder b = new StringBuilder();
        String s = name == null ? "" : name;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
            if (ok) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                b.append('_');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '_') {
            b.setLength(b.length() - 1);
        }
        while (b.length() > 0 && b.charAt(0) == '_') {
            b.deleteCharAt(0);
        }
        String base = b.length() == 0 ? fallback : b.toString();
        if (Character.isDigit(base.charAt(0)) || RESERVED.contains(base) || base.endsWith("_pre")
                || base.endsWith("_post")) {
            base = fallback + "_" + base;
        }
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "_" + n;
        }
        used.add(id);
        return id;
    }
}
