package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;

/**
 * {@code bench-network --scale K[,K2,..]}: CUBA scaled to N = 4000 K neurons at p = 0.02 / K (so every neuron keeps
 * its 80 inputs on average and the rate stays about 6 Hz), 1 s, run by our command line in a fresh process for each
 * thread count and by Brian2's C++ standalone target, side by side: loop times, their ratios, peak resident memory
 * (ours: VmHWM of the process, read from /proc while it runs; Brian2: the binary's, by /usr/bin/time) and the
 * bytes per synapse (ours: the synapse arrays as built; both: the growth of peak memory per added synapse between
 * the smallest and each larger scale). A benchmark: it prints numbers and asserts nothing.
 */
final class ScaleBench {

    private ScaleBench() {
    }

    /** CUBA with populations K times larger and connection probabilities K times smaller. */
    static Network cuba(double k) {
        Network n = ExampleNetworks.cuba();
        n.setName(n.getName() + " x" + Format.number(k));
        for (Population p : n.getPopulations()) {
            p.setSize((int) Math.round(p.getSize() * k));
        }
        for (Projection pr : n.getProjections()) {
            FixedProbability fp = (FixedProbability) pr.getConnectivity();
            fp.setProbability(fp.getProbability() / k);
        }
        return n;
    }

    static int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        List<Double> scales = new ArrayList<>();
        for (String s : args.option("scale").split(",")) {
            double k;
            try {
                k = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--scale takes numbers like 1,10,100, got '" + s + "'");
            }
            if (!(k > 0) || k > 1000) {
                throw new UsageException("--scale must be in (0, 1000], got " + s);
            }
            scales.add(k);
        }
        List<Integer> threads = new ArrayList<>();
        for (String s : (args.option("threads") == null ? "1,2" : args.option("threads")).split(",")) {
            try {
                threads.add(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                throw new UsageException("--threads takes counts like 1,2, got '" + s + "'");
            }
            if (threads.get(threads.size() - 1) < 1) {
                throw new UsageException("--threads counts must be at least 1, got " + s);
            }
        }
        int runs = args.integer("runs", 3);
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
        String mode = args.option("brian2") == null ? "cpp_standalone" : args.option("brian2");
        if (!mode.equals("no") && !mode.equals("cpp_standalone")) {
            throw new UsageException("with --scale, --brian2 is cpp_standalone or no, got '" + mode + "'");
        }
        Path launcher = BenchProcesses.launcher();
        if (launcher == null) {
            throw new UsageException("bench-network --scale runs our command line in fresh processes: start it "
                    + "through the neuropynamics launcher script");
        }
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Map<String, Object>> rows = new ArrayList<>();
        Path tmp = Files.createTempDirectory("neuropynamics-scale-");
        try {
            for (double k : scales) {
                Network network = cuba(k);
                Path file = tmp.resolve("cuba-x" + Format.number(k) + ".neuronet");
                NetworkFiles.save(network, file);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("scale", k);
                row.put("neurons", network.getPopulations().stream().mapToLong(Population::getSize).sum());
                NetworkSimulator.SynapseMemory mem = new NetworkSimulator().synapseMemory(network,
                        RunOptions.DEFAULT.withDuration(0));
                row.put("synapses", mem.synapses());
                row.put("synapse_bytes", mem.bytes());
                for (int t : threads) {
                    // several threads add the target ranges' row offsets (docs/architecture.md)
                    row.put("synapse_bytes_t" + t, t == 1 ? mem.bytes() : new NetworkSimulator().synapseMemory(network,
                            RunOptions.DEFAULT.withDuration(0).withThreads(t)).bytes());
                }
                for (int t : threads) {
                    err.printf(Locale.ROOT, "bench-network: scale %s, ours on %d thread(s) ...%n", Format.number(k), t);
                    List<Map<String, Object>> samples = new ArrayList<>();
                    for (int r = 0; r < runs; r++) {
                        samples.add(ours(launcher, file, t));
                    }
                    row.put("ours_t" + t, medians(samples));
                }
                if (mode.equals("cpp_standalone")) {
                    err.printf(Locale.ROOT, "bench-network: scale %s, Brian2 cpp_standalone (compiles first) ...%n",
                            Format.number(k));
                    Map<String, Object> b = brian2(k, err);
                    if (b != null) {
                        row.put("brian2", b);
                    }
                }
                rows.add(row);
            }
        } finally {
            try (var files = Files.list(tmp)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("scales", rows);
            doc.put("load_average", List.of(load0, load1));
            doc.put("cores", Runtime.getRuntime().availableProcessors());
            out.println(Json.write(doc));
            return 0;
        }
        print(out, rows, threads, load0, load1);
        return 0;
    }

    private static void print(PrintStream out, List<Map<String, Object>> rows, List<Integer> threads, double load0,
            double load1) {
        out.printf(Locale.ROOT, "CUBA scaled: N = 4000 K LIF, p = 0.02 / K, 1 s, dt 0.1 ms; loop times (median of "
                + "fresh processes), their CPU time (on a loaded machine wall-clock times measure the scheduler as "
                + "much as the code), peak resident memory%n");
        Map<String, Object> first = rows.get(0);
        for (Map<String, Object> row : rows) {
            long syn = ((Number) row.get("synapses")).longValue();
            StringBuilder perThreads = new StringBuilder();
            for (int t : threads) {
                if (t > 1 && row.get("synapse_bytes_t" + t) instanceof Number b) {
                    perThreads.append(String.format(Locale.ROOT, ", %.2f on %d threads", b.doubleValue()
                            / Math.max(1, syn), t));
                }
            }
            out.printf(Locale.ROOT, "K=%s: %d neurons, %d synapses (%.2f bytes each as built on one thread%s)%n",
                    Format.number(((Number) row.get("scale")).doubleValue()), ((Number) row.get("neurons")).longValue(),
                    syn, ((Number) row.get("synapse_bytes")).doubleValue() / Math.max(1, syn), perThreads);
            Map<String, Object> one = null;
            for (int t : threads) {
                Map<String, Object> o = map(row.get("ours_t" + t));
                if (one == null) {
                    one = o;
                }
                out.printf(Locale.ROOT, "  ours, %d thread%s   loop %8.3f s  build %7.3f s  whole process %7.2f s "
                        + "(CPU %.2f s)  peak %7.1f MB  %d spikes%s%n", t, t == 1 ? " " : "s", num(o, "run_ms") / 1000,
                        num(o, "build_ms") / 1000, num(o, "process_s"), num(o, "cpu_s"), num(o, "peak_rss_mb"),
                        (long) num(o, "spikes"),
                        o == one ? "" : String.format(Locale.ROOT, "  (%.2fx the first)", num(one, "run_ms")
                                / num(o, "run_ms")));
            }
            Map<String, Object> b = map(row.get("brian2"));
            if (b != null) {
                out.printf(Locale.ROOT, "  Brian2 C++ standalone loop %8.3f s  whole script %7.2f s  binary CPU %.2f s  "
                        + "peak %7.1f MB  %d spikes, %d synapses%n", num(b, "run_s"), num(b, "total_s"),
                        num(b, "binary_cpu_s"), num(b, "peak_rss_mb"), (long) num(b, "spikes"),
                        (long) num(b, "synapses"));
                for (int t : threads) {
                    Map<String, Object> o = map(row.get("ours_t" + t));
                    out.printf(Locale.ROOT, "  ratio Brian2 loop / ours (%d thread%s): %.2f; Brian2 binary CPU / our process "
                            + "CPU: %.2f; peak memory Brian2 / ours: %.2f%n", t, t == 1 ? "" : "s",
                            num(b, "run_s") * 1000 / num(o, "run_ms"), num(b, "binary_cpu_s") / num(o, "cpu_s"),
                            num(b, "peak_rss_mb") / num(o, "peak_rss_mb"));
                }
            }
            if (row != first) {
                long dsyn = syn - ((Number) first.get("synapses")).longValue();
                Map<String, Object> o0 = map(first.get("ours_t" + threads.get(0)));
                Map<String, Object> o1 = map(row.get("ours_t" + threads.get(0)));
                String line = String.format(Locale.ROOT, "  peak memory per added synapse (against K=%s): ours %.1f "
                        + "bytes", Format.number(((Number) first.get("scale")).doubleValue()),
                        (num(o1, "peak_rss_mb") - num(o0, "peak_rss_mb")) * 1048576 / dsyn);
                Map<String, Object> b0 = map(first.get("brian2"));
                if (b != null && b0 != null) {
                    line += String.format(Locale.ROOT, ", Brian2 %.1f bytes", (num(b, "peak_rss_mb")
                            - num(b0, "peak_rss_mb")) * 1048576 / (num(b, "synapses") - num(b0, "synapses")));
                }
                out.println(line);
            }
            targets(out, row, threads);
        }
        out.printf(Locale.ROOT, "load average %.2f before, %.2f after (%d cores)%n", load0, load1,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Issue 16's targets for this scale, from the numbers above: two threads' loop at least 1.6x faster than one
     * thread's, ours on one thread at least 2x faster than Brian2's loop, at most 6 bytes per synapse as built.
     * Wall-clock ratios mean something only on a machine with a core free per thread (see the load average).
     */
    private static void targets(PrintStream out, Map<String, Object> row, List<Integer> threads) {
        StringBuilder line = new StringBuilder("  issue 16's targets:");
        Map<String, Object> one = row.get("ours_t1") == null ? null : map(row.get("ours_t1"));
        Map<String, Object> two = row.get("ours_t2") == null ? null : map(row.get("ours_t2"));
        if (one != null && two != null) {
            double r = num(one, "run_ms") / num(two, "run_ms");
            boolean serial = ((Number) row.get("neurons")).longValue() < NetworkSimulator.PARALLEL_NEURONS;
            line.append(String.format(Locale.ROOT, " 2 threads / 1 thread %.2fx (>= 1.6: %s);", r, serial
                    ? "both ran on one thread: under " + NetworkSimulator.PARALLEL_NEURONS + " neurons"
                    : r >= 1.6 ? "met" : "not met"));
        }
        Map<String, Object> b = row.get("brian2") == null ? null : map(row.get("brian2"));
        if (one != null && b != null) {
            double r = num(b, "run_s") * 1000 / num(one, "run_ms");
            line.append(String.format(Locale.ROOT, " Brian2 loop / ours on 1 thread %.2fx (>= 2: %s);", r, r >= 2
                    ? "met" : "not met"));
        }
        long syn = Math.max(1, ((Number) row.get("synapses")).longValue());
        double worst = 0;
        for (int t : threads) {
            if (row.get("synapse_bytes_t" + t) instanceof Number n) {
                worst = Math.max(worst, n.doubleValue() / syn);
            }
        }
        line.append(String.format(Locale.ROOT, " bytes per synapse as built %.2f at most (<= 6 with constant weights "
                + "and delays: %s)", worst, worst <= 6 ? "met" : "not met"));
        out.println(line);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * One fresh {@code LAUNCHER network FILE --json --threads T}: its JSON (run_ms, build_ms, total_spikes), the
     * process's wall-clock time and its peak resident set (VmHWM, polled from /proc every 20 ms while it runs).
     */
    private static Map<String, Object> ours(Path launcher, Path file, int threads)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(launcher.toString(), "network", file.toString(), "--json", "--threads",
                Integer.toString(threads)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        long[] peakKb = {-1};
        long[] cpuTicks = {-1};
        Thread poll = new Thread(() -> {
            while (p.isAlive()) {
                // the launcher script execs or starts java: the largest VmHWM of the process and its descendants,
                // and their CPU time (the last reading before the exit, within the 20 ms of the polling)
                peakKb[0] = Math.max(peakKb[0], hwm(p.toHandle()));
                cpuTicks[0] = Math.max(cpuTicks[0], ticks(p.toHandle()));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poll.setDaemon(true);
        poll.start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("our run did not finish within an hour");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        poll.join();
        if (p.exitValue() != 0 || !json.startsWith("{")) {
            throw new IllegalStateException(launcher + " network exited " + p.exitValue() + ": " + json);
        }
        Map<String, Object> doc = JsonReader.object(json);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("run_ms", doc.get("run_ms"));
        r.put("build_ms", doc.get("build_ms"));
        r.put("spikes", doc.get("total_spikes"));
        r.put("process_s", seconds);
        r.put("peak_rss_mb", peakKb[0] < 0 ? Double.NaN : peakKb[0] / 1024.0);
        r.put("cpu_s", cpuTicks[0] < 0 ? Double.NaN : cpuTicks[0] / 100.0);
        return r;
    }

    /** User and system CPU of a process and its descendants in clock ticks (Linux: 100 per second), or -1. */
    private static long ticks(ProcessHandle h) {
        long sum = -1;
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(11)
            sum = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        for (ProcessHandle c : h.children().toList()) {
            long t = ticks(c);
            if (t >= 0) {
                sum = Math.max(sum, 0) + t;
            }
        }
        return sum;
    }

    private static long hwm(ProcessHandle h) {
        long best = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(h.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    best = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        for (ProcessHandle c : h.children().toList()) {
            best = Math.max(best, hwm(c));
        }
        return best;
    }

    private static Map<String, Object> brian2(double k, PrintStream err) throws IOException, InterruptedException {
        Path script = Files.createTempFile("neuropynamics-cuba-", ".py");
        Path log = Files.createTempFile("neuropynamics-cuba-", ".log");
        try (var in = ScaleBench.class.getResourceAsStream("/bench/brian2_cuba.py")) {
            Files.write(script, in.readAllBytes());
            String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
            Process p = new ProcessBuilder(python, script.toString(), "cpp_standalone",
                    Long.toString(Math.round(4000 * k)), Double.toString(0.02 / k)).redirectError(log.toFile()).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = p.waitFor(60, TimeUnit.MINUTES);
            String last = output.lines().reduce((a, b) -> b).orElse("");
            if (!done || p.exitValue() != 0 || !last.startsWith("{")) {
                err.println("bench-network: Brian2 cpp_standalone not available ("
                        + Files.readString(log).lines().reduce((a, b) -> b).orElse("no output") + ")");
                return null;
            }
            return JsonReader.object(last);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(log);
        }
    }

    private static Map<String, Object> medians(List<Map<String, Object>> samples) {
        Map<String, Object> m = new LinkedHashMap<>(samples.get(0));
        for (String key : m.keySet()) {
            if (key.equals("spikes")) {
                continue;
            }
            double[] v = samples.stream().mapToDouble(s -> num(s, key)).toArray();
            Arrays.sort(v);
            m.put(key, v[v.length / 2]);
        }
        m.put("runs", samples.size());
        return m;
    }
}
