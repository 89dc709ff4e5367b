package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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

import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * {@code bench}: solver timings side by side. Hand-written Java models against the same models typed as
 * {@code .ode} files and compiled from our AST, and, when python3 can import brian2, Brian2 on the same HH run.
 * A benchmark, not a test: it reports numbers and ratios, it asserts nothing.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "solver benchmarks: Java vs .ode-compiled models, and Brian2 side by side";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics bench [--runs N] [--warmup N] [--brian2 auto|no|cython|numpy] [--stiff-runs N]
                           [--json]

                Times 1 s of simulated time at RK4, dt 0.01 ms, recording V every 0.1 ms (what a view draws):
                  hodgkin-huxley  catalogue (hand-written Java) vs bench/hodgkin-huxley.ode compiled from our AST
                  izhikevich      catalogue (hand-written Java) vs bench/izhikevich.ode
                and reports the median and the ratio .ode/Java. With python3 and brian2 installed (Debian:
                python3-brian), the same HH run in Brian2 (--brian2 auto tries cython, the default target).
                Then stiff systems with the stiff method rodas and explicit methods side by side (--stiff-runs
                runs each, default 3, after one warm-up; 0 skips them): Robertson's kinetics to t = 40, van der
                Pol at mu = 1000 to t = 1000, Hodgkin-Huxley for 1 s written every 0.25 ms; time, steps, error of
                the final state against rodas at tol 1e-10, and the ratios explicit/rodas.
                JSON: {cases:[{name, median_ms, min_ms, spikes}], ratios:{..}, brian2?:{..},
                       stiff:[{name, median_ms, min_ms, steps, error} or {name, failure}]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("runs", "warmup", "brian2", "stiff-runs");
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        int runs = args.integer("runs", 21);
        int warmup = args.integer("warmup", 15);
        if (runs < 1 || warmup < 0) {
            throw new UsageException("--runs must be at least 1 and --warmup at least 0");
        }
        ModelRegistry registry = ModelRegistry.getDefault();
        List<Case> cases = List.of(
                new Case("hodgkin-huxley (Java)", registry.get("hodgkin-huxley")),
                new Case("hodgkin-huxley (.ode)", loadBenchModel("hodgkin-huxley")),
                new Case("izhikevich (Java)", registry.get("izhikevich")),
                new Case("izhikevich (.ode)", loadBenchModel("izhikevich")));
        List<Object> results = new ArrayList<>();
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (Case c : cases) {
            err.println("bench: " + c.name + " ...");
            double[] times = new double[runs];
            int spikes = 0;
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                spikes = Simulation.run(request(c.model)).spikeCount();
                long t1 = System.nanoTime();
                if (i >= warmup) {
                    times[i - warmup] = (t1 - t0) / 1e6;
                }
            }
            Arrays.sort(times);
            double median = times[runs / 2];
            medians.put(c.name, new double[] { median, times[0] });
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", c.name);
            o.put("median_ms", median);
            o.put("min_ms", times[0]);
            o.put("spikes", spikes);
            results.add(o);
        }
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("hodgkin-huxley .ode/Java",
                medians.get("hodgkin-huxley (.ode)")[0] / medians.get("hodgkin-huxley (Java)")[0]);
        ratios.put("izhikevich .ode/Java", medians.get("izhikevich (.ode)")[0] / medians.get("izhikevich (Java)")[0]);
        int stiffRuns = args.integer("stiff-runs", 3);
        if (stiffRuns < 0) {
            throw new UsageException("--stiff-runs must be at least 0");
        }
        List<Object> stiff = StiffBench.newList();
        if (stiffRuns > 0) {
            ratios.putAll(StiffBench.run(stiffRuns, 1, err, stiff));
        }
        Map<String, Object> brian = runBrian2(args.option("brian2"), err);
        if (brian != null && brian.get("run_s") instanceof Number runS) {
            ratios.put("hodgkin-huxley Brian2 run/Java", runS.doubleValue() * 1000 / medians.get("hodgkin-huxley (Java)")[0]);
        }
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("cases", results);
            doc.put("ratios", ratios);
            if (brian != null) {
                doc.put("brian2", brian);
            }
            if (!stiff.isEmpty()) {
                doc.put("stiff", stiff);
            }
            out.println(Json.write(doc));
            return 0;
        }
        out.println("1 s simulated, RK4, dt 0.01 ms, median of " + runs + " runs after " + warmup + " warm-up runs");
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) r;
            out.printf(Locale.ROOT, "  %-24s %8.2f ms  (min %.2f ms, %s spikes)%n", m.get("name"), m.get("median_ms"),
                    m.get("min_ms"), m.get("spikes"));
        }
        if (brian != null) {
            out.printf(Locale.ROOT, "  %-24s %8.2f ms  (whole script %.2f s, %s spikes, brian2 %s)%n",
                    "hodgkin-huxley (Brian2 " + brian.get("target") + ")", ((Number) brian.get("run_s")).doubleValue() * 1000,
                    ((Number) brian.get("total_s")).doubleValue(), Format.number(((Number) brian.get("spikes")).doubleValue()),
                    brian.get("brian2"));
        } else {
            out.println("  Brian2: not run (python3 with brian2 not found, or --brian2 no)");
        }
        if (!stiff.isEmpty()) {
            StiffBench.print(stiff, stiffRuns, out);
        }
        for (Map.Entry<String, Object> e : ratios.entrySet()) {
            out.printf(Locale.ROOT, "  ratio %-30s %.2f%n", e.getKey(), e.getValue());
        }
        return 0;
    }

    private record Case(String name, Model model) {
    }

    private static SimulationRequest request(Model model) {
        String v = model.variableNames().get(0);
        return SimulationRequest.builder(model).tEnd(1000).dt(0.01).method("rk4").sampleInterval(0.1).record(v)
                .build();
    }

    private static Model loadBenchModel(String id) throws IOException {
        try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/" + id + ".ode")) {
            if (in == null) {
                throw new IllegalStateException("bench/" + id + ".ode is missing from the command-line bundle");
            }
            return OdeModelLoader.load(id, new String(in.readAllBytes(), StandardCharsets.UTF_8), id + ".ode");
        }
    }

    /** Debian's python3 (where apt-get install python3-brian puts Brian2) before whatever python3 is first on PATH. */
    private static String python() {
        String debian = "/usr/bin/python3";
        return Files.isExecutable(Path.of(debian)) ? debian : "python3";
    }

    /** Runs bench/brian2_hh.py with python3, or returns null when Brian2 is not available or not wanted. */
    private static Map<String, Object> runBrian2(String option, PrintStream err) throws IOException, InterruptedException {
        String mode = option == null ? "auto" : option;
        if (mode.equals("no")) {
            return null;
        }
        String target = mode.equals("auto") ? "cython" : mode;
        Path script = Files.createTempFile("neuropynamics-brian2-", ".py");
        try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/brian2_hh.py")) {
            Files.write(script, in.readAllBytes());
            err.println("bench: Brian2 (" + target + ") ...");
            Process process = new ProcessBuilder(python(), script.toString(), target).redirectErrorStream(false)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || !output.startsWith("{")) {
                if (!mode.equals("auto")) {
                    throw new IllegalStateException("Brian2 failed: " + errors.lines().reduce((a, b) -> b).orElse(""));
                }
                err.println("bench: Brian2 not available (" + errors.lines().reduce((a, b) -> b).orElse("no output") + ")");
                return null;
            }
            return JsonReader.object(output.lines().reduce((a, b) -> b).orElse(output));
        } catch (IOException e) {
            if (!mode.equals("auto")) {
                throw e;
            }
            return null;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
