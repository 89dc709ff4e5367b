package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One command-line run with captured output, as a user's script would see it (in this JVM). */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        // the same streams as Main gives a command: behind the terminal filter
        try (PrintStream o = CommandLine.terminalSafe(new PrintStream(out, true, StandardCharsets.UTF_8));
                PrintStream e = CommandLine.terminalSafe(new PrintStream(err, true, StandardCharsets.UTF_8))) {
            status = new CommandLine(o, e).run(args);
            o.flush();
            e.flush();
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Object json() {
        return JsonReader.read(out);
    }
}
