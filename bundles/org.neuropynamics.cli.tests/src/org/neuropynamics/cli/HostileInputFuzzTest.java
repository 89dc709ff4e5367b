package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile input for every command and file format (issue 19): hostile values in every option of
 * every command, and seeded random mutations of the shipped examples ({@code .ode} and {@code .neuronet}) with
 * hostile numbers, names, references and truncations. Each run must keep the contract's invariants:
 * <ul>
 * <li>exit 0 with a result (JSON that parses, no NaN or Infinity printed), or exit 2 with exactly one line on
 * stderr; never a stack trace or a Java class name;</li>
 * <li>no raw control character or bidirectional override on stdout or stderr;</li>
 * <li>no network access (references point at a local server that counts connections);</li>
 * <li>no file changed in the working folder except the named output;</li>
 * <li>done within {@value #SECONDS} s.</li>
 * </ul>
 * The generators are seeded: a failure names its case and reproduces.
 */
class HostileInputFuzzTest {

    private static final int SECONDS = 15;
    private static final String[] NUMBERS = {"1e308", "-1e308", "NaN", "Infinity", "-Infinity", "-1", "0", "-0",
        "1e-300", "2e9", "5abc", "100f", "0x1p3", "", " ", "1,5", "1e", "--json", "\u001b[2J", "\u202e1"};

    private static ServerSocket server;
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    CONNECTIONS.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fuzz-sentinel");
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void close() throws IOException {
        server.close();
        assertEquals(0, CONNECTIONS.get(), "connections to the URL planted in fuzzed files");
    }

    /** Every option of every command with each hostile value. */
    @Test
    void hostileOptionValues() throws Exception {
        Path ode = Files.copy(Path.of("../../examples/fitzhugh-nagumo.ode"), dir.resolve("fhn.ode"));
        Path net = Files.copy(Path.of("../../examples/course-network.neuronet"), dir.resolve("net.neuronet"));
        Map<String, List<String>> bases = new TreeMap<>();
        bases.put("simulate", List.of("simulate", ode.toString(), "--t", "50"));
        bases.put("equilibria", List.of("equilibria", ode.toString()));
        bases.put("cycle", List.of("cycle", ode.toString()));
        bases.put("continue", List.of("continue", "fitzhugh-nagumo", "--param", "I", "--from", "0", "--to", "1",
                "--no-cycles"));
        bases.put("sweep", List.of("sweep", "izhikevich", "--param", "d", "--from", "2", "--to", "8", "--n", "5",
                "--observe", "u", "--t", "200", "--transient", "100"));
        bases.put("map", List.of("map", "logistic", "--set", "r=3.7", "--lyapunov"));
        bases.put("network", List.of("network", net.toString(), "--t", "20"));
        bases.put("jeffress", List.of("jeffress", "--left", "2", "--right", "2.2", "--n", "9"));
        bases.put("cable", List.of("cable", "--n", "20"));
        bases.put("render", List.of("render", "phase-plane", "--model", ode.toString(), "--png",
                dir.resolve("out.png").toString()));
        Map<String, List<String>> options = Map.of(
                "simulate", List.of("t", "dt", "sample", "init", "current", "method", "spike-timing"),
                "equilibria", List.of("window"),
                "cycle", List.of("from", "transient", "max-return"),
                "continue", List.of("from", "to", "param"),
                "sweep", List.of("from", "to", "n", "t", "transient", "dt", "threads"),
                "map", List.of("orbit-diagram", "iterations", "transient"),
                "network", List.of("t", "seed", "threads"),
                "jeffress", List.of("left", "right", "n", "t", "weight", "delta"),
                "cable", List.of("length", "diameter", "n", "ra", "rm", "cm", "current"),
                "render", List.of("t", "dt", "width", "height", "window"));
        List<List<String>> cases = new ArrayList<>();
        for (Map.Entry<String, List<String>> base : bases.entrySet()) {
            for (String option : options.get(base.getKey())) {
                for (String value : NUMBERS) {
                    cases.add(withOption(base.getValue(), option, value));
                }
            }
            cases.add(concat(base.getValue(), "--set", "bogus=1"));
            cases.add(concat(base.getValue(), "--bogus"));
        }
        Random random = new Random(19);
        List<List<String>> sample = new ArrayList<>();
        for (List<String> c : cases) {
            // a seeded quarter of the cases, to stay well under a minute
            if (random.nextInt(4) == 0) {
                sample.add(c);
            }
        }
        List<String> failures = new ArrayList<>();
        for (List<String> args : sample) {
            check(failures, () -> runAndCheck(args, List.of(dir.resolve("out.png"))));
        }
        report(failures, sample.size());
    }

    /** Seeded mutations of the shipped examples, run as their commands would be. */
    @Test
    void mutatedExampleFiles() throws Exception {
        Random random = new Random(1919);
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("../../examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".ode") || p.toString().endsWith(".neuronet")).sorted()
                    .toList();
        }
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            Path example = examples.get(random.nextInt(examples.size()));
            String name = example.getFileName().toString();
            String text = mutate(Files.readString(example), random, name.endsWith(".neuronet"));
            Path file = dir.resolve("m" + k + "-" + name);
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            List<String> args = name.endsWith(".neuronet")
                    ? List.of("network", file.toString(), "--t", "20", "--json")
                    : random.nextBoolean() ? List.of("simulate", file.toString(), "--t", "20", "--json")
                            : List.of("equilibria", file.toString(), "--json");
            check(failures, () -> {
                runAndCheck(args, List.of());
                assertEquals(text, Files.readString(file), "the input is never changed");
            });
        }
        report(failures, 60);
    }

    private interface Case {
        void run() throws Exception;
    }

    /** Runs one case, keeping its failure: a run reports every case that broke an invariant, not the first. */
    private static void check(List<String> failures, Case c) throws Exception {
        try {
            c.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    private static void report(List<String> failures, int cases) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " cases broke an invariant:\n"
                    + String.join("\n---\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    private String mutate(String text, Random random, boolean xml) {
        String[] hostile = {"1e308", "-1e308", "NaN", "INF", "0", "-0", "1e-300", "2e9", "5abc", "0x1p3",
            "&#27;[2J", "\u009b2J", "\u202eevil", "http://127.0.0.1:" + server.getLocalPort() + "/x.neuronet#//@populations.0",
            "../other.neuronet#//@populations.0", "<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:"
                    + server.getLocalPort() + "/e\">]>", "&e;", "]]>", "\u0000", "\uFEFF", "é"};
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> { // a number replaced by a hostile one
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?")
                            .matcher(s);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] span = spans.get(random.nextInt(spans.size()));
                        s.replace(span[0], span[1], hostile[random.nextInt(10)]);
                    }
                }
                case 1 -> s.insert(at, hostile[random.nextInt(hostile.length)]);
                case 2 -> s.setLength(at); // truncated
                case 3 -> { // a reference or name attribute pointed elsewhere
                    String target = xml ? "target=\"" : "par ";
                    int i = s.indexOf(target);
                    if (i >= 0) {
                        s.insert(i + target.length(), hostile[10 + random.nextInt(hostile.length - 10)]);
                    }
                }
                case 4 -> { // a line duplicated
                    int start = s.lastIndexOf("\n", at) + 1;
                    int end = s.indexOf("\n", at);
                    if (end > start) {
                        s.insert(start, s.substring(start, end + 1));
                    }
                }
                default -> s.setCharAt(Math.min(at, Math.max(0, s.length() - 1)),
                        (char) (random.nextInt(0x80) + (random.nextBoolean() ? 0 : 0x80)));
            }
        }
        return s.toString();
    }

    private void runAndCheck(List<String> args, List<Path> outputs) throws Exception {
        Map<Path, String> before = snapshot(outputs);
        String what = String.join(" ", args).replace(dir.toString(), "DIR");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS),
                () -> CliRun.of(args.toArray(String[]::new)), () -> "did not finish in " + SECONDS + " s: " + what);
        String all = run.out() + run.err();
        for (char c : all.toCharArray()) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x202e) {
                fail("raw control character U+" + Integer.toHexString(c) + " printed by: " + what);
            }
        }
        if (all.contains("Exception") || all.contains("\tat ") || all.contains("java.")) {
            fail("a Java exception reached the user: " + what + "\n" + run.err());
        }
        if (run.status() == 0) {
            assertTrue(!run.out().isBlank(), "exit 0 without a result: " + what);
            if (args.contains("--json")) {
                run.json(); // parses
            }
            if (run.out().matches("(?s).*\\b(NaN|Infinity)\\b.*")) {
                fail("NaN or Infinity printed as a result by: " + what + "\n" + run.out());
            }
        } else {
            assertEquals(2, run.status(), "exit status of: " + what + "\n" + run.err());
            assertEquals(1, run.err().lines().count(), "one line on stderr from: " + what + "\n" + run.err());
        }
        assertEquals(before, snapshot(outputs), "files changed other than the output by: " + what);
    }

    /** Names and content digests of the working folder's files, outputs left out. */
    private Map<Path, String> snapshot(List<Path> outputs) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (!outputs.contains(p) && Files.isRegularFile(p)) {
                    files.put(p.getFileName(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    private static List<String> withOption(List<String> base, String option, String value) {
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < base.size(); i++) {
            out.add(base.get(i));
            if (base.get(i).equals("--" + option) && i + 1 < base.size()) {
                out.add(value);
                i++;
                replaced = true;
            }
        }
        if (!replaced) {
            out.add("--" + option);
            out.add(value);
        }
        return out;
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }
}
