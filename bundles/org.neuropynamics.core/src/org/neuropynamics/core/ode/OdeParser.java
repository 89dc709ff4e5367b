package org.neuropynamics.core.ode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.ExpressionParser;
import org.neuropynamics.core.equations.FunctionDefinition;
import org.neuropynamics.core.equations.Lexer;

/**
 * Reads the text of an XPPAUT {@code .ode} file into an {@link OdeFile}, after {@link OdeArrays} has written
 * out the array shorthand; tables and network specials go through {@link OdeNetworks}. Every statement is
 * recognized or rejected with its line: unsupported constructs (export, tables from files) are errors, never
 * dropped. Volterra integrals and integral equations are rewritten first ({@link OdeHistory}). Random inputs
 * ({@code wiener}, {@code markov} with its rows of {@code {rate}}, {@code special gill}) go to
 * {@link OdeFile.Stochastic} (issue 14).
 */
public final class OdeParser {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_.]*)";
    private static final Pattern WORD = Pattern.compile("^" + NAME);
    private static final Pattern PRIME = Pattern.compile("^" + NAME + "\\s*'\\s*=(?!=)");
    private static final Pattern DDT = Pattern.compile("^[dD]" + NAME + "\\s*/\\s*[dD][tT]\\s*=(?!=)");
    private static final Pattern MAP = Pattern.compile("^" + NAME + "\\s*\\(\\s*[tT]\\s*\\+\\s*1\\s*\\)\\s*=(?!=)");
    private static final Pattern INITIAL = Pattern.compile("^" + NAME + "\\s*\\(\\s*0\\s*\\)\\s*=(?!=)");
    private static final Pattern FUNCTION = Pattern.compile("^" + NAME + "\\s*\\(([^()]*)\\)\\s*=(?!=)");
    private static final Pattern FIXED = Pattern.compile("^" + NAME + "\\s*=(?!=)");
    private static final Pattern ARRAY = Pattern.compile("^" + NAME + "\\s*\\[");
    private static final Pattern ALGEBRAIC = Pattern.compile("^0\\s*=");
    private static final Pattern OPTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*([^,\\s]+)");

    private final String fileName;
    private final List<OdeFile.Variable> variables = new ArrayList<>();
    private final List<OdeFile.ParameterDeclaration> parameters = new ArrayList<>();
    private final List<OdeFile.ParameterDeclaration> constants = new ArrayList<>();
    private final List<OdeFile.Definition> initials = new ArrayList<>();
    private final List<FunctionDefinition> functions = new ArrayList<>();
    private final List<OdeFile.Definition> fixed = new ArrayList<>();
    private final List<OdeFile.Definition> auxiliaries = new ArrayList<>();
    private final List<OdeFile.GlobalEvent> events = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<SetBlock> sets = new ArrayList<>();
    private final List<OdeNetworks.Table> tables = new ArrayList<>();
    private final List<OdeNetworks.Special> specials = new ArrayList<>();
    private final List<OdeFile.Definition> constraints = new ArrayList<>();
    private final List<OdeFile.Definition> solved = new ArrayList<>();
    private final OdeHistory.Reader history = new OdeHistory.Reader();
    private int flowLine;
    private int mapLine;
    private final List<OdeFile.Definition> wieners = new ArrayList<>();
    private final List<OdeFile.Markov> markov = new ArrayList<>();
    /** The chain whose rows of rates the next statements are, or null. */
    private MarkovRows markovRows;

    /** A {@code markov} chain being read: its name, size, line and the rows read so far. */
    private record MarkovRows(String name, int states, int line, List<List<Expr>> rows) {
    }

    private OdeParser(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Parses the text of an {@code .ode} file.
     *
     * @param source the file contents
     * @param fileName the file name, for the result (may be null)
     * @throws EquationException with the line (and column where known) of the first error
     */
    public static OdeFile parse(String source, String fileName) {
        OdeParser parser = new OdeParser(fileName == null ? "" : fileName);
        OdeSourceLines.Split split = OdeSourceLines.split(source);
        parser.history.original(split.statements());
        for (OdeSourceLines.Statement s : OdeArrays.expand(split.statements())) {
            if (!parser.statement(parser.history.rewrite(s))) {
                break;
            }
        }
        if (parser.markovRows != null) {
            throw new EquationException(parser.markovRows.line(), 0, "markov " + parser.markovRows.name() + " needs "
                    + parser.markovRows.states() + " rows of rates {..}, found " + parser.markovRows.rows().size());
        }
        if (parser.variables.isEmpty()) {
            throw new EquationException(0, 0, "no differential equation (x' = ...) or map (x(t+1) = ...) found");
        }
        parser.laterWins();
        Map<String, Double> defaults = new java.util.HashMap<>();
        parser.constants.forEach(c -> defaults.put(c.name().toLowerCase(Locale.ROOT), c.value()));
        parser.parameters.forEach(p -> defaults.put(p.name().toLowerCase(Locale.ROOT), p.value()));
        OdeNetworks.apply(parser.tables, parser.specials, parser.variables, parser.fixed, parser.auxiliaries,
                parser.functions, parser.events, defaults);
        OdeOptions options = new OdeOptions(parser.options);
        boolean discrete = options.method().map(OdeParser::isDiscrete).orElse(false);
        boolean map = parser.mapLine > 0 || discrete;
        for (OdeFile.Markov chain : parser.markov) {
            // a Markov variable is a state variable that only the chain changes, between steps (issue 14)
            parser.variables.add(new OdeFile.Variable(chain.name(), map ? new Expr.Name(chain.name(), chain.line(), 1)
                    : Expr.Num.ZERO, chain.line()));
        }
        List<OdeFile.Algebraic> algebraics = parser.algebraics();
        OdeFile.Stochastic stochastic = new OdeFile.Stochastic(parser.wieners, parser.markov,
                OdeNetworks.gillespie(parser.specials));
        return new OdeFile(parser.fileName, split.leadingComment(), parser.variables, map,
                parser.parameters, parser.constants, parser.initials, parser.functions, parser.fixed,
                parser.auxiliaries, parser.events, options, parser.warnings, parser.presets(), algebraics,
                parser.history.result(), stochastic);
    }

    /**
     * A name declared twice in the same role (two {@code par a=...}, two {@code f(x)=...}, two fixed
     * {@code a=...}) takes the later declaration, as in XPPAUT, with a warning; the name keeps the place of
     * its first declaration. Different roles (a parameter and a variable of one name) stay an error.
     */
    private void laterWins() {
        laterWins(parameters, OdeFile.ParameterDeclaration::name, OdeFile.ParameterDeclaration::line, "parameter");
        laterWins(constants, OdeFile.ParameterDeclaration::name, OdeFile.ParameterDeclaration::line, "number");
        laterWins(fixed, OdeFile.Definition::name, OdeFile.Definition::line, "fixed quantity");
        laterWins(functions, FunctionDefinition::name, FunctionDefinition::line, "function");
        laterWins(auxiliaries, OdeFile.Definition::name, OdeFile.Definition::line, "auxiliary");
    }

    private <T> void laterWins(List<T> list, java.util.function.Function<T, String> name,
            java.util.function.ToIntFunction<T> line, String what) {
        Map<String, Integer> first = new java.util.HashMap<>();
        List<T> out = new ArrayList<>();
        for (T item : list) {
            String key = name.apply(item).toLowerCase(Locale.ROOT);
            Integer at = first.get(key);
            if (at == null) {
                first.put(key, out.size());
                out.add(item);
            } else {
                warnings.add("line " + line.applyAsInt(item) + ": " + what + " '" + name.apply(item)
                        + "' declared again (first on line " + line.applyAsInt(out.get(at)) + "); the later one is used");
                out.set(at, item);
            }
        }
        list.clear();
        list.addAll(out);
    }

    /**
     * The algebraic equations: each {@code 0= g} pairs with a {@code solv y=guess} in file order; y becomes a
     * variable (after the differential ones) whose start is made consistent and whose course keeps g = 0
     * ({@link OdeBinding}). One algebraic equation per file for now.
     */
    private List<OdeFile.Algebraic> algebraics() {
        if (constraints.isEmpty() && solved.isEmpty()) {
            return List.of();
        }
        if (constraints.size() != solved.size()) {
            OdeFile.Definition at = constraints.isEmpty() ? solved.get(0) : constraints.get(0);
            throw new EquationException(at.line(), at.column(), "each algebraic equation '0= ...' needs its variable named by "
                    + "'solv NAME=guess' (found " + constraints.size() + " '0=' and " + solved.size() + " 'solv')");
        }
        if (constraints.size() > 1) {
            throw new EquationException(constraints.get(1).line(), constraints.get(1).column(),
                    "only one algebraic equation '0= ...' is supported (the first is on line "
                            + constraints.get(0).line() + ")");
        }
        OdeFile.Definition solv = solved.get(0);
        OdeFile.Definition g = constraints.get(0);
        variables.add(new OdeFile.Variable(solv.name(), Expr.Num.ZERO, solv.line()));
        initials.add(0, new OdeFile.Definition(solv.name(), solv.value(), solv.line(), solv.column()));
        return List.of(new OdeFile.Algebraic(solv.name(), g.value(), g.line()));
    }

    /** A {@code set name {a=1, b=2}} block as written. */
    private record SetBlock(String name, Map<String, String> values, int line) {
    }

    private static final Pattern SET = Pattern.compile("^\\s*" + NAME + "\\s*\\{([^{}]*)\\}\\s*$");

    private static SetBlock readSet(String text, int line, int column) {
        Matcher m = SET.matcher(text);
        if (!m.find()) {
            throw new EquationException(line, column + text.length() - text.stripLeading().length(),
                    "expected set NAME {name=value, ...}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher v = OPTION.matcher(m.group(2));
        while (v.find()) {
            values.put(v.group(1), v.group(2));
        }
        return new SetBlock(m.group(1), values, line);
    }

    /**
     * The {@code set} blocks as presets: their parameter values. XPPAUT's sets may also hold initial values and
     * plot or numerics options; those are not part of a preset (a warning names the initial values left out).
     */
    private List<org.neuropynamics.core.model.Preset> presets() {
        List<org.neuropynamics.core.model.Preset> out = new ArrayList<>();
        for (SetBlock set : sets) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> left = new ArrayList<>();
            for (Map.Entry<String, String> e : set.values().entrySet()) {
                OdeFile.ParameterDeclaration p = parameters.stream()
                        .filter(d -> d.name().equalsIgnoreCase(e.getKey())).findFirst().orElse(null);
                if (p == null) {
                    if (variables.stream().anyMatch(x -> x.name().equalsIgnoreCase(e.getKey()))) {
                        left.add(e.getKey());
                    }
                    continue;
                }
                double value;
                try {
                    value = org.neuropynamics.core.model.Numbers.parse(e.getValue());
                } catch (NumberFormatException ex) {
                    throw new EquationException(set.line(), 0, "set " + set.name() + ": the value of '" + e.getKey()
                            + "' must be a number, found '" + Lexer.abbreviate(e.getValue()) + "'");
                }
                values.put(p.name(), value);
            }
            if (!left.isEmpty()) {
                warnings.add("line " + set.line() + ": set " + set.name() + ": initial values of "
                        + String.join(", ", left) + " are not part of the preset (presets hold parameters)");
            }
            out.add(new org.neuropynamics.core.model.Preset(set.name(), values));
        }
        return out;
    }

    /** XPPAUT's {@code meth=discrete} (or its abbreviation {@code d}) makes {@code x'} the next value. */
    private static boolean isDiscrete(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return m.equals("d") || m.startsWith("disc");
    }

    /** Handles one statement; false after {@code done}. */
    private boolean statement(OdeSourceLines.Statement s) {
        String text = s.text();
        int line = s.line();
        if (markovRows != null) {
            markovRow(s);
            return true;
        }
        if (text.startsWith("@")) {
            readOptions(text.substring(1), line);
            return true;
        }
        if (text.startsWith("\"")) {
            return true; // XPPAUT "active comment": documentation text
        }
        if (text.startsWith("!")) {
            // a derived parameter "!name=expr": an expression of parameters, recomputed when they change,
            // which is what a fixed quantity is
            Matcher m = FIXED.matcher(text.substring(1).stripLeading());
            if (!m.find()) {
                throw new EquationException(line, s.column(), "expected a derived parameter '!name = expression'");
            }
            int offset = text.length() - text.substring(1).stripLeading().length();
            fixed.add(new OdeFile.Definition(m.group(1), rightSide(s, offset + m.end()), line, s.column() + offset));
            return true;
        }
        Matcher algebraic = ALGEBRAIC.matcher(text);
        if (algebraic.find()) {
            constraints.add(new OdeFile.Definition("", rightSide(s, algebraic.end()), line, s.column()));
            return true;
        }
        Matcher word = WORD.matcher(text);
        if (!word.find()) {
            throw new EquationException(line, s.column(), "a statement cannot start with "
                    + describeStart(text));
        }
        String rest = text.substring(word.end());
        String after = rest.stripLeading();
        boolean keywordPosition = rest.isEmpty() || (rest.length() != after.length() && !after.startsWith("=")
                && !after.startsWith("(") && !after.startsWith("'") && !after.startsWith("["));
        if (keywordPosition) {
            OdeKeyword keyword = OdeKeyword.match(word.group(1));
            if (keyword == null) {
                throw new EquationException(line, s.column(), "unknown statement '"
                        + Lexer.abbreviate(word.group(1)) + "'");
            }
            return keywordStatement(keyword, s, word.end());
        }
        equation(s);
        return true;
    }

    private boolean keywordStatement(OdeKeyword keyword, OdeSourceLines.Statement s, int end) {
        int line = s.line();
        String unsupported = keyword.unsupportedReason();
        if (unsupported != null) {
            throw new EquationException(line, s.column(), unsupported);
        }
        switch (keyword) { // statements whose body is not an expression list
            case TABLE:
                tables.add(OdeNetworks.readTable(s.text().substring(end), line, s.column() + end));
                return true;
            case SPECIAL:
                specials.add(OdeNetworks.readSpecial(s.text().substring(end), line, s.column() + end));
                return true;
            case SET:
                sets.add(readSet(s.text().substring(end), line, s.column() + end));
                return true;
            case WIENER:
                wiener(s, end);
                return true;
            case MARKOV:
                markovStart(s, end);
                return true;
            default:
                break;
        }
        ExpressionParser tokens = ExpressionParser.of(s.text().substring(end), line, s.column() + end);
        switch (keyword) {
            case DONE:
                return false;
            case PARAMETER:
                DeclarationReader.readNumbers(tokens, parameters, "parameter");
                break;
            case NUMBER:
                DeclarationReader.readNumbers(tokens, constants, "number");
                break;
            case INIT:
                DeclarationReader.readAssignments(tokens, initials, true);
                break;
            case AUX:
                DeclarationReader.readAssignments(tokens, auxiliaries, false);
                break;
            case GLOBAL:
                events.add(DeclarationReader.readGlobal(tokens, line));
                break;
            case SOLV:
                DeclarationReader.readAssignments(tokens, solved, true);
                break;
            case BOUNDARY, BNDRY, BDRY:
                warnings.add("line " + line + ": boundary condition ignored (boundary-value problems are not supported)");
                break;
            case ONLY:
                warnings.add("line " + line + ": 'only' ignored (all variables are stored)");
                break;
            default:
                throw new IllegalStateException(keyword.toString());
        }
        return true;
    }

    private static final Pattern WIENER_NAME = Pattern.compile(NAME);

    /** {@code wiener w1, w2 ...}: names of white-noise inputs. */
    private void wiener(OdeSourceLines.Statement s, int end) {
        String body = s.text().substring(end);
        Matcher m = WIENER_NAME.matcher(body);
        boolean any = false;
        while (m.find()) {
            wieners.add(new OdeFile.Definition(m.group(), Expr.Num.ZERO, s.line(), s.column() + end + m.start()));
            any = true;
        }
        if (!any || !body.replaceAll(NAME, "").replaceAll("[\\s,]", "").isEmpty()) {
            throw new EquationException(s.line(), s.column(), "expected wiener NAME [, NAME ...]");
        }
    }

    private static final Pattern MARKOV_HEAD = Pattern.compile("^\\s*" + NAME + "\\s+(\\d+)\\s*$");
    private static final Pattern MARKOV_ENTRY = Pattern.compile("\\{([^{}]*)\\}");

    /** {@code markov NAME n}: the next n statements are the rows of rates {@code {r_i0} {r_i1} ...}. */
    private void markovStart(OdeSourceLines.Statement s, int end) {
        Matcher m = MARKOV_HEAD.matcher(s.text().substring(end));
        if (!m.find()) {
            throw new EquationException(s.line(), s.column(), "expected markov NAME NSTATES");
        }
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || n > 50) {
            throw new EquationException(s.line(), s.column(), "markov " + m.group(1) + ": 1 to 50 states, found " + n);
        }
        markovRows = new MarkovRows(m.group(1), n, s.line(), new ArrayList<>());
    }

    private void markovRow(OdeSourceLines.Statement s) {
        Matcher m = MARKOV_ENTRY.matcher(s.text());
        List<Expr> row = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (!s.text().substring(last, m.start()).isBlank()) {
                break;
            }
            row.add(ExpressionParser.parse(m.group(1).isBlank() ? "0" : m.group(1), s.line(),
                    s.column() + m.start(1)));
            last = m.end();
        }
        if (row.size() != markovRows.states() || !s.text().substring(last).isBlank()) {
            throw new EquationException(s.line(), s.column(), "markov " + markovRows.name() + ": a row of "
                    + markovRows.states() + " rates {..} {..} expected");
        }
        markovRows.rows().add(row);
        if (markovRows.rows().size() == markovRows.states()) {
            markov.add(new OdeFile.Markov(markovRows.name(), markovRows.states(), markovRows.rows(), markovRows.line()));
            markovRows = null;
        }
    }

    private void equation(OdeSourceLines.Statement s) {
        String text = s.text();
        int line = s.line();
        Matcher m;
        if ((m = PRIME.matcher(text)).find() || (m = DDT.matcher(text)).find()) {
            flowLine = checkKind(line, flowLine, mapLine, "differential equation");
            variables.add(new OdeFile.Variable(m.group(1), rightSide(s, m.end()), line));
        } else if ((m = MAP.matcher(text)).find()) {
            mapLine = checkKind(line, mapLine, flowLine, "map");
            variables.add(new OdeFile.Variable(m.group(1), rightSide(s, m.end()), line));
        } else if ((m = INITIAL.matcher(text)).find()) {
            initials.add(new OdeFile.Definition(m.group(1), rightSide(s, m.end()), line, s.column()));
        } else if ((m = FUNCTION.matcher(text)).find()) {
            functions.add(function(s, m));
        } else if ((m = FIXED.matcher(text)).find()) {
            fixed.add(new OdeFile.Definition(m.group(1), rightSide(s, m.end()), line, s.column()));
        } else if (ARRAY.matcher(text).find()) {
            throw new EquationException(line, s.column(), "array declarations 'x[1..n]' are not supported");
        } else {
            throw new EquationException(line, s.column(), "cannot read this statement; expected x' = ..., "
                    + "dx/dt = ..., x(t+1) = ..., f(x) = ..., name = ... or a keyword such as par, init, aux");
        }
    }

    private static int checkKind(int line, int sameKindLine, int otherKindLine, String what) {
        if (otherKindLine > 0) {
            throw new EquationException(line, 0, "a file cannot mix differential equations and maps (see line "
                    + otherKindLine + ")");
        }
        return sameKindLine > 0 ? sameKindLine : line;
    }

    private static Expr rightSide(OdeSourceLines.Statement s, int offset) {
        return ExpressionParser.parse(s.text().substring(offset), s.line(), s.column() + offset);
    }

    private static FunctionDefinition function(OdeSourceLines.Statement s, Matcher m) {
        List<String> params = new ArrayList<>();
        String list = m.group(2);
        int listStart = m.start(2);
        int from = 0;
        for (String part : list.split(",", -1)) {
            String name = part.strip();
            int column = s.column() + listStart + from + part.indexOf(name.isEmpty() ? " " : name);
            if (!name.matches(NAME)) {
                throw new EquationException(s.line(), Math.max(column, s.column() + listStart),
                        "function parameter must be a name, found '" + Lexer.abbreviate(name) + "'");
            }
            if (params.stream().anyMatch(p -> p.equalsIgnoreCase(name))) {
                throw new EquationException(s.line(), column, "function parameter '" + name + "' appears twice");
            }
            params.add(name);
            from += part.length() + 1;
        }
        return new FunctionDefinition(m.group(1), params, rightSide(s, m.end()), s.line());
    }

    private void readOptions(String text, int line) {
        Matcher m = OPTION.matcher(text);
        while (m.find()) {
            String key = OdeOptions.ALIASES.get(m.group(1).toLowerCase(Locale.ROOT));
            if (key == null) {
                continue; // XPPAUT display and numerics options we do not use
            }
            String value = m.group(2);
            if (OdeOptions.isNumeric(key)) {
                try {
                    double v = org.neuropynamics.core.model.Numbers.parse(value);
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new EquationException(line, 0, "option '" + m.group(1) + "' needs a number, found '"
                            + Lexer.abbreviate(value) + "'");
                }
            }
            if (key.equals("meth") && !isXppMethod(value)) {
                throw new EquationException(line, 0, "unknown integration method '" + Lexer.abbreviate(value)
                        + "' in @ " + m.group(1) + " (XPPAUT's: " + String.join(", ", XPP_METHODS) + ")");
            }
            options.put(key, value);
        }
    }

    /** XPPAUT's integration methods (its manual, section "Numerics"); any prefix selects one. */
    static final List<String> XPP_METHODS = List.of("discrete", "euler", "modeuler", "rungekutta", "rk4", "adams",
            "gear", "volterra", "backeuler", "qualrk", "stiff", "cvode", "5dp", "83dp", "2rb", "ymp", "rosenbrock");

    private static boolean isXppMethod(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return XPP_METHODS.stream().anyMatch(known -> known.startsWith(v));
    }

    private static String describeStart(String text) {
        char c = text.charAt(0);
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
