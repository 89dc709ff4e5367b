package org.neuropynamics.bifurcation.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.EigenvalueSolver;
import org.neuropynamics.core.analysis.EquilibriumFinder;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.SystemCompiler;

/**
 * The value of the first Lyapunov coefficient (Kuznetsov's l1 with |q| = 1, {@code <p, q> = 1}: the
 * restriction to the centre manifold is {@code z' = i w z + c1 z |z|^2} in the coordinate
 * {@code x = z q + conj(z q)}, and l1 = Re c1 / w), checked three independent ways:
 * <ul>
 * <li>the closed form of Guckenheimer and Holmes (1983, eq. 3.4.11) for a planar system whose linear part is
 * a rotation, with quadratic and cubic terms: there r' = a r^3 with x = r cos(theta), so l1 = 2 a / w;</li>
 * <li>the same system in other linear coordinates x = M xi: q becomes M q / |M q|, so l1 is divided by
 * |M q|^2 = (|M e1|^2 + |M e2|^2) / 2;</li>
 * <li>the dynamics: the small cycles near the FitzHugh-Nagumo Hopf point have |z|^2 = -Re lambda / Re c1,
 * read off the cycle continuation's amplitude of v.</li>
 * </ul>
 */
class FirstLyapunovCoefficientTest {

    private static final double W = 1.7;
    // f = a1 x^2 + a2 x y + a3 y^2 + c1 x^3 + c2 x y^2, g = b1 x^2 + b2 x y + b3 y^2 + d1 x^2 y + d2 y^3
    private static final double A1 = 0.8;
    private static final double A2 = -1.1;
    private static final double A3 = 0.5;
    private static final double B1 = 0.3;
    private static final double B2 = 0.9;
    private static final double B3 = -0.7;
    private static final double C1 = -0.4;
    private static final double C2 = 0.25;
    private static final double D1 = -0.6;
    private static final double D2 = 0.15;

    /** Guckenheimer and Holmes (3.4.11) with f_xx = 2 a1, f_xy = a2, f_yy = 2 a3, f_xxx = 6 c1, ... */
    private static double guckenheimerHolmesA() {
        double cubic = (6 * C1 + 2 * C2 + 2 * D1 + 6 * D2) / 16;
        double quadratic = (A2 * (2 * A1 + 2 * A3) - B2 * (2 * B1 + 2 * B3) - 4 * A1 * B1 + 4 * A3 * B3) / (16 * W);
        return cubic + quadratic;
    }

    private static void canonicalField(double mu, double x, double y, double[] d) {
        d[0] = mu * x - W * y + A1 * x * x + A2 * x * y + A3 * y * y + C1 * x * x * x + C2 * x * y * y;
        d[1] = W * x + mu * y + B1 * x * x + B2 * x * y + B3 * y * y + D1 * x * x * y + D2 * y * y * y;
    }

    /** The planar system in the coordinates x = M xi (M = identity: the canonical one), without a Jacobian. */
    private static Model transformed(double[][] m) {
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        return Model.builder("planar-hopf")
                .variable("x", "", "")
                .variable("y", "", "")
                .parameter("mu", "", 0, -1, 1, 0.01, "")
                .field((t, y, p, d) -> {
                    double xi = (m[1][1] * y[0] - m[0][1] * y[1]) / det;
                    double eta = (-m[1][0] * y[0] + m[0][0] * y[1]) / det;
                    double[] f = new double[2];
                    canonicalField(p[0], xi, eta, f);
                    d[0] = m[0][0] * f[0] + m[0][1] * f[1];
                    d[1] = m[1][0] * f[0] + m[1][1] * f[1];
                })
                .initialState(0, 0)
                .currentParameter(null)
                .build();
    }

    private static double l1(Model model) {
        ParameterizedSystem system = new ParameterizedSystem(model, model.defaultParameters(), "mu");
        return FirstLyapunovCoefficient.compute(system, new double[] {0, 0}, 0, W);
    }

    @Test
    void planarSystemMatchesGuckenheimerHolmesWithFiniteDifferences() {
        double expected = 2 * guckenheimerHolmesA() / W;
        assertEquals(expected, l1(transformed(new double[][] {{1, 0}, {0, 1}})), 1e-7 * Math.abs(expected) + 1e-9);
    }

    @Test
    void planarSystemMatchesGuckenheimerHolmesWithTheSymbolicJacobian() {
        String equations = String.format(java.util.Locale.ROOT, """
                x' = mu*x - w*y + %s*x^2 + %s*x*y + %s*y^2 + %s*x^3 + %s*x*y^2
                y' = w*x + mu*y + %s*x^2 + %s*x*y + %s*y^2 + %s*x^2*y + %s*y^3
                """, A1, A2, A3, C1, C2, B1, B2, B3, D1, D2);
        Model model = SystemCompiler.compile("planar-hopf", equations, Map.of("mu", 0.0, "w", W));
        double expected = 2 * guckenheimerHolmesA() / W;
        assertEquals(expected, l1(model), 1e-8 * Math.abs(expected));
    }

    @Test
    void otherLinearCoordinatesDivideL1ByTheSquaredNormOfMq() {
        double[][] m = {{2, 0.7}, {-0.4, 0.5}};
        double mq2 = (m[0][0] * m[0][0] + m[1][0] * m[1][0] + m[0][1] * m[0][1] + m[1][1] * m[1][1]) / 2;
        double expected = 2 * guckenheimerHolmesA() / W / mq2;
        assertEquals(expected, l1(transformed(m)), 1e-7 * Math.abs(expected));
    }

    /**
     * FHN's first Hopf point (subcritical): for I = I_H - delta the small unstable cycle has v-amplitude
     * 2 |z| |q_v| with |z|^2 = -Re lambda(I) / Re c1, lambda the critical eigenvalue of the equilibrium; the
     * estimate -Re lambda / (w |z|^2) of l1 converges to l1 linearly in delta.
     */
    @Test
    void fitzHughNagumoL1MatchesTheAmplitudeOfItsSmallCycles() {
        Model fhn = NormalForms.fitzHughNagumo();
        ParameterizedSystem system = new ParameterizedSystem(fhn, fhn.defaultParameters(), "I");
        Branch eq = new EquilibriumContinuation(system).run(0, 1, fhn.initialState(fhn.defaultParameters()),
                RunMonitor.NONE);
        SpecialPoint hopf = eq.specialPoints().get(0);
        double ih = hopf.parameter();
        double omega = hopf.frequency();
        CriticalEigenvectors ev = new CriticalEigenvectors(system.stateJacobian(hopf.state(), ih), omega);
        double qv = Math.hypot(ev.qr[0], ev.qi[0]);
        double[] deltas = {2e-6, 4e-6};
        double[] at = {ih - deltas[0], ih - deltas[1]};
        Branch cycles = new CycleContinuation(system).pointsAt(at).fromHopf(hopf, 0, 1, RunMonitor.NONE);
        double[] estimate = new double[2];
        for (int k = 0; k < 2; k++) {
            double p = at[k];
            BranchPoint b = cycles.points().stream().filter(x -> Math.abs(x.parameter() - p) < 1e-12).findFirst()
                    .orElseThrow();
            double z = (b.max()[0] - b.min()[0]) / 2 / (2 * qv);
            double[] q = fhn.defaultParameters();
            q[fhn.parameterIndex("I")] = p;
            double[] x = new EquilibriumFinder(fhn).refine(q, hopf.state()).orElseThrow().state();
            double re = critical(EigenvalueSolver.eigenvalues(system.stateJacobian(x, p))).re();
            estimate[k] = -re / (omega * z * z);
        }
        // linear extrapolation to delta = 0
        double l1 = estimate[0] - (estimate[1] - estimate[0]) * deltas[0] / (deltas[1] - deltas[0]);
        // the two estimates differ by 1e-4 relative; extrapolated they agree with l1 to 1e-5
        assertEquals(hopf.firstLyapunovCoefficient(), l1, 1e-4 * hopf.firstLyapunovCoefficient(),
                () -> "estimates " + List.of(estimate[0], estimate[1]));
    }

    private static Eigenvalue critical(Eigenvalue[] ev) {
        Eigenvalue best = ev[0];
        for (Eigenvalue e : ev) {
            if (e.im() > 0 && Math.abs(e.re()) <= Math.abs(best.re())) {
                best = e;
            }
        }
        return best;
    }
}
