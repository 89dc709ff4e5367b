package org.neuropynamics.cli.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.Direction;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.stability.phaseplane.PlaneWindow;

/**
 * Times a full phase-portrait recompute of FitzHugh-Nagumo (README.md "Performance": under 16 ms): vector
 * field 20 x 20, both nullclines on a 121 x 121 grid, equilibria with classification, five trajectories,
 * in the course window [-2.1, 2.1]^2, at I = 0.5 (limit cycle: trajectories run to their time limit, the
 * worst case) and I = 0 (they converge). Usage: {@code PhasePortraitBenchmark [runs] [warmup]}.
 */
public final class PhasePortraitBenchmark {

    private PhasePortraitBenchmark() {
    }

    /** FitzHugh-Nagumo with the course's parameters (a 0.7, b 0.8, tau 12.5), written inline. */
    static Model fitzHughNagumo() {
        return Model.builder("fitzhugh-nagumo").variable("v", "", "").variable("w", "", "")
                .parameter("a", "", 0.7, 0, 1, 0.01, "").parameter("b", "", 0.8, 0.5, 1.5, 0.01, "")
                .parameter("tau", "", 12.5, 0.01, 20, 0.01, "").parameter("I", "", 0.5, 0, 3, 0.01, "")
                .field((t, y, p, d) -> {
                    d[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + p[3];
                    d[1] = (y[0] + p[0] - p[1] * y[1]) / p[2];
                })
                .jacobian((t, y, p, j) -> {
                    j[0][0] = 1 - y[0] * y[0];
                    j[0][1] = -1;
                    j[1][0] = 1 / p[2];
                    j[1][1] = -p[1] / p[2];
                })
                .initialState(-1.2, -0.6).build();
    }

    /** Runs the benchmark and prints the median and minimum wall time per recompute. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 101;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Model fhn = fitzHughNagumo();
        PhasePortrait portrait = new PhasePortrait(fhn, "v", "w", null, new PlaneWindow(-2.1, 2.1, -2.1, 2.1))
                .seeds(List.of(new PhasePortrait.Seed(-2, -1, Direction.FORWARD),
                        new PhasePortrait.Seed(2, 1, Direction.FORWARD), new PhasePortrait.Seed(0, 2, Direction.BOTH),
                        new PhasePortrait.Seed(-1, 1.5, Direction.FORWARD),
                        new PhasePortrait.Seed(1, -1.5, Direction.FORWARD)));
        for (double current : new double[] {0.5, 0}) {
            double[] p = fhn.defaultParameters();
            p[3] = current;
            double[] ms = new double[runs];
            PhasePortraitResult last = null;
            for (int k = 0; k < warmup + runs; k++) {
                long t0 = System.nanoTime();
                last = portrait.compute(p);
                if (k >= warmup) {
                    ms[k - warmup] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            int points = last.trajectories().stream().mapToInt(t -> t.size()).sum();
            System.out.printf(Locale.ROOT,
                    "FHN phase portrait I = %.1f: median %.2f ms, min %.2f ms (%d runs; %d equilibria %s, "
                            + "%d + %d nullcline pieces, 5 trajectories with %d points)%n",
                    current, ms[runs / 2], ms[0], runs, last.equilibria().size(),
                    last.equilibria().get(0).type().label(), last.nullclines().xNullcline().size(),
                    last.nullclines().yNullcline().size(), points);
        }
    }
}
