package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the system's Python 3 (Debian's /usr/bin/python3, where .ci/run installs python3-brian and NEURON) on
 * generated scripts; a missing interpreter or module fails the test (CI installs them).
 */
final class Python {

    static final String EXE = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private Python() {
    }

    /** Result of one run. */
    record Run(int status, String out, String err) {
    }

    static Run run(Path dir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(EXE);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("py-out", ".txt");
        Path err = Files.createTempFile("py-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python timed out after " + timeoutSeconds + " s: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs and expects success; returns the last line of stdout (the scripts' JSON summary). */
    static String lastLine(Path dir, long timeoutSeconds, String... args) throws Exception {
        Run r = run(dir, timeoutSeconds, args);
        assertEquals(0, r.status(), () -> "python " + String.join(" ", args) + " failed:\n" + tail(r.err()));
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(!lines.isEmpty(), "no output from " + String.join(" ", args));
        return lines.get(lines.size() - 1);
    }

    static String tail(String s) {
        return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
    }
}
