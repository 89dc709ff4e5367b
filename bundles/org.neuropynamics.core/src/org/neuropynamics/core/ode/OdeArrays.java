package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.equations.Binder;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.ExpressionParser;

/**
 * XPPAUT's array shorthand, expanded into plain statements before parsing, as XPPAUT itself does:
 * <ul>
 * <li>{@code x[1..3]' = -x[j] + x[j-1]} is three statements {@code x1' = -x1 + x0}, ...: the line is repeated
 * for j = 1..3 and every {@code [expr]} in it is replaced by the integer value of {@code expr} (so
 * {@code x[j-1]} becomes {@code x0} and a bare {@code [j]} the number). The same holds after a keyword
 * ({@code init u[90..110]=.8}, {@code wiener w[0..9]}, {@code aux a[1..2]=...}), and after {@code global} with
 * its direction ({@code global 1 x[0..49]-pi {x[j]=-pi}}: one event per element).</li>
 * <li>{@code %[1..3]} ... {@code %}: the lines between are repeated the same way. Any other line starting with
 * {@code %} is a comment.</li>
 * <li>{@code sum(lo,hi)of(expr)} is the sum of {@code expr} for {@code i'} = lo..hi (constant bounds), written
 * out; outside array lines a constant index {@code flux[100]} names {@code flux100}; {@code shift(x5, k)} with a constant {@code k} names the variable k places after {@code x5}
 * ({@code x5+k}), which is what XPPAUT's {@code shift} does for the variables of an array.</li>
 * </ul>
 * Indices and bounds are integer arithmetic on numbers and {@code j} (or {@code i'}); anything else is an error
 * naming the line. Expanded statements keep the line of the statement they come from.
 */
final class OdeArrays {

    /** More statements than this from one file is an error, not a memory exhaustion. */
    static final int MAX_STATEMENTS = 200_000;

    /** Longest statement a {@code sum()of()} may expand to (the binder's node limit stops it later anyway). */
    static final int MAX_CHARS = 4_000_000;

    private static final Pattern RANGE = Pattern.compile("\\[\\s*([^\\[\\]]+?)\\s*\\.\\.\\s*([^\\[\\]]+?)\\s*\\]");
    /** An array line: an optional keyword ({@code global} with its direction), the name and its range. */
    private static final Pattern DECLARED = Pattern.compile(
            "^((?:[A-Za-z]+\\s+(?:[+-]?\\d+\\s+)?)?)([A-Za-z_][A-Za-z0-9_.]*)\\s*" + RANGE.pattern());
    private static final Pattern BLOCK = Pattern.compile("^%\\s*" + RANGE.pattern() + "\\s*$");
    private static final Pattern SUM = Pattern.compile("(?i)\\bsum\\s*\\(");
    private static final Pattern SHIFT = Pattern.compile("(?i)\\bshift\\s*\\(\\s*([A-Za-z_][A-Za-z_.]*?)(\\d+)\\s*,");

    private OdeArrays() {
    }

    static List<OdeSourceLines.Statement> expand(List<OdeSourceLines.Statement> in) {
        List<OdeSourceLines.Statement> out = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            OdeSourceLines.Statement s = in.get(k);
            String text = s.text();
            if (text.startsWith("%")) {
                Matcher block = BLOCK.matcher(text);
                if (!block.find()) {
                    continue; // a comment (XPPAUT reads '%' lines outside a block as comments)
                }
                int lo = integer(block.group(1), "j", 0, s);
                int hi = integer(block.group(2), "j", 0, s);
                int end = k + 1;
                while (end < in.size() && !in.get(end).text().startsWith("%")) {
                    end++;
                }
                if (end == in.size()) {
                    throw new EquationException(s.line(), s.column(), "the block '%[..]' is not closed by a line '%'");
                }
                for (int j = lo; j <= hi; j++) {
                    for (OdeSourceLines.Statement body : in.subList(k + 1, end)) {
                        add(out, body, sums(indices(body.text(), j, body), body));
                    }
                }
                k = end;
                continue;
            }
            Matcher m = DECLARED.matcher(text);
            if (m.find() && !m.group(1).isBlank() == isKeyword(m.group(1))) {
                int lo = integer(m.group(3), "j", 0, s);
                int hi = integer(m.group(4), "j", 0, s);
                String rest = text.substring(m.end());
                for (int j = lo; j <= hi; j++) {
                    String line = m.group(1) + m.group(2) + j + indices(rest, j, s);
                    add(out, s, sums(line, s));
                }
                continue;
            }
            String expanded = sums(constantIndices(text, s), s);
            out.add(expanded == text ? s : new OdeSourceLines.Statement(expanded, s.line(), s.column()));
        }
        return out;
    }

    private static boolean isKeyword(String prefix) {
        String[] words = prefix.strip().split("\\s+");
        OdeKeyword k = OdeKeyword.match(words[0]);
        // a direction after the keyword only for global: "global 1 x[0..49]-pi {x[j]=-pi}" (ModelDB 146734)
        return words.length == 1 ? k != null : k == OdeKeyword.GLOBAL;
    }

    private static void add(List<OdeSourceLines.Statement> out, OdeSourceLines.Statement from, String text) {
        if (out.size() >= MAX_STATEMENTS) {
            throw new EquationException(from.line(), from.column(), "the arrays expand to more than "
                    + MAX_STATEMENTS + " statements");
        }
        out.add(new OdeSourceLines.Statement(text, from.line(), from.column()));
    }

    private static final Pattern CONSTANT_INDEX = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\[([0-9+\\-*/ ()]+)\\]");

    /**
     * Outside array lines, {@code flux[100]} with a constant index names the element {@code flux100}
     * (XPPAUT accepts it); {@code int[...]} (Volterra integrals) is left alone.
     */
    private static String constantIndices(String text, OdeSourceLines.Statement s) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        Matcher m = CONSTANT_INDEX.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1).equalsIgnoreCase("int") ? m.group()
                    : m.group(1) + integer(m.group(2), "j", 0, s);
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Replaces every {@code [expr]} by the integer value of expr at this j. */
    private static String indices(String text, int j, OdeSourceLines.Statement s) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        int open;
        while ((open = text.indexOf('[', from)) >= 0) {
            int close = text.indexOf(']', open);
            if (close < 0) {
                throw new EquationException(s.line(), s.column() + open, "'[' is not closed by ']'");
            }
            b.append(text, from, open).append(integer(text.substring(open + 1, close), "j", j, s));
            from = close + 1;
        }
        return b.append(text.substring(from)).toString();
    }

    /** Writes out every {@code sum(lo,hi)of(expr)} and resolves {@code shift(name,k)}. */
    static String sums(String text, OdeSourceLines.Statement s) {
        Matcher m = SUM.matcher(text);
        if (m.find()) {
            int open = m.end() - 1;
            int close = matching(text, open, s);
            String[] bounds = text.substring(open + 1, close).split(",", -1);
            String after = text.substring(close + 1);
            Matcher of = Pattern.compile("^\\s*(?i:of)\\s*\\(").matcher(after);
            if (bounds.length != 2 || !of.find()) {
                throw new EquationException(s.line(), s.column() + m.start(), "expected sum(lo,hi)of(expression)");
            }
            int bodyOpen = close + 1 + of.end() - 1;
            int bodyClose = matching(text, bodyOpen, s);
            String body = text.substring(bodyOpen + 1, bodyClose);
            int lo = integer(bounds[0], "j", 0, s);
            int hi = integer(bounds[1], "j", 0, s);
            if ((double) (hi - lo + 1) * (body.length() + 4) + text.length() > MAX_CHARS) {
                throw new EquationException(s.line(), s.column() + m.start(), "sum(" + lo + "," + hi
                        + ")of(...) expands to more than " + MAX_CHARS + " characters");
            }
            StringBuilder sum = new StringBuilder("(0");
            for (int i = lo; i <= hi; i++) {
                sum.append("+(").append(body.replaceAll("\\bi'", "(" + i + ")")).append(')');
            }
            sum.append(')');
            // the summand may itself contain sums; the rest of the line is expanded after it
            return text.substring(0, m.start()) + sums(sum.toString(), s) + sums(text.substring(bodyClose + 1), s);
        }
        return shifts(text, s);
    }

    private static String shifts(String text, OdeSourceLines.Statement s) {
        Matcher m = SHIFT.matcher(text);
        StringBuilder b = new StringBuilder();
        int from = 0;
        while (m.find(from)) {
            int open = text.indexOf('(', m.start());
            int close = matching(text, open, s);
            int k = integer(text.substring(m.end(), close), "i'", 0, s);
            b.append(text, from, m.start()).append(m.group(1)).append(Integer.parseInt(m.group(2)) + k);
            from = close + 1;
        }
        return from == 0 ? text : b.append(text.substring(from)).toString();
    }

    private static int matching(String text, int open, OdeSourceLines.Statement s) {
        int depth = 0;
        for (int k = open; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        throw new EquationException(s.line(), s.column() + open, "'(' is not closed");
    }

    /** The integer value of index arithmetic such as {@code j-1} or {@code 2*[j]+1}. */
    private static int integer(String expression, String index, int value, OdeSourceLines.Statement s) {
        String e = expression.replace(index, "(" + value + ")");
        try {
            double v = Evaluator.evaluate(new Binder(Map.of(), Map.of()).bind(ExpressionParser.parse(e, s.line(),
                    s.column())), 0, new double[0], new double[0]);
            if (!Double.isFinite(v) || Math.abs(v) > 1e9) {
                throw new EquationException(s.line(), s.column(), "");
            }
            return (int) v;
        } catch (EquationException ex) {
            throw new EquationException(s.line(), s.column(), "array index or bound '" + expression.strip()
                    + "' must be integer arithmetic on numbers and " + index);
        }
    }
}
