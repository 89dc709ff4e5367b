package org.neuropynamics.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SquidAxonModel;

/**
 * Timing of the solver core without JMH: each case is warmed up, then run N times; the median wall time is
 * reported (README.md "Performance": one HH neuron, 1 s, RK4 dt 0.01 ms, under 25 ms).
 * Usage: {@code Benchmarks [runs] [warmup]}.
 */
public final class Benchmarks {

    /** One measured case. */
    public record Result(String name, double medianMs, double minMs, int runs, String check) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-44s median %8.2f ms  min %8.2f ms  (%d runs)  %s",
                    name, medianMs, minMs, runs, check);
        }
    }

    private Benchmarks() {
    }

    /** Runs the benchmarks and prints one line per case. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        run(System.out, runs, warmup);
    }

    /**
     * Runs every case.
     *
     * @param out where to print (one line per case), or null
     * @param runs measured runs per case
     * @param warmup unmeasured runs per case first
     * @return the results
     */
    public static List<Result> run(PrintStream out, int runs, int warmup) {
        Model hh = SquidAxonModel.create();
        List<Result> results = new ArrayList<>();
        results.add(time("HH 1 s, rk4 dt 0.01 ms, I = 10, all variables", runs, warmup,
                () -> Simulation.run(hhRequest(hh, "rk4", 0.01).build())));
        results.add(time("HH 1 s, rk4 dt 0.01 ms, I = 10, V every 0.1 ms", runs, warmup,
                () -> Simulation.run(hhRequest(hh, "rk4", 0.01).record("V").sampleInterval(0.1).build())));
        results.add(time("HH 1 s, exp-euler dt 0.01 ms, I = 10", runs, warmup,
                () -> Simulation.run(hhRequest(hh, "exp-euler", 0.01).build())));
        results.add(time("HH 1 s, dopri5 tol 1e-6, sampled 0.01 ms", runs, warmup,
                () -> Simulation.run(hhRequest(hh, "dopri5", 0.01).build())));
        if (out != null) {
            for (Result r : results) {
                out.println(r);
            }
        }
        return results;
    }

    private static SimulationRequest.Builder hhRequest(Model hh, String method, double dt) {
        return SimulationRequest.builder(hh).parameter("I", 10).tEnd(1000).dt(dt).method(method);
    }

    private static Result time(String name, int runs, int warmup, Supplier<Trace> body) {
        Trace last = null;
        for (int i = 0; i < warmup; i++) {
            last = body.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = body.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        String check = last == null ? "" : last.spikeCount() + " spikes";
        return new Result(name, ms[runs / 2], ms[0], runs, check);
    }
}
