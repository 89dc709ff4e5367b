package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * The stiff cases of {@code bench}: Robertson's kinetics, van der Pol at mu = 1000 and Hodgkin-Huxley at a
 * large output step, each with the stiff {@code rodas} and explicit methods side by side: wall time (median),
 * steps, and the error of the final state against {@code rodas} at tolerance 1e-10 (max over variables,
 * relative to 1 + |reference|). Reports numbers and ratios; asserts nothing.
 */
final class StiffBench {

    private StiffBench() {
    }

    private record Run(String problem, String label, SimulationRequest request) {
    }

    static Map<String, Object> run(int runs, int warmup, PrintStream err, List<Object> results) {
        Model robertson = OdeModelLoader.load("robertson", """
                y1' = -0.04*y1 + 1e4*y2*y3
                y2' = 0.04*y1 - 1e4*y2*y3 - 3e7*y2^2
                y3' = 3e7*y2^2
                init y1=1, y2=0, y3=0
                """, "robertson.ode");
        Model vdp = OdeModelLoader.load("vdp1000", "par mu=1000\nx' = y\ny' = mu*(1 - x^2)*y - x\ninit x=2, y=0\n",
                "vdp1000.ode");
        Model hh = ModelRegistry.getDefault().get("hodgkin-huxley");
        List<Run> cases = List.of(
                new Run("robertson t=40", "rodas tol 1e-6", SimulationRequest.builder(robertson).tEnd(40).dt(1e-6)
                        .method("rodas").tolerances(1e-10, 1e-6).sampleInterval(40).build()),
                new Run("robertson t=40", "dopri5 tol 1e-6", SimulationRequest.builder(robertson).tEnd(40).dt(1e-6)
                        .method("dopri5").tolerances(1e-10, 1e-6).sampleInterval(40).build()),
                new Run("van der Pol mu=1000 t=1000", "rodas tol 1e-6", SimulationRequest.builder(vdp).tEnd(1000)
                        .dt(1e-3).method("rodas").tolerances(1e-6, 1e-6).sampleInterval(1000).build()),
                new Run("van der Pol mu=1000 t=1000", "dopri5 tol 1e-6", SimulationRequest.builder(vdp).tEnd(1000)
                        .dt(1e-3).method("dopri5").tolerances(1e-6, 1e-6).sampleInterval(1000).build()),
                new Run("van der Pol mu=1000 t=1000", "rk4 dt 1e-3", SimulationRequest.builder(vdp).tEnd(1000)
                        .dt(1e-3).method("rk4").sampleInterval(1000).build()),
                new Run("hodgkin-huxley 1 s, output 0.25 ms", "rodas tol 1e-6", SimulationRequest.builder(hh)
                        .tEnd(1000).dt(0.25).method("rodas").tolerances(1e-6, 1e-6).sampleInterval(0.25).build()),
                new Run("hodgkin-huxley 1 s, output 0.25 ms", "rk4 dt 0.25", SimulationRequest.builder(hh)
                        .tEnd(1000).dt(0.25).method("rk4").build()),
                new Run("hodgkin-huxley 1 s, output 0.25 ms", "rk4 dt 0.01", SimulationRequest.builder(hh)
                        .tEnd(1000).dt(0.01).method("rk4").sampleInterval(0.25).build()));
        Map<String, double[]> references = new LinkedHashMap<>();
        Map<String, Double> rodasMedian = new LinkedHashMap<>();
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (Run c : cases) {
            err.println("bench: " + c.problem + ", " + c.label + " ...");
            double[] reference = references.computeIfAbsent(c.problem, p -> reference(c.request));
            double[] times = new double[runs];
            Trace last = null;
            String failure = null;
            for (int i = 0; i < warmup + runs && failure == null; i++) {
                long t0 = System.nanoTime();
                try {
                    last = Simulation.run(c.request);
                } catch (DivergenceException e) {
                    failure = "diverges: " + e.getMessage();
                    break;
                }
                if (i >= warmup) {
                    times[i - warmup] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", c.problem + ", " + c.label);
            if (failure != null) {
                o.put("failure", failure);
                results.add(o);
                continue;
            }
            Arrays.sort(times);
            double median = times[runs / 2];
            double error = 0;
            double[] y = last.finalState();
            for (int i = 0; i < y.length; i++) {
                error = Math.max(error, Math.abs(y[i] - reference[i]) / (1 + Math.abs(reference[i])));
            }
            o.put("median_ms", median);
            o.put("min_ms", times[0]);
            o.put("steps", last.steps());
            o.put("error", error);
            results.add(o);
            if (c.label.startsWith("rodas")) {
                rodasMedian.put(c.problem, median);
            } else if (rodasMedian.containsKey(c.problem)) {
                ratios.put(c.problem + ": " + c.label.replaceAll(" .*", "") + " (" + c.label.replaceAll("^\\S+ ", "")
                        + ")/rodas", median / rodasMedian.get(c.problem));
            }
        }
        return ratios;
    }

    private static double[] reference(SimulationRequest r) {
        SimulationRequest.Builder b = SimulationRequest.builder(r.model()).parameters(r.parameters())
                .initialState(r.initialState()).tEnd(r.tEnd()).dt(Math.min(r.dt(), 1e-3)).method("rodas")
                .tolerances(1e-12, 1e-10).sampleInterval(r.tEnd());
        return Simulation.run(b.build()).finalState();
    }

    static void print(List<Object> results, int runs, PrintStream out) {
        out.println("stiff systems, median of " + runs + " runs; error: final state against rodas at tol 1e-10");
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) r;
            if (m.containsKey("failure")) {
                out.printf(Locale.ROOT, "  %-52s %s%n", m.get("name"), m.get("failure"));
            } else {
                out.printf(Locale.ROOT, "  %-52s %9.2f ms  %9d steps  error %.1e%n", m.get("name"), m.get("median_ms"),
                        m.get("steps"), m.get("error"));
            }
        }
    }

    static List<Object> newList() {
        return new ArrayList<>();
    }
}
