package org.neuropynamics.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.model.Numbers;

/**
 * Parsed arguments of one command: positional words, {@code --flag} switches, {@code --option VALUE} pairs and
 * the repeatable {@code --set NAME=VALUE}. Unknown options are refused with a message naming them.
 */
public final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, Double> sets = new LinkedHashMap<>();
    private final Set<String> flags = new java.util.HashSet<>();

    /**
     * @param args the words after the command name
     * @param valued options that take a value (without the leading dashes)
     * @param switches options without a value
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> switches) {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                a.positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq > 0 && !name.startsWith("set")) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("set")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--set needs NAME=VALUE");
                }
                a.addSet(args.get(++i));
            } else if (switches.contains(name)) {
                a.flags.add(name);
            } else if (valued.contains(name)) {
                if (inlineValue == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    inlineValue = args.get(++i);
                }
                a.options.put(name, inlineValue);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return a;
    }

    private void addSet(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new UsageException("--set needs NAME=VALUE, got '" + assignment + "'");
        }
        String name = assignment.substring(0, eq).strip();
        sets.put(name, number("--set " + name, assignment.substring(eq + 1)));
    }

    static double number(String what, String text) {
        String t = text.strip();
        if (!Numbers.isDecimal(t)) {
            throw new UsageException(what + ": '" + text + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new UsageException(what + ": '" + text + "' is not a finite number");
        }
        return v;
    }

    /** A whole number in decimal or scientific form ("2000", "2e9"), within the range of int. */
    static int integer(String what, String text) {
        String t = text.strip();
        if (!Numbers.isDecimal(t)) {
            throw new UsageException(what + ": '" + text + "' is not an integer");
        }
        double v = Double.parseDouble(t);
        if (v != Math.rint(v)) {
            throw new UsageException(what + ": '" + text + "' is not an integer");
        }
        if (Math.abs(v) > Integer.MAX_VALUE) {
            throw new UsageException(what + ": " + text + " is out of range (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) v;
    }

    public List<String> positional() {
        return positional;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String option(String name) {
        return options.get(name);
    }

    public double number(String name, double fallback) {
        String v = options.get(name);
        return v == null ? fallback : number("--" + name, v);
    }

    public int integer(String name, int fallback) {
        String v = options.get(name);
        return v == null ? fallback : integer("--" + name, v);
    }

    /**
     * The existing files this command line names as inputs: positional words and option values, outputs
     * ({@code --png}, {@code --svg}, {@code --csv}, {@code --out}) left out. An output may not replace any of them.
     */
    public java.nio.file.Path[] inputFiles() {
        List<String> words = new ArrayList<>(positional);
        options.forEach((name, value) -> {
            if (!Set.of("png", "svg", "csv", "out").contains(name)) {
                words.add(value);
            }
        });
        return words.stream().filter(w -> !w.isBlank()).map(w -> {
            try {
                return java.nio.file.Path.of(w);
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }).filter(p -> p != null && java.nio.file.Files.isRegularFile(p)).toArray(java.nio.file.Path[]::new);
    }

    /** The {@code --set} assignments in the order given. */
    public Map<String, Double> sets() {
        return sets;
    }
}
