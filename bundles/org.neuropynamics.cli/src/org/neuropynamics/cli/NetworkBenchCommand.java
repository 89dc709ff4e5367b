package org.neuropynamics.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;

/**
 * {@code bench-network}: CUBA (4000 LIF, 1 s) in our simulator and in Brian2 side by side, with ratios: the
 * simulation loop inside one JVM, and the whole command end to end in fresh processes, as a user runs it.
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
                usage: neuropynamics bench-network [--file F.neuronet] [--runs N] [--warmup N] [--e2e-runs N]
                                                   [--brian2-runs N] [--brian2 auto|no|numpy|cython|cpp_standalone]
                                                   [--json]
                       neuropynamics bench-network --scale K[,K..] [--threads T[,T..]] [--runs N]
                                                   [--brian2 cpp_standalone|no] [--json]

                Runs the CUBA example (or --file) once cold (first run in this JVM: JIT warm-up included), then
                --warmup and --runs more, and reports build and run times (median, and the loop's CPU time, which
                other load on the machine disturbs less than wall-clock time). Then, end to end: `neuropynamics
                network FILE --json` through the launcher script that started this command, a fresh process each
                time, once to warm up (it builds the start-up cache if missing) and --e2e-runs times (default 5),
                alternating with Brian2's examples/CUBA.py under /usr/bin/python3 (--brian2 auto: cython, run
                --brian2-runs times after one untimed run, default 3, then cpp_standalone once). Prints the
                ratios Brian2 / ours for the loop and end to end (Brian2's process time less the second run it
                makes to time its loop).
                JSON: {ours:{cold_build_ms, cold_run_ms, build_ms, run_ms, run_cpu_ms, spikes, e2e_s, e2e_min_s,
                e2e_first_s}, brian2:[{target, total_s, run_s, process_s, e2e_s, ..}], ratios:{..}, load_average}

                --scale: CUBA scaled to N = 4000 K neurons at p = 0.02 / K (80 inputs per neuron on average), 1 s, for
                each K: `neuropynamics network FILE --json --threads T` in a fresh process for each T (default 1,2;
                median of --runs, default 3) and Brian2's C++ standalone target once (it compiles first), side by
                side: loop times and ratios, peak resident memory of each process, our bytes per synapse as built
                (on each thread count) and, from the second K on, the growth of peak memory per added synapse of
                both; then issue 16's targets (2 threads >= 1.6x 1 thread, Brian2 loop >= 2x ours on 1 thread,
                <= 6 bytes per synapse), met or not.
                JSON: {scales:[{scale, neurons, synapses, synapse_bytes, synapse_bytes_t1, .., ours_t1:{run_ms,
                build_ms, process_s, peak_rss_mb, spikes}, .., brian2:{run_s, total_s, peak_rss_mb, synapses, ..}}],
                load_average, cores}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("file", "runs", "warmup", "brian2", "e2e-runs", "brian2-runs", "scale", "threads");
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.option("scale") != null) {
            if (args.option("file") != null || args.option("warmup") != null || args.option("e2e-runs") != null
                    || args.option("brian2-runs") != null) {
                throw new UsageException("--scale takes --threads, --runs, --brian2 and --json only");
            }
            return ScaleBench.run(args, out, err);
        }
        if (args.option("threads") != null) {
            throw new UsageException("--threads applies to --scale");
        }
        int runs = args.integer("runs", 9);
        int warmup = args.integer("warmup", 3);
        int e2eRuns = args.integer("e2e-runs", 5);
        int brianRuns = args.integer("brian2-runs", 3);
        if (runs < 1 || warmup < 0 || e2eRuns < 0 || brianRuns < 1) {
            throw new UsageException("--runs and --brian2-runs must be at least 1, --warmup and --e2e-runs at least 0");
        }
        String mode = args.option("brian2") == null ? "auto" : args.option("brian2");
        List<String> targets = switch (mode) {
            case "no" -> List.of();
            case "auto" -> List.of("cython", "cpp_standalone");
            case "numpy", "cython", "cpp_standalone" -> List.of(mode);
            default -> throw new UsageException("unknown --brian2 '" + mode + "'; use auto, no, numpy, cython or "
                    + "cpp_standalone");
        };
        Path file = args.option("file") == null ? null : Path.of(args.option("file"));
        Network network = file == null ? ExampleNetworks.cuba() : NetworkFiles.load(file);
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, Object> ours = inProcess(network, runs, warmup, err);
        long spikes = ((Number) ours.get("spikes")).longValue();

        Path launcher = BenchProcesses.launcher();
        Path tmp = null;
        List<Double> e2e = new ArrayList<>();
        Map<String, List<Map<String, Object>>> brian = new LinkedHashMap<>();
        try {
            if (launcher != null && e2eRuns > 0) {
                if (file == null) {
                    tmp = Files.createTempDirectory("neuropynamics-bench-");
                    file = tmp.resolve("cuba.neuronet");
                    NetworkFiles.save(network, file);
                }
                err.println("bench-network: end to end through " + launcher + " ...");
                ours.put("e2e_first_s", BenchProcesses.network(launcher, file, spikes));
            } else {
                e2eRuns = 0;
                err.println("bench-network: end to end not measured (start bench-network through the neuropynamics "
                        + "launcher script, which names itself to the command)");
            }
            List<String> runtimeTargets = new ArrayList<>();
            for (String target : targets) {
                // one untimed run each (code generation and compilation caches), as ours warmed up above
                if (!target.equals("cpp_standalone") && BenchProcesses.brian2(target, !mode.equals("auto"), err) != null) {
                    runtimeTargets.add(target);
                    brian.put(target, new ArrayList<>());
                }
            }
            for (int round = 0; round < Math.max(e2eRuns, brianRuns); round++) {
                if (round < e2eRuns) {
                    e2e.add(BenchProcesses.network(launcher, file, spikes));
                }
                for (String target : runtimeTargets) {
                    if (round < brianRuns) {
                        addIfPresent(brian.get(target), BenchProcesses.brian2(target, !mode.equals("auto"), err));
                    }
                }
            }
            if (targets.contains("cpp_standalone")) {
                addIfPresent(brian.computeIfAbsent("cpp_standalone", t -> new ArrayList<>()),
                        BenchProcesses.brian2("cpp_standalone", !mode.equals("auto"), err));
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(tmp);
            }
        }
        if (!e2e.isEmpty()) {
            ours.put("e2e_s", median(e2e));
            ours.put("e2e_min_s", e2e.stream().mapToDouble(Double::doubleValue).min().orElse(0));
            ours.put("e2e_runs", e2e.size());
        }
        List<Map<String, Object>> brian2 = new ArrayList<>();
        for (List<Map<String, Object>> results : brian.values()) {
            if (!results.isEmpty()) {
                brian2.add(medians(results));
            }
        }
        Map<String, Object> ratios = ratios(ours, brian2);
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ours", ours);
            doc.put("brian2", brian2);
            doc.put("ratios", ratios);
            doc.put("load_average", List.of(load0, load1));
            out.println(Json.write(doc));
            return 0;
        }
        NetworkBenchReport.print(out, ours, brian2, ratios, launcher, load0, load1);
        return 0;
    }

    private static Map<String, Object> inProcess(Network network, int runs, int warmup, PrintStream err) {
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
        return ours;
    }

    private static Map<String, Object> ratios(Map<String, Object> ours, List<Map<String, Object>> brian2) {
        Map<String, Object> ratios = new LinkedHashMap<>();
        double ourLoop = ((Number) ours.get("run_ms")).doubleValue();
        double ourCold = ((Number) ours.get("cold_build_ms")).doubleValue()
                + ((Number) ours.get("cold_run_ms")).doubleValue();
        for (Map<String, Object> b : brian2) {
            String t = String.valueOf(b.get("target"));
            ratios.put("Brian2 " + t + " loop / ours", number(b, "run_s") * 1000 / ourLoop);
            ratios.put("Brian2 " + t + " total / ours cold in-JVM", number(b, "total_s") * 1000 / ourCold);
            if (ours.containsKey("e2e_s")) {
                ratios.put("Brian2 " + t + " end-to-end / ours end-to-end", number(b, "e2e_s") / number(ours, "e2e_s"));
            }
        }
        return ratios;
    }

    private static void addIfPresent(List<Map<String, Object>> list, Map<String, Object> result) {
        if (result != null) {
            list.add(result);
        }
    }

    /** The first result with each number replaced by the median over all results, and their count. */
    private static Map<String, Object> medians(List<Map<String, Object>> results) {
        Map<String, Object> m = new LinkedHashMap<>(results.get(0));
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof Number && !e.getKey().equals("spikes")) {
                e.setValue(median(results.stream().map(r -> number(r, e.getKey())).toList()));
            }
        }
        m.put("runs", results.size());
        return m;
    }

    static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
