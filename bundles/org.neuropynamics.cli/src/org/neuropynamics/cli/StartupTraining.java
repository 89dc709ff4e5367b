package org.neuropynamics.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.io.NetworkFiles;

/**
 * The training run of the {@link StartupCache}: short versions of the usual commands, output discarded, in a
 * JVM that archives every class they load. Not a command of the contract; {@link StartupCache} starts it.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /** Runs the training commands; exits 0 even when one of them fails (the archive is still useful). */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path dir = Files.createTempDirectory("neuropynamics-training-");
        Path network = dir.resolve("cuba.neuronet");
        try {
            // what every command runs besides the command itself: the entry point and the cache check
            StartupCache.isCurrent(dir, List.of(network));
            Class.forName(Main.class.getName());
            NetworkFiles.save(ExampleNetworks.cuba(), network);
            for (List<String> line : commands(network.toString())) {
                run(line);
            }
        } finally {
            Files.deleteIfExists(network);
            Files.deleteIfExists(dir);
        }
        System.exit(0);
    }

    /** Short runs that load what the real commands load (bad input included: the error paths too). */
    static List<List<String>> commands(String network) {
        return List.of(List.of("--help"), List.of("--version"), List.of("models"), List.of("models", "--json"),
                List.of("simulate", "izhikevich", "--t", "100", "--json"),
                List.of("simulate", "hodgkin-huxley", "--t", "20", "--method", "rk4", "--json"),
                List.of("simulate", "lif", "--t", "50"),
                List.of("equilibria", "fitzhugh-nagumo", "--json"),
                List.of("map", "logistic", "--set", "r=3.7", "--lyapunov", "--json"),
                List.of("network", network, "--t", "20", "--json"), List.of("network", network, "--t", "20"),
                List.of("no-such-command"), List.of("simulate", "no-such-model"), List.of("simulate", "--help"));
    }

    private static void run(List<String> line) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try {
            new CommandLine(nowhere, nowhere).run(line.toArray(String[]::new));
        } catch (RuntimeException | LinkageError e) {
            // train on the rest
        }
    }
}
