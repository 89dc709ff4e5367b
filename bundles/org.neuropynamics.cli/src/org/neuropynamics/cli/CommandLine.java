package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.io.Terminal;
import org.neuropynamics.core.integrate.ResourceLimits;

/**
 * The headless command line: {@code neuropynamics COMMAND [options]}. Every command accepts {@code --json} and
 * {@code --set NAME=VALUE}; bad input exits with status 2 and one line on stderr naming what is wrong.
 */
public final class CommandLine {

    /** Version printed by {@code --version}. */
    public static final String VERSION = "1.0.0";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final String programName;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.programName = System.getProperty("org.neuropynamics.cli.name", "neuropynamics");
        for (Command c : Commands.all()) {
            commands.put(c.name(), c);
        }
    }

    /**
     * {@code stream} behind a {@link Terminal#filter}: whatever a command prints (names from files included), no
     * control or bidirectional-override character reaches the terminal raw.
     */
    public static PrintStream terminalSafe(PrintStream stream) {
        return new PrintStream(Terminal.filter(stream), false, StandardCharsets.UTF_8);
    }

    /** Runs one command line and returns the exit status. */
    public int run(String... argv) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            printHelp();
            return 0;
        }
        if (args.get(0).equals("--version")) {
            out.println("Neuropynamics Workbench " + VERSION);
            return 0;
        }
        if (args.get(0).equals("help")) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                out.println(commands.get(args.get(1)).usage());
                out.println(limits());
                return 0;
            }
            if (args.size() > 1) {
                err.println(programName + " help: unknown command '" + Terminal.clean(args.get(1)) + "'; commands: "
                        + String.join(", ", commands.keySet()));
                return 2;
            }
            printHelp();
            return 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println(programName + ": unknown command '" + Terminal.clean(args.get(0)) + "'; commands: "
                    + String.join(", ", commands.keySet()) + " (see " + programName + " --help)");
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            out.println(command.usage());
            out.println(limits());
            return 0;
        }
        try {
            Set<String> switches = new HashSet<>(command.switches());
            switches.add("json");
            Arguments arguments = Arguments.parse(rest, command.valuedOptions(), switches);
            if (!command.acceptsSet() && !arguments.sets().isEmpty()) {
                throw new UsageException("--set " + arguments.sets().keySet().iterator().next() + ": " + command.name()
                        + " has no model parameters to set (see " + programName + " help " + command.name() + ")");
            }
            return command.run(arguments, out, err);
        } catch (OutOfMemoryError e) {
            // the work that filled the heap is unreachable now, so printing one line has room again
            err.println(programName + " " + command.name() + ": out of memory (the limit is "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB): the run is too large; shorten it"
                    + " (--t, --n, a smaller network) or give Java more memory (-Xmx)");
            return 2;
        } catch (StackOverflowError e) {
            err.println(programName + " " + command.name() + ": the input is nested too deeply to process");
            return 2;
        } catch (Exception e) {
            boolean userError = Errors.isUserError(e);
            err.println(programName + " " + command.name() + ": " + Errors.describe(e));
            if (!userError && Boolean.getBoolean("org.neuropynamics.cli.debug")) {
                e.printStackTrace(err);
            }
            return userError ? 2 : 1;
        }
    }

    private void printHelp() {
        out.println("Neuropynamics Workbench " + VERSION + ": neurodynamics from the command line.");
        out.println();
        out.println("usage: " + programName + "                 open the workbench");
        out.println("       " + programName + " COMMAND [options] run headless (no display needed)");
        out.println();
        out.println("commands:");
        for (Command c : commands.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("common options: --json (one JSON document on stdout), --set NAME=VALUE (repeatable),");
        out.println("                --help after a command for its options. Time is in ms.");
        out.println("  --version    print the version");
        out.println();
        out.println(limits());
    }

    /** The resource limits every command checks before it starts. */
    static String limits() {
        return "limits: a command refuses, before it starts, work of more than "
                + ResourceLimits.count(ResourceLimits.MAX_STEPS) + " integration steps (adaptive methods: "
                + ResourceLimits.count(ResourceLimits.MAX_ADAPTIVE_SPAN) + " ms simulated),\n        results or"
                + " structures needing more than half the Java heap (now " + ResourceLimits.bytes(
                        ResourceLimits.memoryBudget()) + "), and model files over "
                + ResourceLimits.bytes(org.neuropynamics.core.io.InputFiles.MAX_BYTES) + ".";
    }
}
