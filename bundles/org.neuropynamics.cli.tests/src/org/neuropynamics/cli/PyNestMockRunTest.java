package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;

/**
 * The exported PyNEST script executed to its end against {@code data/mock-nest}, a stand-in for NEST 3's Python
 * interface with its names and keyword arguments, which draws every rule's connections and logs what the script
 * built (NEST cannot be installed here; issue 16). For every example in {@code examples/} and the deterministic
 * chain, the log is checked against the network: the kernel (resolution = dt, rng_seed, threads), one node
 * collection per population with the mapped NEST model, its size and its parameters converted as documented
 * (LIF: C_m = tau, E_L, V_th, V_reset, t_ref, I_e; Izhikevich a, b, c, d), the inputs (Poisson generators through
 * parrot neurons with the rate, spike generators with every train), one Connect per projection in model order with
 * the rule and its arguments, the synapse model, weight and delay (at least dt), and a connection count equal to
 * the built-in simulator's synapses for deterministic rules and within 5 standard deviations of p N_s N_t for
 * fixed probabilities; a spike recorder on every population and input, and a multimeter on each state monitor's
 * neurons. What it does not prove: that NEST interprets the calls as the stand-in assumes (the stand-in raises
 * TypeError on names NEST 3 does not define), or anything about the dynamics.
 */
@SuppressWarnings("unchecked")
class PyNestMockRunTest {

    static Stream<String> networks() throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("../../examples"))) {
            s.filter(p -> p.toString().endsWith(".neuronet")).sorted().forEach(p -> files.add(p.toString()));
        }
        assertTrue(files.size() >= 3, "examples/ has its networks: " + files);
        files.add("data/deterministic-chain.neuronet");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("networks")
    void exportedScriptRunsAgainstNestStandInAndBuildsTheNetwork(String file, @TempDir Path dir) throws Exception {
        Network network = NetworkFiles.load(Path.of(file));
        CliRun export = CliRun.of("export", file, "--to", "pynest", "--out", dir.toString());
        assertEquals(0, export.status(), export.err());
        Path script = Path.of(export.out().strip());
        Path logFile = dir.resolve("mock-log.json");
        ProcessBuilder pb = new ProcessBuilder(Python.EXE, script.toString(), "--threads", "2").directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", Path.of("data/mock-nest").toAbsolutePath().toString());
        pb.environment().put("MOCK_NEST_LOG", logFile.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        assertEquals(0, p.exitValue(), output);
        Map<String, Object> summary = (Map<String, Object>) JsonReader.read(output.strip().lines()
                .reduce((a, b) -> b).orElse(""));
        assertEquals("nest", summary.get("engine"));
        Map<String, Object> log = (Map<String, Object>) JsonReader.read(Files.readString(logFile));

        Map<String, Object> kernel = (Map<String, Object>) log.get("kernel");
        assertEquals(network.getRun().getDt(), num(kernel.get("resolution")), 1e-12);
        assertEquals((double) network.getRun().getSeed(), num(kernel.get("rng_seed")), 0);
        assertEquals(2.0, num(kernel.get("local_num_threads")), 0);
        assertEquals(network.getRun().getDuration(), num(log.get("simulated")), 1e-12);

        List<Map<String, Object>> nodes = (List<Map<String, Object>>) log.get("nodes");
        List<Map<String, Object>> created = (List<Map<String, Object>>) log.get("created");
        List<Map<String, Object>> connections = (List<Map<String, Object>>) log.get("connections");
        // the node collection of each population and input, in creation order
        Map<SpikeSource, Integer> node = new java.util.HashMap<>();
        int next = 0;
        for (Population pop : network.getPopulations()) {
            next = nextNode(nodes, next, m -> !isDevice(m) && !m.equals("parrot_neuron"));
            node.put(pop, next);
            checkPopulation(pop, network, nodes.get(next), created.get(next).get("params"));
            next++;
        }
        for (Input in : network.getInputs()) {
            if (in instanceof PoissonGroup pg) {
                int gen = nextNode(nodes, next, m -> m.equals("poisson_generator"));
                assertEquals((double) pg.getSize(), num(nodes.get(gen).get("n")), 0, in.getName());
                assertEquals(pg.getRate(), num(((Map<String, Object>) created.get(gen).get("params")).get("rate")),
                        1e-12, in.getName() + ": rate");
                int parrot = nextNode(nodes, gen, m -> m.equals("parrot_neuron"));
                assertEquals((double) pg.getSize(), num(nodes.get(parrot).get("n")), 0, in.getName());
                assertTrue(connections.stream().anyMatch(c -> num(c.get("source")) == gen
                        && num(c.get("target")) == parrot && "one_to_one".equals(c.get("rule"))), in.getName());
                node.put(in, parrot);
                next = parrot + 1;
            } else {
                SpikeGenerator sg = (SpikeGenerator) in;
                int gen = nextNode(nodes, next, m -> m.equals("spike_generator"));
                assertEquals((double) sg.getSize(), num(nodes.get(gen).get("n")), 0, in.getName());
                List<Map<String, Object>> status = ((List<Map<String, Object>>) log.get("status")).stream()
                        .filter(s -> num(s.get("created")) == gen).toList();
                for (SpikeTrain t : sg.getTrains()) {
                    List<Object> times = (List<Object>) status.stream().filter(s -> num(s.get("first")) == t.getNeuron())
                            .findFirst().orElseThrow().get("spike_times");
                    assertEquals(t.getTimes().size(), times.size(), in.getName() + " neuron " + t.getNeuron());
                    for (int k = 0; k < times.size(); k++) {
                        assertEquals(t.getTimes().get(k), num(times.get(k)), 1e-12, in.getName());
                    }
                }
                node.put(in, gen);
                next = gen + 1;
            }
        }

        // projections: the Connects between populations and inputs, in model order
        List<Map<String, Object>> projections = connections.stream().filter(c -> node.containsValue(
                (int) num(c.get("source"))) && node.containsValue((int) num(c.get("target")))).toList();
        assertEquals(network.getProjections().size(), projections.size(), "one Connect per projection");
        List<SynapseTable> ours = new NetworkSimulator().synapses(network, RunOptions.DEFAULT);
        for (int k = 0; k < projections.size(); k++) {
            Projection pr = network.getProjections().get(k);
            Map<String, Object> c = projections.get(k);
            String where = pr.getName();
            assertEquals((double) node.get(pr.getSource()), num(c.get("source")), 0, where + ": source");
            assertEquals((double) node.get(pr.getTarget()), num(c.get("target")), 0, where + ": target");
            Map<String, Object> conn = (Map<String, Object>) c.get("conn");
            boolean autapses = !(pr.getSource() == pr.getTarget() && !pr.getConnectivity().isAllowAutapses());
            double count = num(c.get("count"));
            int synapses = ours.get(k).targets().length;
            switch (pr.getConnectivity()) {
                case FixedProbability fp -> {
                    assertEquals("pairwise_bernoulli", c.get("rule"), where);
                    assertEquals(fp.getProbability(), num(conn.get("p")), 0, where + ": p");
                    assertEquals(autapses, conn.get("allow_autapses"), where);
                    double mean = fp.getProbability() * size(pr.getSource()) * size(pr.getTarget());
                    double sd = Math.sqrt(mean * (1 - fp.getProbability()));
                    assertEquals(mean, count, 5 * sd + 1e-9, where + ": connections vs p Ns Nt");
                    assertEquals(mean, synapses, 5 * sd + 1e-9, where + ": ours vs p Ns Nt");
                }
                case FixedInDegree fi -> {
                    assertEquals("fixed_indegree", c.get("rule"), where);
                    assertEquals(fi.getInDegree(), num(conn.get("indegree")), 0, where);
                    assertEquals(Boolean.FALSE, conn.get("allow_multapses"), where);
                    assertEquals(synapses, count, 0, where + ": connections");
                }
                case FixedTotalNumber ft -> {
                    assertEquals("fixed_total_number", c.get("rule"), where);
                    assertEquals(ft.getNumber(), num(conn.get("N")), 0, where);
                    assertEquals(synapses, count, 0, where + ": connections");
                }
                case AllToAll a -> {
                    assertEquals("all_to_all", c.get("rule"), where);
                    assertEquals(autapses, conn.get("allow_autapses"), where);
                    assertEquals(synapses, count, 0, where + ": connections");
                }
                case OneToOne o -> {
                    assertEquals("one_to_one", c.get("rule"), where);
                    assertEquals(synapses, count, 0, where + ": connections");
                }
                case ExplicitPairs ep -> {
                    assertEquals("one_to_one", c.get("rule"), where);
                    assertEquals(Boolean.TRUE, c.get("arrays"), where);
                    List<Object> pre = (List<Object>) c.get("source_neurons");
                    List<Object> post = (List<Object>) c.get("target_neurons");
                    assertEquals(ep.getPairs().size(), pre.size(), where);
                    for (int q = 0; q < pre.size(); q++) {
                        assertEquals(ep.getPairs().get(q).getSource(), num(pre.get(q)), 0, where + " pair " + q);
                        assertEquals(ep.getPairs().get(q).getTarget(), num(post.get(q)), 0, where + " pair " + q);
                    }
                    assertEquals(synapses, count, 0, where + ": connections");
                }
                default -> throw new AssertionError(where + ": rule " + pr.getConnectivity());
            }
            Map<String, Object> syn = (Map<String, Object>) c.get("syn");
            assertEquals(pr.getPlasticity() == null ? "static_synapse" : "stdp_synapse", c.get("synapse_model"), where);
            // conductances: the first channel onto a population is NEST's excitatory receptor, a second one the
            // inhibitory receptor, which takes negative weights
            Projection first = network.getProjections().stream().filter(q -> q.getTarget() == pr.getTarget()
                    && q.getSynapse() == SynapseKind.EXPONENTIAL_CONDUCTANCE).findFirst().orElse(pr);
            boolean inhibitoryConductance = pr.getSynapse() == SynapseKind.EXPONENTIAL_CONDUCTANCE
                    && (first.getTau() != pr.getTau() || first.getReversal() != pr.getReversal());
            checkValue(pr.getWeight(), syn.get("weight"), inhibitoryConductance ? -1 : 1, Double.NEGATIVE_INFINITY,
                    where + ": weight");
            checkValue(pr.getDelay(), syn.get("delay"), 1, network.getRun().getDt(), where + ": delay");
            if (pr.getPlasticity() != null) {
                assertEquals(pr.getPlasticity().getWMax(), num(syn.get("Wmax")), 1e-12, where + ": Wmax");
                assertEquals(pr.getPlasticity().getTauPlus(), num(syn.get("tau_plus")), 1e-12, where + ": tau_plus");
                assertEquals(pr.getPlasticity().getAPlus() / pr.getPlasticity().getWMax(), num(syn.get("lambda")),
                        1e-12, where + ": lambda");
            }
        }

        // recording: a spike recorder on all neurons of every population and Poisson input (a spike generator's
        // spikes are its trains), a multimeter per state monitor
        for (Map.Entry<SpikeSource, Integer> e : node.entrySet()) {
            if (e.getKey() instanceof SpikeGenerator) {
                continue;
            }
            int n = e.getKey() instanceof Population pop ? pop.getSize() : ((Input) e.getKey()).getSize();
            assertTrue(connections.stream().anyMatch(c -> num(c.get("source")) == e.getValue()
                    && "spike_recorder".equals(nodes.get((int) num(c.get("target"))).get("model"))
                    && ((List<Object>) c.get("source_neurons")).size() == n), "spike recorder on " + e.getKey());
        }
        for (var m : network.getMonitors()) {
            if (m instanceof StateMonitor sm) {
                Population target = (Population) sm.getTarget();
                List<Double> want = sm.getNeurons().isEmpty()
                        ? java.util.stream.IntStream.range(0, target.getSize()).mapToObj(i -> (double) i).toList()
                        : sm.getNeurons().stream().map(i -> (double) i).toList();
                assertTrue(connections.stream().anyMatch(c -> num(c.get("target")) == node.get(target)
                        && "multimeter".equals(nodes.get((int) num(c.get("source"))).get("model"))
                        && ((List<Object>) c.get("target_neurons")).stream().map(x -> num(x)).toList().equals(want)
                        && ((List<Object>) ((Map<String, Object>) created.get((int) num(c.get("source")))
                                .get("params")).get("record_from")).contains("V_m")), sm.getName());
            }
        }
    }

    private static void checkPopulation(Population pop, Network network, Map<String, Object> node, Object p) {
        Map<String, Object> params = (Map<String, Object>) p;
        String where = pop.getName();
        assertEquals((double) pop.getSize(), num(node.get("n")), 0, where + ": size");
        Model model = ModelRegistry.getDefault().get(pop.getModelId());
        double[] values = model.defaultParameters();
        for (ParameterValue v : pop.getParameters()) {
            values[model.parameterIndex(v.getName())] = v.getValue();
        }
        String nest = (String) node.get("model");
        if (pop.getModelId().equals("izhikevich")) {
            assertEquals("izhikevich", nest, where);
            for (String name : List.of("a", "b", "c", "d")) {
                assertEquals(values[model.parameterIndex(name)], num(params.get(name)), 1e-12, where + ": " + name);
            }
            return;
        }
        assertEquals("lif", pop.getModelId(), where + ": the examples use lif and izhikevich");
        SynapseKind kind = network.getProjections().stream().filter(pr -> pr.getTarget() == pop)
                .map(Projection::getSynapse).findFirst().orElse(SynapseKind.VOLTAGE_JUMP);
        assertEquals(switch (kind) {
            case VOLTAGE_JUMP -> "iaf_psc_delta";
            case EXPONENTIAL_CURRENT -> "iaf_psc_exp";
            case EXPONENTIAL_CONDUCTANCE -> "iaf_cond_exp";
            case ALPHA_CURRENT -> "iaf_psc_alpha";
            case ALPHA_CONDUCTANCE -> "iaf_cond_alpha";
        }, nest, where + ": NEST model");
        assertEquals(values[model.parameterIndex("tau")], num(params.get("C_m")), 1e-12, where + ": C_m = tau");
        String[][] same = {{"EL", "E_L"}, {"Vth", "V_th"}, {"Vreset", "V_reset"}, {"tref", "t_ref"}, {"I", "I_e"}};
        for (String[] s : same) {
            assertEquals(values[model.parameterIndex(s[0])], num(params.get(s[1])), 1e-12, where + ": " + s[1]);
        }
    }

    /** A constant (at least {@code floor}, a delay's dt) or a distribution with the same parameters. */
    private static void checkValue(Distribution d, Object got, double sign, double floor, String where) {
        if (d == null || d instanceof Constant) {
            double value = d == null ? 0 : ((Constant) d).getValue();
            assertEquals(sign * Math.max(floor, value), num(got), 1e-12, where);
        } else if (d instanceof Uniform u) {
            Map<String, Object> r = (Map<String, Object>) got;
            if (sign < 0) {
                assertEquals("negative", r.get("distribution"), where);
                r = (Map<String, Object>) r.get("of");
            }
            assertEquals("uniform", r.get("distribution"), where);
            assertEquals(Math.max(floor, u.getLow()), num(r.get("min")), 1e-12, where + " min");
            assertEquals(Math.max(floor, u.getHigh()), num(r.get("max")), 1e-12, where + " max");
        } else {
            assertTrue(got instanceof Map, where + ": a nest.random parameter, got " + got);
        }
    }

    private static int nextNode(List<Map<String, Object>> nodes, int from, java.util.function.Predicate<String> model) {
        for (int i = from; i < nodes.size(); i++) {
            if (model.test((String) nodes.get(i).get("model"))) {
                return i;
            }
        }
        throw new AssertionError("no further node collection of the expected model after " + from + ": " + nodes);
    }

    private static boolean isDevice(String model) {
        return model.endsWith("_generator") || model.equals("spike_recorder") || model.equals("multimeter");
    }

    private static double size(SpikeSource s) {
        return s instanceof Population p ? p.getSize() : ((Input) s).getSize();
    }

    private static double num(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) o).doubleValue();
    }
}
