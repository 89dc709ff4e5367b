package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.equations.EquationException;

/**
 * What an {@code .ode} file declares for XPPAUT's Volterra integral equations and delay histories (issue 14),
 * read at the text level before the statements are parsed, as XPPAUT does ({@code form_ode.c}):
 * <ul>
 * <li>each integral {@code int{K#u}}, {@code int[q]{K#u}} or {@code int{expr}} becomes a name
 * {@code kernel__N} in its statement and a {@link Kernel} here ({@code t'}, the time integrated over, is
 * written {@code tprime__});</li>
 * <li>an integral equation {@code u(t) = ...int...} or {@code volt u = ...} becomes {@code u' = ...} with u
 * listed in {@link #integralVariables()} (its "right-hand side" is then its value, not its derivative);</li>
 * <li>{@code x(0) = expr} is also the history of x before the start for {@code delay(x, tau)}: XPPAUT takes
 * the history from these statements only ({@code init x=...} leaves it 0).</li>
 * </ul>
 * The delays themselves are function calls in the parsed expressions; {@link OdeHistoryModel} finds them.
 *
 * @param kernels the integrals, numbered as their names
 * @param integralVariables the names (lower case) of the variables given by integral equations
 * @param histories the {@code x(0) = expr} statements
 */
public record OdeHistory(List<Kernel> kernels, Set<String> integralVariables, List<History> histories) {

    /** A file without integrals or histories. */
    public static final OdeHistory NONE = new OdeHistory(List.of(), Set.of(), List.of());

    public OdeHistory {
        kernels = List.copyOf(kernels);
        integralVariables = Set.copyOf(integralVariables);
        histories = List.copyOf(histories);
    }

    /**
     * One integral {@code int[mu]{kernel # integrand}}: the integral from the start to t of
     * {@code (t - t')^-mu kernel(t - t') integrand(t')} dt' (convolution), or of {@code (t - t')^-mu
     * integrand(t, t')} when there is no {@code #}.
     *
     * @param name the name that stands for its value in the statement ({@code kernel__N})
     * @param mu XPPAUT's singularity exponent, in [0, 1)
     * @param convolution the kernel's text (a function of t), or null
     * @param integrand the integrand's text
     * @param line the line of the integral
     * @param column the column of {@code int}
     */
    public record Kernel(String name, double mu, String convolution, String integrand, int line, int column) {
    }

    /**
     * A history statement {@code x(0) = expression}.
     *
     * @param variable the name as written
     * @param expression its text (may use t)
     * @param line its line
     * @param column the column of its right-hand side
     */
    public record History(String variable, String expression, int line, int column) {
    }

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_.]*)";
    private static final Pattern VOLT = Pattern.compile("^([A-Za-z]+)\\s+" + NAME + "\\s*=(?!=)");
    private static final Pattern INTEGRAL_EQUATION = Pattern.compile("^" + NAME + "\\s*\\(\\s*[tT]\\s*\\)\\s*=(?!=)");
    private static final Pattern INITIAL = Pattern.compile("^" + NAME + "\\s*\\(\\s*0\\s*\\)\\s*=(?!=)");
    private static final Pattern INT = Pattern.compile("(?i)\\bint\\s*(\\[([^\\]]*)\\])?\\s*\\{");
    private static final Pattern T_PRIME = Pattern.compile("(?i)\\bt\\s*'");

    /** Collects the declarations statement by statement, rewriting each (see the class comment). */
    static final class Reader {
        private final List<Kernel> kernels = new ArrayList<>();
        private final Set<String> integral = new LinkedHashSet<>();
        private final List<History> histories = new ArrayList<>();
        private final Set<Integer> plainInitialLines = new java.util.HashSet<>();

        /**
         * Notes the lines of {@code x(0)=} statements as written: an array's {@code v[0..4](0)=1}, expanded by
         * {@link OdeArrays}, sets the initial values only, not the history (XPPAUT's delays read 0 before the
         * start there, see {@code junk.ode}).
         */
        void original(List<OdeSourceLines.Statement> statements) {
            for (OdeSourceLines.Statement s : statements) {
                if (INITIAL.matcher(s.text()).find()) {
                    plainInitialLines.add(s.line());
                }
            }
        }

        OdeSourceLines.Statement rewrite(OdeSourceLines.Statement s) {
            boolean hasIntegral = INT.matcher(s.text()).find();
            String text = integrals(s.text(), s.line(), s.column());
            Matcher m = VOLT.matcher(text);
            if (m.find() && "volterra".startsWith(m.group(1).toLowerCase(Locale.ROOT))) {
                integral.add(m.group(2).toLowerCase(Locale.ROOT));
                text = m.group(2) + "'=" + text.substring(m.end());
            } else if ((m = INTEGRAL_EQUATION.matcher(text)).find() && hasIntegral) {
                integral.add(m.group(1).toLowerCase(Locale.ROOT));
                text = m.group(1) + "'=" + text.substring(m.end());
            } else if ((m = INITIAL.matcher(text)).find() && plainInitialLines.contains(s.line())) {
                histories.add(new History(m.group(1), text.substring(m.end()), s.line(), s.column() + m.end()));
            }
            return text.equals(s.text()) ? s : new OdeSourceLines.Statement(text, s.line(), s.column());
        }

        private String integrals(String text, int line, int column) {
            StringBuilder out = new StringBuilder();
            int from = 0;
            Matcher m = INT.matcher(text);
            while (m.find(from)) {
                int open = m.end() - 1;
                int depth = 0;
                int close = -1;
                for (int i = open; i < text.length() && close < 0; i++) {
                    char c = text.charAt(i);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    if (depth == 0) {
                        close = i;
                    }
                }
                int at = column + m.start();
                if (close < 0) {
                    throw new EquationException(line, at, "the Volterra integral 'int{' is not closed by '}'");
                }
                double mu = 0;
                if (m.group(2) != null) {
                    try {
                        mu = org.neuropynamics.core.model.Numbers.parse(m.group(2).strip());
                    } catch (NumberFormatException e) {
                        throw new EquationException(line, at, "the exponent of 'int[q]{...}' must be a number, found '"
                                + org.neuropynamics.core.equations.Lexer.abbreviate(m.group(2)) + "'");
                    }
                    if (!(mu >= 0 && mu < 1)) {
                        throw new EquationException(line, at, "the exponent of 'int[q]{...}' must lie in [0, 1), found "
                                + mu);
                    }
                }
                String body = T_PRIME.matcher(text.substring(open + 1, close)).replaceAll(OdeHistoryModel.T_PRIME);
                int hash = body.lastIndexOf('#');
                if (body.isBlank() || hash == 0 || (hash > 0 && body.substring(hash + 1).isBlank())
                        || (hash > 0 && body.substring(0, hash).isBlank())) {
                    throw new EquationException(line, at, "a Volterra integral needs 'int{kernel#u}' or 'int{expression}'");
                }
                String name = OdeHistoryModel.KERNEL + kernels.size();
                kernels.add(new Kernel(name, mu, hash > 0 ? body.substring(0, hash) : null,
                        hash > 0 ? body.substring(hash + 1) : body, line, at));
                out.append(text, from, m.start()).append(name);
                from = close + 1;
            }
            if (from == 0) {
                return text;
            }
            return out.append(text.substring(from)).toString();
        }

        OdeHistory result() {
            return kernels.isEmpty() && integral.isEmpty() && histories.isEmpty() ? NONE
                    : new OdeHistory(kernels, integral, histories);
        }
    }
}
