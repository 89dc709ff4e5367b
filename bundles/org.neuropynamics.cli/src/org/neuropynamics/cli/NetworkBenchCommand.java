package org.neuropynamics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;

/**
 * {@code bench-network}: CUBA (4000 LIF, 1 s) in our simulator and in Brian2 side by side, with ratios.
 * A benchmark, not a test: it reports numbers, it asserts nothing.
 */
final class NetworkBenchCommand implements Command {

    @Override
    public String name() {
        return "bench-network";
    }

    @Override
    public String summary() {
        return "network benchmark: CUBA 1 s here and in Brian2 (cython, cpp_standalone), with ratios";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics bench-network [--file F.neuronet] [--runs N] [--warmup N]
                                                   [--brian2 auto|no|numpy|cython|cpp_standalone] [--json]

                Runs the CUBA example (or --file) once cold (first run in this JVM: JIT warm-up included), then
                --warmup and --runs more, and reports build and run times (median, and the loop's CPU time, which
                other load on the machine disturbs less than wall-clock time). With python3 and brian2 installed,
                runs Brian2's examples/CUBA.py (--brian2 auto: cython, then cpp_standalone) and prints the ratios
                Brian2 / ours for the loop and for the whole run (Brian2's script total against our cold build + run).
                JSON: {ours:{cold_build_ms, cold_run_ms, build_ms, run_ms, run_cpu_ms, spikes}, brian2:[..], ratios:{..}}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("file", "runs", "warmup", "brian2");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        int runs = args.integer("runs", 9);
        int warmup = args.integer("warmup", 3);
        if (runs < 1 || warmup < 0) {
            throw new UsageException("--runs must be at least 1 and --warmup at least 0");
        }
        Network network = args.option("file") == null ? ExampleNetworks.cuba()
                : NetworkFiles.load(Path.of(args.option("file")));
        NetworkSimulator simulator = new NetworkSimulator();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        err.println("bench-network: cold run ...");
        NetworkResult cold = simulator.run(network, RunOptions.DEFAULT, RunMonitor.NONE);
        double[] build = new double[runs];
        double[] loop = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            NetworkResult r = simulator.run(network, RunOptions.DEFAULT, RunMonitor.NONE);
            long c1 = mx.getCurrentThreadCpuTime();
            if (i >= warmup) {
                build[i - warmup] = r.buildMs();
                loop[i - warmup] = r.runMs();
                cpu[i - warmup] = (c1 - c0) / 1e6 * r.runMs() / (r.buildMs() + r.runMs());
            }
        }
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("cold_build_ms", cold.buildMs());
        ours.put("cold_run_ms", cold.runMs());
        ours.put("build_ms", median(build));
        ours.put("run_ms", median(loop));
        ours.put("run_min_ms", Arrays.stream(loop).min().orElse(0));
        ours.put("run_cpu_ms", median(cpu));
        ours.put("spikes", cold.totalPopulationSpikes());
        List<Map<String, Object>> brian = new ArrayList<>();
        String mode = args.option("brian2") == null ? "auto" : args.option("brian2");
        List<String> targets = switch (mode) {
            case "no" -> List.of();
            case "auto" -> List.of("cython", "cpp_standalone");
            default -> List.of(mode);
        };
        for (String target : targets) {
            Map<String, Object> b = runBrian2(target, !mode.equals("auto"), err);
            if (b != null) {
                brian.add(b);
            }
        }
        Map<String, Object> ratios = new LinkedHashMap<>();
        double ourLoop = median(loop);
        double ourWhole = cold.buildMs() + cold.runMs();
        for (Map<String, Object> b : brian) {
            String t = String.valueOf(b.get("target"));
            ratios.put("Brian2 " + t + " loop / ours", ((Number) b.get("run_s")).doubleValue() * 1000 / ourLoop);
            ratios.put("Brian2 " + t + " total / ours cold", ((Number) b.get("total_s")).doubleValue() * 1000 / ourWhole);
        }
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ours", ours);
            doc.put("brian2", brian);
            doc.put("ratios", ratios);
            out.println(Json.write(doc));
            return 0;
        }
        out.printf(Locale.ROOT, "CUBA, 4000 LIF, 1 s, dt 0.1 ms (%d spikes)%n", cold.totalPopulationSpikes());
        out.printf(Locale.ROOT, "  ours cold (first run in JVM)   build %8.1f ms  run %8.1f ms%n", cold.buildMs(),
                cold.runMs());
        out.printf(Locale.ROOT, "  ours warm (median of %2d)       build %8.1f ms  run %8.1f ms (min %.1f, CPU %.1f ms)%n",
                runs, median(build), ourLoop, ours.get("run_min_ms"), median(cpu));
        for (Map<String, Object> b : brian) {
            out.printf(Locale.ROOT, "  Brian2 %-15s          loop %8.1f ms  whole script %.2f s (%s spikes)%n",
                    b.get("target"), ((Number) b.get("run_s")).doubleValue() * 1000,
                    ((Number) b.get("total_s")).doubleValue(), b.get("spikes"));
        }
        if (brian.isEmpty()) {
            out.println("  Brian2: not run (python3 with brian2 not found, or --brian2 no)");
        }
        for (Map.Entry<String, Object> e : ratios.entrySet()) {
            out.printf(Locale.ROOT, "  ratio %-36s %.2f%n", e.getKey(), e.getValue());
        }
        return 0;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static Map<String, Object> runBrian2(String target, boolean required, PrintStream err)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("neuropynamics-cuba-", ".py");
        try (InputStream in = NetworkBenchCommand.class.getResourceAsStream("/bench/brian2_cuba.py")) {
            Files.write(script, in.readAllBytes());
            err.println("bench-network: Brian2 " + target + " ...");
            String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
            Process p = new ProcessBuilder(python, script.toString(), target).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String last = output.lines().reduce((a, b) -> b).orElse("");
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0 || !last.startsWith("{")) {
                String why = errors.lines().reduce((a, b) -> b).orElse("no output");
                if (required) {
                    throw new IllegalStateException("Brian2 " + target + " failed: " + why);
                }
                err.println("bench-network: Brian2 " + target + " not available (" + why + ")");
                return null;
            }
            return MiniJsonObject.parse(last);
        } catch (IOException e) {
            if (required) {
                throw e;
            }
            return null;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
