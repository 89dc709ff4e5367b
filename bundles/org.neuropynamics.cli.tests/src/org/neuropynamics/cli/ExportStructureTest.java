package org.neuropynamics.cli;

import org.neuropynamics.core.io.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.model.io.NetworkFiles;

/**
 * {@code export --to pynn|pynest} for every example network. PyNN and NEST are not installable here, so the
 * scripts are not run: they must compile ({@code py_compile}) and their calls, read back with Python's
 * {@code ast} module, must build the network: populations (cell type, size, parameters in PyNN's and NEST's
 * units), inputs, projections (connector or rule with its parameters, weight, delay, receptor) and recording.
 */
@SuppressWarnings("unchecked")
class ExportStructureTest {

    /** Lists the simulator calls of a script in source order, arguments as literals or nested calls. */
    private static final String CALLS = """
            import ast, json, sys
            def val(n):
                if isinstance(n, ast.Call):
                    return {'call': ast.unparse(n.func), 'args': [val(a) for a in n.args],
                            'kwargs': {k.arg: val(k.value) for k in n.keywords}}
                if isinstance(n, (ast.List, ast.Tuple)):
                    return [val(e) for e in n.elts]
                if isinstance(n, ast.Dict) and all(isinstance(k, ast.Constant) for k in n.keys):
                    return {k.value: val(v) for k, v in zip(n.keys, n.values)}
                try:
                    return ast.literal_eval(n)
                except Exception:
                    return {'src': ast.unparse(n)}
            tree = ast.parse(open(sys.argv[1]).read())
            calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) in (
                'sim.Population', 'sim.Projection', 'nest.Create', 'nest.Connect')]
            calls.sort(key=lambda n: (n.lineno, n.col_offset))
            print(json.dumps([val(c) for c in calls]))
            """;

    private static final double DT = 0.1;

    @ParameterizedTest
    @ValueSource(strings = {"../../examples/cuba.neuronet", "../../examples/course-network.neuronet",
            "data/deterministic-chain.neuronet"})
    void pynnScriptsCompileAndBuildTheNetwork(String file, @TempDir Path dir) throws Exception {
        Network network = NetworkFiles.load(Path.of(file));
        CliRun run = CliRun.of("export", file, "--to", "pynn", "--out", dir.toString());
        if (file.contains("course")) {
            // Izhikevich with vpeak 35 mV: PyNN's cell resets at 30 mV
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("vpeak"), run.err());
            return;
        }
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> calls = calls(dir, run.out().strip());
        List<Map<String, Object>> pops = byCall(calls, "sim.Population");
        List<Map<String, Object>> projs = byCall(calls, "sim.Projection");
        assertEquals(network.getPopulations().size() + network.getInputs().size(), pops.size());
        int k = 0;
        for (Population p : network.getPopulations()) {
            Map<String, Object> c = pops.get(k++);
            assertEquals(p.getName(), kwargs(c).get("label"));
            assertEquals((double) p.getSize(), arg(c, 0));
            Map<String, Object> cell = (Map<String, Object>) arg(c, 1);
            Map<String, Object> kw = kwargs(cell);
            assertEquals("lif", p.getModelId());
            boolean exp = network.getProjections().stream().anyMatch(pr -> pr.getTarget() == p
                    && pr.getSynapse().getLiteral().equals("exponential-current"));
            assertEquals(exp ? "sim.IF_curr_exp" : "sim.IF_curr_delta", cell.get("call"));
            assertEquals(param(p, "tau"), kw.get("cm"), "cm = tau (nF), R = 1 MOhm");
            assertEquals(param(p, "tau"), kw.get("tau_m"));
            assertEquals(param(p, "EL"), kw.get("v_rest"));
            assertEquals(param(p, "Vth"), kw.get("v_thresh"));
            assertEquals(param(p, "Vreset"), kw.get("v_reset"));
            assertEquals(param(p, "tref"), kw.get("tau_refrac"));
            assertEquals(param(p, "I"), kw.get("i_offset"));
            if (exp) {
                for (Projection pr : network.getProjections()) {
                    if (pr.getTarget() == p) {
                        double w = ((Constant) pr.getWeight()).getValue();
                        assertEquals(pr.getTau(), kw.get(w >= 0 ? "tau_syn_E" : "tau_syn_I"), pr.getName());
                    }
                }
            }
        }
        for (var in : network.getInputs()) {
            Map<String, Object> c = pops.get(k++);
            assertEquals(in.getName(), kwargs(c).get("label"));
            Map<String, Object> cell = (Map<String, Object>) arg(c, 1);
            if (in instanceof PoissonGroup pg) {
                assertEquals("sim.SpikeSourcePoisson", cell.get("call"));
                assertEquals(pg.getRate(), kwargs(cell).get("rate"));
            } else {
                assertEquals("sim.SpikeSourceArray", cell.get("call"));
                List<Object> trains = (List<Object>) kwargs(cell).get("spike_times");
                assertEquals(((SpikeGenerator) in).getSize(), ((List<Object>) trains).size());
            }
        }
        assertEquals(network.getProjections().size(), projs.size());
        for (int n = 0; n < projs.size(); n++) {
            Projection pr = network.getProjections().get(n);
            Map<String, Object> c = projs.get(n);
            assertEquals(pr.getName(), kwargs(c).get("label"));
            Map<String, Object> connector = (Map<String, Object>) arg(c, 2);
            String expected = pr.getConnectivity() instanceof FixedProbability ? "sim.FixedProbabilityConnector"
                    : pr.getConnectivity() instanceof OneToOne ? "sim.OneToOneConnector"
                    : pr.getConnectivity() instanceof ExplicitPairs ? "sim.FromListConnector"
                    : pr.getConnectivity() instanceof FixedInDegree ? "sim.FixedNumberPreConnector"
                    : "sim.AllToAllConnector";
            assertEquals(expected, connector.get("call"), pr.getName());
            if (pr.getConnectivity() instanceof FixedProbability fp) {
                assertEquals(fp.getProbability(), arg(connector, 0));
            }
            if (pr.getConnectivity() instanceof ExplicitPairs ep) {
                assertEquals(ep.getPairs().size(), ((List<Object>) arg(connector, 0)).size());
            }
            Map<String, Object> syn = kwargs((Map<String, Object>) kwargs(c).get("synapse_type"));
            double w = ((Constant) pr.getWeight()).getValue();
            assertEquals(w, syn.get("weight"), pr.getName());
            assertEquals(Math.max(DT, ((Constant) pr.getDelay()).getValue()), syn.get("delay"), pr.getName());
            assertEquals(w >= 0 ? "excitatory" : "inhibitory", kwargs(c).get("receptor_type"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../examples/cuba.neuronet", "../../examples/course-network.neuronet",
            "data/deterministic-chain.neuronet"})
    void pynestScriptsCompileAndBuildTheNetwork(String file, @TempDir Path dir) throws Exception {
        Network network = NetworkFiles.load(Path.of(file));
        CliRun run = CliRun.of("export", file, "--to", "pynest", "--out", dir.toString());
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> calls = calls(dir, run.out().strip());
        List<Map<String, Object>> creates = new ArrayList<>();
        for (Map<String, Object> c : byCall(calls, "nest.Create")) {
            String model = (String) arg(c, 0);
            if (model.startsWith("iaf_") || model.equals("izhikevich")) {
                creates.add(c);
            }
        }
        assertEquals(network.getPopulations().size(), creates.size());
        for (int k = 0; k < creates.size(); k++) {
            Population p = network.getPopulations().get(k);
            Map<String, Object> c = creates.get(k);
            assertEquals((double) p.getSize(), arg(c, 1));
            Map<String, Object> params = (Map<String, Object>) kwargs(c).get("params");
            if (p.getModelId().equals("izhikevich")) {
                assertEquals("izhikevich", arg(c, 0));
                for (String[] m : new String[][] {{"a", "a"}, {"b", "b"}, {"c", "c"}, {"d", "d"}, {"I", "I_e"},
                        {"vpeak", "V_th"}}) {
                    assertEquals(param(p, m[0]), params.get(m[1]), m[0]);
                }
            } else {
                assertTrue(((String) arg(c, 0)).startsWith("iaf_psc_"));
                assertEquals(param(p, "tau"), params.get("C_m"), "C_m = tau (pF), R = 1 GOhm");
                assertEquals(param(p, "tau"), params.get("tau_m"));
                assertEquals(param(p, "EL"), params.get("E_L"));
                assertEquals(param(p, "Vth"), params.get("V_th"));
                assertEquals(param(p, "Vreset"), params.get("V_reset"));
                assertEquals(param(p, "tref"), params.get("t_ref"));
                assertEquals(param(p, "I"), params.get("I_e"));
            }
        }
        for (var in : network.getInputs()) {
            String model = in instanceof PoissonGroup ? "poisson_generator" : "spike_generator";
            assertTrue(byCall(calls, "nest.Create").stream().anyMatch(c -> model.equals(arg(c, 0))
                    && ((Double) arg(c, 1)).intValue() == in.getSize()), model);
        }
        List<Map<String, Object>> connects = new ArrayList<>();
        for (Map<String, Object> c : byCall(calls, "nest.Connect")) {
            if (c.get("args") instanceof List<?> a && a.size() == 4 && a.get(3) instanceof Map<?, ?> syn
                    && "static_synapse".equals(syn.get("synapse_model"))) {
                connects.add(c);
            }
        }
        assertEquals(network.getProjections().size(), connects.size());
        for (int n = 0; n < connects.size(); n++) {
            Projection pr = network.getProjections().get(n);
            Map<String, Object> c = connects.get(n);
            Map<String, Object> syn = (Map<String, Object>) arg(c, 3);
            assertEquals(((Constant) pr.getWeight()).getValue(), syn.get("weight"), pr.getName());
            if (pr.getDelay() instanceof Uniform u) {
                Map<String, Object> d = (Map<String, Object>) syn.get("delay");
                assertEquals("nest.random.uniform", d.get("call"));
                assertEquals(u.getLow(), kwargs(d).get("min"));
                assertEquals(u.getHigh(), kwargs(d).get("max"));
            } else {
                assertEquals(Math.max(DT, ((Constant) pr.getDelay()).getValue()), syn.get("delay"), pr.getName());
            }
            Object rule = arg(c, 2);
            if (pr.getConnectivity() instanceof ExplicitPairs) {
                assertEquals("one_to_one", rule);
            } else {
                Map<String, Object> r = (Map<String, Object>) rule;
                if (pr.getConnectivity() instanceof FixedProbability fp) {
                    assertEquals("pairwise_bernoulli", r.get("rule"));
                    assertEquals(fp.getProbability(), r.get("p"));
                } else if (pr.getConnectivity() instanceof FixedInDegree fi) {
                    assertEquals("fixed_indegree", r.get("rule"));
                    assertEquals((double) fi.getInDegree(), r.get("indegree"));
                } else if (pr.getConnectivity() instanceof FixedTotalNumber ft) {
                    assertEquals("fixed_total_number", r.get("rule"));
                    assertEquals((double) ft.getNumber(), r.get("N"));
                } else if (pr.getConnectivity() instanceof OneToOne) {
                    assertEquals("one_to_one", r.get("rule"));
                }
            }
        }
        assertTrue(byCall(calls, "nest.Create").stream().filter(c -> "spike_recorder".equals(arg(c, 0))).count()
                >= network.getPopulations().size(), "spike recorders");
    }

    private static double param(Population p, String name) {
        for (ParameterValue v : p.getParameters()) {
            if (v.getName().equals(name)) {
                return v.getValue();
            }
        }
        Model m = ModelRegistry.getDefault().get(p.getModelId());
        return m.defaultParameters()[m.parameterIndex(name)];
    }

    @SuppressWarnings("unchecked")
    /**
     * STDP (examples/stdp-song.neuronet: additive, tau 20/20 ms, A+ 1e-4, A- 1.05e-4, w_max 0.01) as PyNN's
     * STDPMechanism (A_plus and A_minus as fractions of w_max: 0.01 and 0.0105) and NEST's stdp_synapse (lambda =
     * A+/w_max = 0.01, alpha = A-/A+ = 1.05, mu 0, tau_minus on the target).
     */
    @Test
    void stdpIsWrittenForPyNNAndNest(@TempDir Path dir) throws Exception {
        String file = "../../examples/stdp-song.neuronet";
        CliRun pynn = CliRun.of("export", file, "--to", "pynn", "--out", dir.toString());
        assertEquals(0, pynn.status(), pynn.err());
        Map<String, Object> proj = byCall(calls(dir, pynn.out().strip()), "sim.Projection").get(0);
        Map<String, Object> stdp = (Map<String, Object>) kwargs(proj).get("synapse_type");
        assertEquals("sim.STDPMechanism", stdp.get("call"));
        Map<String, Object> timing = (Map<String, Object>) kwargs(stdp).get("timing_dependence");
        assertEquals("sim.SpikePairRule", timing.get("call"));
        assertEquals(20.0, kwargs(timing).get("tau_plus"));
        assertEquals(20.0, kwargs(timing).get("tau_minus"));
        assertEquals(0.01, (Double) kwargs(timing).get("A_plus"), 1e-15);
        assertEquals(0.0105, (Double) kwargs(timing).get("A_minus"), 1e-15);
        Map<String, Object> dependence = (Map<String, Object>) kwargs(stdp).get("weight_dependence");
        assertEquals("sim.AdditiveWeightDependence", dependence.get("call"));
        assertEquals(0.01, kwargs(dependence).get("w_max"));
        assertEquals(0.0, kwargs(dependence).get("w_min"));

        CliRun nest = CliRun.of("export", file, "--to", "pynest", "--out", dir.toString());
        assertEquals(0, nest.status(), nest.err());
        List<Map<String, Object>> connects = byCall(calls(dir, nest.out().strip()), "nest.Connect");
        Map<String, Object> syn = null;
        for (Map<String, Object> c : connects) {
            List<Object> args = (List<Object>) c.get("args");
            if (args.size() == 4 && args.get(3) instanceof Map<?, ?> m
                    && "stdp_synapse".equals(m.get("synapse_model"))) {
                syn = (Map<String, Object>) m;
            }
        }
        assertTrue(syn != null, "a Connect with stdp_synapse: " + connects);
        assertEquals(20.0, syn.get("tau_plus"));
        assertEquals(0.01, (Double) syn.get("lambda"), 1e-15);
        assertEquals(1.05, (Double) syn.get("alpha"), 1e-12);
        assertEquals(0.0, syn.get("mu_plus"));
        assertEquals(0.0, syn.get("mu_minus"));
        assertEquals(0.01, syn.get("Wmax"));
        String script = Files.readString(Path.of(nest.out().strip()));
        assertTrue(script.contains("{'tau_minus': 20.0}"), "tau_minus set on the target");
    }

    private static List<Map<String, Object>> calls(Path dir, String script) throws Exception {
        Python.Run compile = Python.run(dir, 120, "-m", "py_compile", script);
        assertEquals(0, compile.status(), compile.err());
        Files.writeString(dir.resolve("calls.py"), CALLS);
        return (List<Map<String, Object>>) JsonReader.read(Python.lastLine(dir, 120, "calls.py", script));
    }

    private static List<Map<String, Object>> byCall(List<Map<String, Object>> calls, String name) {
        return calls.stream().filter(c -> name.equals(c.get("call"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kwargs(Map<String, Object> call) {
        return (Map<String, Object>) call.get("kwargs");
    }

    @SuppressWarnings("unchecked")
    private static Object arg(Map<String, Object> call, int k) {
        return ((List<Object>) call.get("args")).get(k);
    }
}
