package org.neuropynamics.network.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Pair;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.RateRecording;
import org.neuropynamics.network.sim.StateRecording;

/**
 * Runs a network on NEURON with MPI. Writes a self-contained folder (one NMODL point process per population
 * generated from its model's equations, {@code network.json}, the ParallelContext driver {@code run.py},
 * {@code build.sh} and a Slurm job), compiles it with {@code nrnivmodl}, runs {@code mpiexec -n N python3 run.py}
 * and reads {@code results.json} back as a {@link NetworkResult}, the built-in simulator's result type.
 * Zero delays become one time step (NEURON's parallel transfer needs a positive delay).
 */
public final class NeuronEngine {

    private final ModelRegistry registry;

    public NeuronEngine(ModelRegistry registry) {
        this.registry = registry;
    }

    /** The default number of MPI processes of an exported folder's Slurm job: the cores of this machine. */
    public static int defaultProcesses() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * What is missing to run on NEURON with MPI, as one line saying what to install, or null when all is there.
     */
    public static String missing() {
        List<String> absent = new ArrayList<>();
        if (which("nrnivmodl") == null) {
            absent.add("nrnivmodl (neuron-dev)");
        }
        if (which("mpiexec") == null) {
            absent.add("mpiexec (openmpi-bin)");
        }
        if (python() == null) {
            absent.add("Python's neuron module (python3-neuron)");
        }
        if (absent.isEmpty()) {
            return null;
        }
        return "the NEURON engine needs " + String.join(", ", absent)
                + "; install them, e.g. apt-get install neuron neuron-dev openmpi-bin python3-neuron";
    }

    /**
     * Writes the folder for {@code network} into {@code dir} (created if needed).
     *
     * @param processes the Slurm job's default number of MPI processes ({@code run.sh} takes its own, default the
     *            cores of the machine it runs on)
     * @return the files written
     */
    public List<Path> writeFolder(Network network, Path dir, String sourceName, int processes, Path... inputs)
            throws FileProblem {
        ExportPlan plan = new ExportPlan(network, registry);
        plan.refusePlasticity("NEURON");
        Map<String, String> files = new LinkedHashMap<>();
        for (ExportPlan.Pop p : plan.pops) {
            NmodlWriter.Names names = NmodlWriter.names(p);
            files.put(names.mechanism + ".mod", NmodlWriter.write(plan, p, names));
        }
        files.put("np_event_source.mod", NmodlWriter.EVENT_SOURCE);
        files.put("network.json", networkJson(plan));
        files.put("run.py", NeuronDriver.RUN_PY);
        files.put("build.sh", NeuronDriver.BUILD_SH);
        files.put("run.sh", NeuronDriver.RUN_SH);
        files.put("job.slurm", NeuronDriver.slurm(network.getName(), processes));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FileProblem("cannot create folder " + dir + ": " + org.neuropynamics.core.io.FileReasons
                    .reason(e), e);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            OutputFiles.writeString(target, f.getValue(), inputs);
            if (f.getKey().endsWith(".sh") || f.getKey().endsWith(".py")) {
                target.toFile().setExecutable(true);
            }
            written.add(target);
        }
        return written;
    }

    /**
     * Writes the folder, compiles it and runs it on {@code processes} MPI processes.
     *
     * @param durationMs the run's duration, or NaN for the network's own
     * @param seed the seed, or null for the network's own
     * @throws ExportException when NEURON or MPI is missing, the network cannot be expressed, or the run fails
     */
    public NetworkResult run(Network network, Path dir, String sourceName, int processes, double durationMs, Long seed,
            Path... inputs) throws FileProblem, IOException, InterruptedException {
        String missing = missing();
        if (missing != null) {
            throw new ExportException(missing);
        }
        if (processes < 1) {
            throw new ExportException("--processes must be at least 1, got " + processes);
        }
        writeFolder(network, dir, sourceName, processes, inputs);
        exec(dir, 600, "compiling the mechanisms (build.sh)", "sh", "build.sh");
        Path results = dir.resolve("results.json");
        Files.deleteIfExists(results);
        List<String> cmd = new ArrayList<>(List.of(which("mpiexec").toString(), "-n", Integer.toString(processes),
                python(), "run.py"));
        if (!Double.isNaN(durationMs)) {
            cmd.addAll(List.of("--duration", Double.toString(durationMs)));
        }
        if (seed != null) {
            cmd.addAll(List.of("--seed", Long.toString(seed)));
        }
        exec(dir, 24 * 3600, "running on NEURON (mpiexec)", cmd.toArray(String[]::new));
        if (!Files.isRegularFile(results)) {
            throw new ExportException("NEURON run wrote no results.json in " + dir + " (see its output above).");
        }
        NetworkResult r = read(Files.readString(results, StandardCharsets.UTF_8));
        return withRates(r, new ExportPlan(network, registry));
    }

    /**
     * The result with the rate monitors' recordings, binned from the spikes as the built-in {@code RateRecorder}
     * does: a spike at t counts in bin floor(step / steps per bin), with its step the one that ends at t (NEURON
     * stamps a threshold crossing with the end of the step, the built-in simulator with its start).
     */
    static NetworkResult withRates(NetworkResult r, ExportPlan plan) {
        List<RateRecording> rates = new ArrayList<>();
        int steps = (int) Math.round(r.durationMs() / r.dt());
        for (ExportPlan.RateMon m : plan.rateMonitors) {
            GroupSpikes g = r.spikesOf(m.target().name);
            if (g == null) {
                continue;
            }
            int per = Math.max(1, (int) Math.round(m.bin() / r.dt()));
            double binMs = per * r.dt();
            long[] counts = new long[(steps + per - 1) / per];
            for (double t : g.times()) {
                int step = Math.max(0, (int) Math.round(t / r.dt()) - 1);
                if (step / per < counts.length) {
                    counts[step / per]++;
                }
            }
            double[] starts = new double[counts.length];
            double[] hz = new double[counts.length];
            for (int b = 0; b < counts.length; b++) {
                starts[b] = b * binMs;
                hz[b] = g.size() == 0 ? 0 : counts[b] / (g.size() * binMs / 1000.0);
            }
            rates.add(new RateRecording(g.name(), binMs, starts, hz));
        }
        return new NetworkResult(r.spikes(), r.states(), rates, r.weights(), r.durationMs(), r.dt(), r.seed(),
                r.buildMs(), r.runMs());
    }

    /** Reads the driver's results.json. */
    @SuppressWarnings("unchecked")
    static NetworkResult read(String json) {
        Map<String, Object> doc;
        try {
            doc = org.neuropynamics.core.io.JsonReader.object(json);
        } catch (IllegalArgumentException e) {
            throw new ExportException("results.json: " + e.getMessage() + ".");
        }
        double duration = ((Number) doc.get("duration_ms")).doubleValue();
        List<GroupSpikes> spikes = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("groups")) {
            Map<String, Object> g = (Map<String, Object>) o;
            List<Object> idx = (List<Object>) g.get("i");
            List<Object> t = (List<Object>) g.get("t_ms");
            int[] neurons = new int[idx.size()];
            double[] times = new double[t.size()];
            for (int k = 0; k < neurons.length; k++) {
                neurons[k] = ((Number) idx.get(k)).intValue();
                times[k] = ((Number) t.get(k)).doubleValue();
            }
            spikes.add(new GroupSpikes((String) g.get("name"), ((Number) g.get("size")).intValue(),
                    (Boolean) g.get("input"), times, neurons, duration));
        }
        List<StateRecording> states = new ArrayList<>();
        for (Object o : (List<Object>) doc.getOrDefault("states", List.of())) {
            Map<String, Object> st = (Map<String, Object>) o;
            List<Object> neurons = (List<Object>) st.get("neurons");
            List<Object> times = (List<Object>) st.get("times");
            List<Object> rows = (List<Object>) st.get("values");
            int[] idx = new int[neurons.size()];
            double[] t = new double[times.size()];
            double[][] values = new double[rows.size()][];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = ((Number) neurons.get(k)).intValue();
            }
            for (int k = 0; k < t.length; k++) {
                t[k] = ((Number) times.get(k)).doubleValue();
            }
            for (int n = 0; n < values.length; n++) {
                List<Object> row = (List<Object>) rows.get(n);
                values[n] = new double[row.size()];
                for (int k = 0; k < row.size(); k++) {
                    values[n][k] = ((Number) row.get(k)).doubleValue();
                }
            }
            states.add(new StateRecording((String) st.get("population"), (String) st.get("variable"), idx, t, values));
        }
        return new NetworkResult(spikes, states, List.of(), List.of(), duration, ((Number) doc.get("dt")).doubleValue(),
                ((Number) doc.get("seed")).longValue(), ((Number) doc.get("build_ms")).doubleValue(),
                ((Number) doc.get("run_ms")).doubleValue());
    }

    private static void exec(Path dir, long timeoutSeconds, String what, String... cmd)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // Open MPI refuses root and more processes than cores unless told; harmless elsewhere
        pb.environment().put("OMPI_ALLOW_RUN_AS_ROOT", "1");
        pb.environment().put("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        pb.environment().put("OMPI_MCA_rmaps_base_oversubscribe", "1");
        Path log = dir.resolve(what.startsWith("compiling") ? "build-output.txt" : "run-output.txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new ExportException(what + " took longer than " + timeoutSeconds + " s; see " + log);
        }
        if (p.exitValue() != 0) {
            String out = Files.readString(log, StandardCharsets.UTF_8);
            String last = out.lines().filter(l -> l.contains("NEURON:") || l.contains("Error:")).findFirst()
                    .orElse(out.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(""));
            throw new ExportException(what + " failed (exit " + p.exitValue() + "): " + last.strip() + " (full output: "
                    + log + ")");
        }
    }

    static Path which(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path f = Path.of(d.isEmpty() ? "." : d, exe);
            if (Files.isExecutable(f)) {
                return f;
            }
        }
        return null;
    }

    /** A Python 3 that imports neuron: Debian's /usr/bin/python3 first, then python3 on the PATH. */
    static String python() {
        for (String candidate : new String[] {"/usr/bin/python3", "python3"}) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import neuron").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // not there: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static String networkJson(ExportPlan plan) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"name\": ").append(Py.str(plan.network.getName())).append(",\n");
        b.append("  \"dt\": ").append(Py.num(plan.dt, "dt")).append(",\n");
        b.append("  \"duration\": ").append(Py.num(plan.duration, "duration")).append(",\n");
        b.append("  \"seed\": ").append(plan.seed).append(",\n");
        b.append("  \"groups\": [\n");
        Map<ExportPlan.Group, Integer> index = new LinkedHashMap<>();
        List<ExportPlan.Group> groups = new ArrayList<>(plan.pops);
        groups.addAll(plan.inputs);
        long offset = 0;
        List<String> items = new ArrayList<>();
        for (ExportPlan.Group g : groups) {
            index.put(g, index.size());
            StringBuilder o = new StringBuilder("    {\"name\": " + Py.str(g.name) + ", \"size\": " + g.size
                    + ", \"offset\": " + offset);
            offset += g.size;
            if (g instanceof ExportPlan.Pop p) {
                NmodlWriter.Names n = NmodlWriter.names(p);
                o.append(", \"kind\": \"population\", \"mechanism\": ").append(Py.str(n.mechanism))
                        .append(", \"initial\": [");
                List<String> ics = new ArrayList<>();
                for (var e : p.initialConditions.entrySet()) {
                    ics.add("{\"var\": " + Py.str(n.states.get(e.getKey())) + ", " + dist(e.getValue(), "initial")
                            + "}");
                }
                o.append(String.join(", ", ics)).append("]");
            } else {
                ExportPlan.In in = (ExportPlan.In) g;
                if (in.poisson) {
                    o.append(", \"kind\": \"poisson\", \"rate\": ").append(Py.num(in.rate, in.name));
                } else {
                    o.append(", \"kind\": \"generator\", \"trains\": {");
                    List<String> trains = new ArrayList<>();
                    for (var e : in.trains.entrySet()) {
                        List<String> ts = new ArrayList<>();
                        for (double t : e.getValue()) {
                            ts.add(Py.num(t, in.name));
                        }
                        trains.add("\"" + e.getKey() + "\": [" + String.join(", ", ts) + "]");
                    }
                    o.append(String.join(", ", trains)).append("}");
                }
            }
            items.add(o.append("}").toString());
        }
        if (offset > Integer.MAX_VALUE) {
            throw new ExportException("The network has " + offset + " neurons; NEURON's gids are 32-bit integers.");
        }
        b.append(String.join(",\n", items)).append("\n  ],\n  \"projections\": [\n");
        items.clear();
        for (ExportPlan.Proj p : plan.projections) {
            String where = "Projection " + p.name;
            int code = p.channel >= 0 ? p.target.eq.system().dimension() + p.channel : p.variable;
            StringBuilder o = new StringBuilder("    {\"name\": " + Py.str(p.name) + ", \"source\": "
                    + index.get(p.source) + ", \"target\": " + index.get(p.target) + ", \"code\": " + code
                    + ", \"autapses\": " + (p.autapsesForbidden ? "false" : "true") + ", ");
            Connectivity c = p.connectivity;
            if (c instanceof AllToAll) {
                o.append("\"rule\": \"all_to_all\"");
            } else if (c instanceof OneToOne) {
                o.append("\"rule\": \"one_to_one\"");
            } else if (c instanceof FixedProbability fp) {
                o.append("\"rule\": \"fixed_probability\", \"p\": ").append(Py.num(fp.getProbability(), where));
            } else if (c instanceof FixedInDegree fi) {
                o.append("\"rule\": \"fixed_in_degree\", \"k\": ").append(fi.getInDegree());
            } else if (c instanceof FixedTotalNumber ft) {
                o.append("\"rule\": \"fixed_total_number\", \"n\": ").append(ft.getNumber());
            } else {
                List<String> pairs = new ArrayList<>();
                for (Pair pair : ((ExplicitPairs) c).getPairs()) {
                    pairs.add("[" + pair.getSource() + ", " + pair.getTarget() + "]");
                }
                o.append("\"rule\": \"pairs\", \"pairs\": [").append(String.join(", ", pairs)).append("]");
            }
            o.append(", \"weight\": {").append(dist(p.weight, where)).append("}, \"delay\": {")
                    .append(dist(p.delay, where)).append("}}");
            items.add(o.toString());
        }
        b.append(String.join(",\n", items)).append("\n  ],\n  \"states\": [\n");
        items.clear();
        for (ExportPlan.StateMon m : plan.stateMonitors) {
            NmodlWriter.Names n = NmodlWriter.names(m.target());
            List<String> neurons = new ArrayList<>();
            for (int i : m.neurons()) {
                neurons.add(Integer.toString(i));
            }
            for (int v : m.variables()) {
                items.add("    {\"name\": " + Py.str(m.name()) + ", \"group\": " + index.get(m.target())
                        + ", \"variable\": " + Py.str(m.target().model.variableNames().get(v))
                        + ", \"mechanism_var\": " + Py.str(n.states.get(v)) + ", \"interval\": "
                        + Py.num(Math.max(1, Math.round(m.interval() / plan.dt)) * plan.dt, m.name())
                        + ", \"neurons\": [" + String.join(", ", neurons) + "]}");
            }
        }
        b.append(String.join(",\n", items)).append("\n  ]\n}\n");
        return b.toString();
    }

    private static String dist(Distribution d, String where) {
        if (ExportPlan.isConstant(d)) {
            return "\"dist\": \"constant\", \"value\": " + Py.num(ExportPlan.constant(d), where);
        }
        if (d instanceof Uniform u) {
            return "\"dist\": \"uniform\", \"low\": " + Py.num(u.getLow(), where) + ", \"high\": "
                    + Py.num(u.getHigh(), where);
        }
        Normal n = (Normal) d;
        return "\"dist\": \"normal\", \"mean\": " + Py.num(n.getMean(), where) + ", \"std\": "
                + Py.num(n.getStd(), where);
    }
}
