package org.neuropynamics.bifurcation.continuation;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;

/**
 * A one-parameter bifurcation diagram as AUTO would compute it in two runs: the equilibrium branch from the
 * model's start state, then the limit cycles from each Hopf point on it (a Hopf point already reached by
 * an earlier cycle branch is not started again).
 *
 * @param parameter the continuation parameter's name
 * @param branches the equilibrium branch first, then the cycle branches
 */
public record BifurcationDiagram(String parameter, List<Branch> branches) {

    /** All special points of all branches, in branch order. */
    public List<SpecialPoint> specialPoints() {
        List<SpecialPoint> all = new ArrayList<>();
        for (Branch b : branches) {
            all.addAll(b.specialPoints());
        }
        return all;
    }

    /**
     * Computes the diagram over [from, to].
     *
     * @param model a flow
     * @param parameters values of all parameters (the free one's value is ignored)
     * @param parameter the free parameter
     * @param start an initial guess of the equilibrium at {@code from}
     * @param cycles true to continue limit cycles from the Hopf points
     * @param monitor progress (equilibria first, then cycles) and cancellation
     */
    public static BifurcationDiagram compute(Model model, double[] parameters, String parameter, double from,
            double to, double[] start, boolean cycles, RunMonitor monitor) {
        ParameterizedSystem system = new ParameterizedSystem(model, parameters, parameter);
        List<Branch> branches = new ArrayList<>();
        Branch eq = new EquilibriumContinuation(system).run(from, to, start, scaled(monitor, 0, cycles ? 0.2 : 1));
        branches.add(eq);
        if (cycles) {
            List<SpecialPoint> hopf = eq.specialPoints().stream().filter(s -> s.type() == SpecialPointType.HB).toList();
            List<Double> reached = new ArrayList<>();
            for (int i = 0; i < hopf.size(); i++) {
                SpecialPoint h = hopf.get(i);
                if (reached.stream().anyMatch(p -> Math.abs(p - h.parameter()) < 1e-3 * (1 + Math.abs(p)))) {
                    continue;
                }
                double lo = 0.2 + 0.8 * i / hopf.size();
                double hi = 0.2 + 0.8 * (i + 1) / hopf.size();
                Branch c = new CycleContinuation(system).fromHopf(h, Math.min(from, to), Math.max(from, to),
                        scaled(monitor, lo, hi));
                branches.add(c);
                BranchPoint end = c.points().get(c.points().size() - 1);
                if (c.stopReason().contains("Hopf")) {
                    reached.add(end.parameter());
                }
            }
        }
        monitor.worked(1);
        return new BifurcationDiagram(parameter, branches);
    }

    private static RunMonitor scaled(RunMonitor m, double lo, double hi) {
        return new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return m.isCanceled();
            }

            @Override
            public void worked(double fractionDone) {
                m.worked(lo + (hi - lo) * fractionDone);
            }
        };
    }
}
