package org.neuropynamics.bifurcation.continuation;

import java.util.Optional;

import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Parameter;

/**
 * One-parameter continuation of equilibria by pseudo-arclength (predictor along the tangent, Newton
 * corrector on the bordered system, adaptive step), with stability from the eigenvalues at every point and
 * folds (LP), Hopf points (HB, with the first Lyapunov coefficient) and branch points (BP) located on the way.
 *
 * <pre>{@code
 * ParameterizedSystem hh = new ParameterizedSystem(model, model.defaultParameters(), "I");
 * Branch b = new EquilibriumContinuation(hh).run(0, 200, model.initialState(p), RunMonitor.NONE);
 * }</pre>
 */
public final class EquilibriumContinuation {

    private final ParameterizedSystem system;
    private ContinuationSettings settings;

    public EquilibriumContinuation(ParameterizedSystem system) {
        this.system = system;
    }

    /** Overrides the default settings ({@link ContinuationSettings#forRange}). */
    public EquilibriumContinuation settings(ContinuationSettings s) {
        this.settings = s;
        return this;
    }

    /**
     * The default step control: {@link ContinuationSettings#forRange} of the range, but never of more than
     * {@value #SCALE_FACTOR} times the parameter's slider range. Steps proportional to a huge range (0 to 1e6
     * for an input whose bifurcations lie within 0..3) would step over every bifurcation at once; with the
     * cap, a range too wide for the point budget ends early with "reached the maximum number of points"
     * instead of claiming its end. Ranges within the cap keep the plain defaults.
     */
    static ContinuationSettings defaultSettings(ParameterizedSystem system, double from, double to) {
        double width = Math.abs(to - from);
        Parameter p = system.model().parameters().get(system.model().parameterIndex(system.parameterName()));
        double natural = p.max() - p.min();
        double cap = SCALE_FACTOR * (natural > 0 ? natural : Math.max(1, Math.abs(p.defaultValue())));
        if (!(width > cap)) {
            return ContinuationSettings.forRange(to - from);
        }
        int points = (int) Math.min(MAX_POINTS, 2000 * Math.ceil(width / cap));
        return ContinuationSettings.forRange(cap).withMaxPoints(points);
    }

    /** Widest step scale, in slider ranges of the parameter. */
    static final double SCALE_FACTOR = 10;
    /** Most points of a branch over a range wider than the step scale. */
    static final int MAX_POINTS = 20_000;

    /**
     * Continues from the equilibrium near {@code guess} at {@code from} towards {@code to}; the branch ends at
     * {@code to}, at the other end of the range (after folds), or when the limits of the settings are reached.
     *
     * @throws IllegalArgumentException when Newton's method finds no equilibrium near the guess
     * @throws org.neuropynamics.core.integrate.RunCanceledException when the monitor cancels
     */
    public Branch run(double from, double to, double[] guess, RunMonitor monitor) {
        int n = system.dimension();
        Optional<Equilibrium> start = new EquilibriumFinder(system.model()).refine(system.parametersAt(from), guess);
        if (start.isEmpty()) {
            throw new IllegalArgumentException("no equilibrium of " + system.model().id() + " found near the start "
                    + "state at " + system.parameterName() + " = " + from);
        }
        double[] u0 = new double[n + 1];
        System.arraycopy(start.get().state(), 0, u0, 0, n);
        u0[n] = from;
        ContinuationSettings s = settings != null ? settings : defaultSettings(system, from, to);
        EquilibriumProblem problem = new EquilibriumProblem(system);
        PseudoArclength arclength = new PseudoArclength(problem, s.tolerance(), s.maxIterations());
        double[] direction = new double[n + 1];
        direction[n] = to >= from ? 1 : -1;
        double[] t0 = arclength.tangent(u0, direction);
        if (t0 == null) {
            throw new IllegalArgumentException("the start of the branch is singular (a fold or branch point)");
        }
        EquilibriumAnalyzer analyzer = new EquilibriumAnalyzer(system, arclength);
        return new BranchTracer(arclength, analyzer, s, from, to, monitor).trace(Branch.Kind.EQUILIBRIUM, u0, t0,
                false);
    }
}
