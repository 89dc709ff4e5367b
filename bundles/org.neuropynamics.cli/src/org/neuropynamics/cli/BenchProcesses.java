package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes {@code bench-network} times end to end, as a user runs them: our command through the launcher
 * script (a fresh JVM each time) and Brian2's CUBA script under {@code /usr/bin/python3}.
 */
final class BenchProcesses {

    /** System property with the launcher script the running command line was started by. */
    static final String LAUNCHER_PROPERTY = "org.neuropynamics.cli.launcher";

    private BenchProcesses() {
    }

    /** The launcher script that started this JVM, or null (run inside OSGi tests, or by hand). */
    static Path launcher() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null || launcher.isBlank()) {
            return null;
        }
        Path path = Path.of(launcher);
        if (Files.isRegularFile(path)) {
            return path;
        }
        Path cmd = Path.of(launcher + ".cmd");
        return Files.isRegularFile(cmd) ? cmd : null;
    }

    /**
     * Wall-clock seconds of {@code LAUNCHER network FILE --json}, from process start to exit (JVM start, file
     * loading, network build, run and JSON output); checks that it printed a result with {@code spikes} spikes.
     */
    static double network(Path launcher, Path file, long spikes) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(launcher.toString(), "network", file.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!done) {
            p.destroyForcibly();
            throw new IllegalStateException(launcher + " network did not finish within 10 minutes");
        }
        if (p.exitValue() != 0 || !out.contains("\"total_spikes\":" + spikes + ",")) {
            throw new IllegalStateException(launcher + " network exited " + p.exitValue() + " and printed: "
                    + out.strip() + " (expected " + spikes + " spikes)");
        }
        return seconds;
    }

    /**
     * One run of Brian2's CUBA script for {@code target}: its own JSON line ({target, brian2, total_s, run_s,
     * spikes}) plus {@code process_s}, the process's wall-clock time from start to exit (Python start and
     * {@code import brian2} included), and {@code e2e_s}, the end-to-end time of one 1 s simulation: the process
     * time less the second run runtime targets make only to time their loop. Null when Brian2 is not available
     * and not {@code required}.
     */
    static Map<String, Object> brian2(String target, boolean required, PrintStream err)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("neuropynamics-cuba-", ".py");
        Path log = Files.createTempFile("neuropynamics-cuba-", ".log");
        try (InputStream in = BenchProcesses.class.getResourceAsStream("/bench/brian2_cuba.py")) {
            Files.write(script, in.readAllBytes());
            err.println("bench-network: Brian2 " + target + " ...");
            String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(python, script.toString(), target).redirectError(log.toFile()).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = p.waitFor(15, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - t0) / 1e9;
            String errors = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            String last = output.lines().reduce((a, b) -> b).orElse("");
            if (!done || p.exitValue() != 0 || !last.startsWith("{")) {
                String why = errors.lines().reduce((a, b) -> b).orElse("no output");
                if (required) {
                    throw new IllegalStateException("Brian2 " + target + " failed: " + why);
                }
                err.println("bench-network: Brian2 " + target + " not available (" + why + ")");
                return null;
            }
            Map<String, Object> result = JsonReader.object(last);
            double rerun = target.equals("cpp_standalone") ? 0 : ((Number) result.get("run_s")).doubleValue();
            result.put("process_s", seconds);
            result.put("e2e_s", seconds - rerun);
            return result;
        } catch (IOException e) {
            if (required) {
                throw e;
            }
            return null;
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(log);
        }
    }
}
