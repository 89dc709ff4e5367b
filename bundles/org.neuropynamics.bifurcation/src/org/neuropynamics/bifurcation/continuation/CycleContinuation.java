package org.neuropynamics.bifurcation.continuation;

import org.neuropynamics.core.integrate.RunMonitor;

/**
 * Continuation of the limit cycles born at a Hopf point, by multiple shooting with a Poincare phase
 * condition and pseudo-arclength steps: period, min/max of each variable and Floquet multipliers at every
 * point; folds of cycles (LPC) and period doublings (PD) located on the way. The branch starts on the Hopf
 * point as a cycle of zero amplitude along the critical eigenvector (as AUTO does) and ends at the parameter
 * bounds, back on an equilibrium (another Hopf point), when the period passes a bound (a homoclinic orbit or
 * SNIC) or at the settings' limits. Spike resets of the model are not part of the flow followed here.
 * <p>
 * Steps are measured like AUTO's weighted pseudo-arclength: the segment states by their RMS relative to the
 * size of the Hopf equilibrium, the period relative to its current value and the parameter relative to the
 * range, so that a canard explosion (the amplitude jumps while the parameter stays constant to 1e-10) or the
 * approach to a homoclinic orbit (the period grows without bound) take a few dozen steps, and the step
 * adapts to the Newton iterations and the turning of the tangent. Folds of cycles whose period exceeds a
 * fifth of the period bound are not reported (there the parameter is constant to discretisation accuracy).
 */
public final class CycleContinuation {

    /**
     * Default steps, in the scaled arclength of {@link CycleProblem#weights()} (1 = a change of the state by
     * its typical size, of the period by the Hopf period or of the parameter by the range width).
     */
    private static final ContinuationSettings DEFAULTS = new ContinuationSettings(0.005, 1e-9, 0.05, 1000, 1e-9, 8);

    private final ParameterizedSystem system;
    private int segments = 10;
    private int stepsPerSegment = 150;
    private double maxPeriodFactor = 50;
    private ContinuationSettings settings;
    private double[] userValues = new double[0];

    public CycleContinuation(ParameterizedSystem system) {
        this.system = system;
    }

    /** Number of shooting segments (default 10) and Runge-Kutta steps per segment (default 150). */
    public CycleContinuation discretization(int segmentCount, int steps) {
        if (segmentCount < 1 || steps < 4) {
            throw new IllegalArgumentException("need at least 1 segment and 4 steps per segment");
        }
        this.segments = segmentCount;
        this.stepsPerSegment = steps;
        return this;
    }

    /**
     * Overrides the default settings; steps are measured in the scaled arclength (see the defaults: initial
     * 0.005, min 1e-9, max 0.05, 1000 points, Newton tolerance 1e-9).
     */
    public CycleContinuation settings(ContinuationSettings s) {
        this.settings = s;
        return this;
    }

    /** Continuation stops when the period exceeds this multiple of the Hopf period 2 pi / omega (default 50). */
    public CycleContinuation maxPeriodFactor(double factor) {
        this.maxPeriodFactor = factor;
        return this;
    }

    /**
     * Parameter values at which the branch gets a point (located to the Newton tolerance) wherever it passes
     * them, like AUTO's user points (UZR): cycles at exactly these values, e.g. to compare with simulations.
     */
    public CycleContinuation pointsAt(double... parameterValues) {
        this.userValues = parameterValues.clone();
        return this;
    }

    /**
     * Follows the cycles from a Hopf point within the parameter range [pLow, pHigh].
     *
     * @param hopf a located Hopf point (type HB)
     */
    public Branch fromHopf(SpecialPoint hopf, double pLow, double pHigh, RunMonitor monitor) {
        if (hopf.type() != SpecialPointType.HB) {
            throw new IllegalArgumentException("cycles start from a Hopf point, not from " + hopf.type());
        }
        int n = system.dimension();
        int m = segments;
        double[] x = hopf.state();
        double omega = hopf.frequency();
        double period = 2 * Math.PI / omega;
        CriticalEigenvectors ev = new CriticalEigenvectors(system.stateJacobian(x, hopf.parameter()), omega);
        double[] u0 = new double[n * m + 2];
        double[] t0 = new double[n * m + 2];
        for (int i = 0; i < m; i++) {
            double phase = omega * i * period / m;
            for (int k = 0; k < n; k++) {
                u0[i * n + k] = x[k];
                t0[i * n + k] = ev.qr[k] * Math.cos(phase) - ev.qi[k] * Math.sin(phase);
            }
        }
        u0[n * m] = period;
        u0[n * m + 1] = hopf.parameter();
        double stateScale = 0;
        for (double xi : x) {
            stateScale = Math.max(stateScale, Math.abs(xi));
        }
        stateScale = Math.max(1, stateScale);
        double parameterScale = Math.abs(pHigh - pLow) > 0 ? Math.abs(pHigh - pLow) : 1;
        // phase direction: the time derivative of the linear cycle Re(q exp(i w t)) at each segment start
        double[] psi = new double[n * m];
        for (int i = 0; i < m; i++) {
            double phase = omega * i * period / m;
            for (int k = 0; k < n; k++) {
                psi[i * n + k] = -ev.qr[k] * Math.sin(phase) - ev.qi[k] * Math.cos(phase);
            }
        }
        CycleProblem problem = new CycleProblem(system, m, stepsPerSegment, java.util.Arrays.copyOf(u0, n * m), psi,
                stateScale, period, parameterScale);
        ContinuationSettings s = settings != null ? settings : DEFAULTS;
        PseudoArclength arclength = new PseudoArclength(problem, s.tolerance(), s.maxIterations());
        double norm = arclength.size(t0);
        for (int i = 0; i < t0.length; i++) {
            t0[i] /= norm;
        }
        CycleAnalyzer analyzer = new CycleAnalyzer(problem, n, maxPeriodFactor * period);
        return new BranchTracer(arclength, analyzer, s, pLow, pHigh, monitor).pointsAt(userValues)
                .trace(Branch.Kind.CYCLE, u0, t0, true);
    }
}
