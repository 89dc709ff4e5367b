package org.neuropynamics.cli.bench;

import java.util.Arrays;
import java.util.Locale;

import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.EquilibriumContinuation;
import org.neuropynamics.bifurcation.continuation.ParameterizedSystem;
import org.neuropynamics.bifurcation.continuation.SpecialPointType;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SquidAxonModel;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.bifurcation.sweep.SpikeTriggeredSweep;
import org.neuropynamics.bifurcation.sweep.SweepRequest;
import org.neuropynamics.bifurcation.sweep.SweepResult;

/**
 * Timing of the bifurcation topic (issue 6 targets): HH equilibrium continuation over I in [0, 200] with both
 * Hopf points located (target under 200 ms) and the AdEx reset sweep, 150 values of Vr in [-48.3, -47.7],
 * 1 s transient + 1 s recorded (target under 3 s on two cores; needs the catalogue's "adex" model on the
 * class path). Median of the runs after warm-up. Usage: {@code BifurcationBenchmarks [runs]}.
 */
public final class BifurcationBenchmarks {

    private BifurcationBenchmarks() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Model hh = SquidAxonModel.create();
        double[] p = hh.defaultParameters();
        p[SquidAxonModel.I] = 0;
        ParameterizedSystem sys = new ParameterizedSystem(hh, p, "I");
        double[] times = new double[runs];
        long hopf = 0;
        for (int w = 0; w < 20; w++) {
            new EquilibriumContinuation(sys).run(0, 200, hh.initialState(p), RunMonitor.NONE);
        }
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Branch b = new EquilibriumContinuation(sys).run(0, 200, hh.initialState(p), RunMonitor.NONE);
            times[r] = (System.nanoTime() - t0) / 1e6;
            hopf = b.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).count();
        }
        report("HH equilibria I 0..200 (" + hopf + " Hopf points)", times);
        if (!ModelRegistry.getDefault().contains("adex")) {
            System.out.println("adex not on the class path: sweep benchmark skipped");
            return;
        }
        Model adex = ModelRegistry.getDefault().get("adex");
        SweepRequest sweep = SweepRequest.of(adex, "Vr", -48.3, -47.7, 150, "w");
        SpikeTriggeredSweep.run(sweep.withTimes(200, 200), RunMonitor.NONE);
        double[] sweepTimes = new double[Math.max(1, runs / 2)];
        int points = 0;
        for (int r = 0; r < sweepTimes.length; r++) {
            long t0 = System.nanoTime();
            SweepResult res = SpikeTriggeredSweep.run(sweep, RunMonitor.NONE);
            sweepTimes[r] = (System.nanoTime() - t0) / 1e6;
            points = res.points().length;
        }
        report("AdEx Vr sweep 150 x (1 s + 1 s), " + Runtime.getRuntime().availableProcessors() + " threads ("
                + points + " spikes)", sweepTimes);
    }

    private static void report(String name, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.println(String.format(Locale.ROOT, "%-60s median %9.2f ms  min %9.2f ms  (%d runs)", name,
                s[s.length / 2], s[0], s.length));
    }
}
