package org.neuropynamics.bifurcation.continuation;

import java.util.Arrays;

import org.neuropynamics.core.analysis.ShootingFlow;

/**
 * Periodic orbits by multiple shooting: unknowns {@code u = (x_0, .., x_{m-1}, T, p)}, equations
 * {@code phi(x_i, T/m, p) - x_{i+1 mod m} = 0} and the phase condition {@code sum_i f(r_i) . (x_i - r_i) = 0},
 * where r_i are the segment points of the previously accepted cycle: a discrete form of AUTO's integral phase
 * condition, which keeps the new cycle from sliding along the old one and is well conditioned even where the
 * field is small at one point of the orbit. The last flow evaluation with sensitivities is cached, so the corrector's residual and
 * Jacobian at the same point cost one integration.
 */
final class CycleProblem implements ContinuationProblem {

    private final ParameterizedSystem system;
    private final ShootingFlow flow;
    private final int n;
    private final int m;
    private final double[] reference;
    private final double[] psi;
    private double[] cachedU;
    private final double[][] ends;
    private final double[][][] sensitivities;
    private final double[] min;
    private final double[] max;
    private final double[] weights;

    /**
     * @param segments m, the number of shooting segments
     * @param stepsPerSegment Runge-Kutta steps per segment
     * @param reference first phase reference (the n m segment points)
     * @param psi first phase direction, n m values (normalised here)
     * @param stateScale typical size of the state (the states count as their RMS over the segments, relative
     *        to it, in the arclength)
     * @param periodScale the first period (the period then counts by its change relative to the last
     *        accepted one, see {@link #accept})
     * @param parameterScale typical parameter change (the width of the parameter range)
     */
    CycleProblem(ParameterizedSystem system, int segments, int stepsPerSegment, double[] reference, double[] psi,
            double stateScale, double periodScale, double parameterScale) {
        this.system = system;
        this.n = system.dimension();
        this.m = segments;
        this.flow = new ShootingFlow(system, stepsPerSegment);
        this.reference = reference.clone();
        this.psi = unit(psi);
        this.ends = new double[m][n];
        this.sensitivities = new double[m][n][n + 2];
        this.min = new double[n];
        this.max = new double[n];
        this.weights = new double[n * m + 2];
        Arrays.fill(weights, 0, n * m, 1 / (m * stateScale * stateScale));
        weights[n * m] = 1 / (periodScale * periodScale);
        weights[n * m + 1] = 1 / (parameterScale * parameterScale);
    }

    /** Arclength weights: the RMS of the segment states, the period and the parameter, each on its scale. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    int segments() {
        return m;
    }

    @Override
    public int unknowns() {
        return n * m + 2;
    }

    /** Integrates all segments with sensitivities at u unless cached. */
    private void evaluate(double[] u) {
        if (cachedU != null && Arrays.equals(cachedU, u)) {
            return;
        }
        double period = u[n * m];
        double p = u[n * m + 1];
        double[] x0 = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < m; i++) {
            System.arraycopy(u, i * n, x0, 0, n);
            flow.flow(x0, period / m, p, ends[i], sensitivities[i], min, max);
        }
        cachedU = u.clone();
    }

    @Override
    public void residual(double[] u, double[] out) {
        evaluate(u);
        for (int i = 0; i < m; i++) {
            int next = ((i + 1) % m) * n;
            for (int k = 0; k < n; k++) {
                out[i * n + k] = ends[i][k] - u[next + k];
            }
        }
        double phase = 0;
        for (int k = 0; k < n * m; k++) {
            phase += psi[k] * (u[k] - reference[k]);
        }
        out[n * m] = phase;
    }

    @Override
    public void jacobian(double[] u, double[][] out) {
        evaluate(u);
        int cols = n * m + 2;
        for (int r = 0; r < n * m + 1; r++) {
            Arrays.fill(out[r], 0, cols, 0);
        }
        for (int i = 0; i < m; i++) {
            int next = ((i + 1) % m) * n;
            for (int k = 0; k < n; k++) {
                double[] row = out[i * n + k];
                for (int j = 0; j < n; j++) {
                    row[i * n + j] += sensitivities[i][k][j];
                }
                row[next + k] -= 1;
                row[n * m] = sensitivities[i][k][n + 1] / m;
                row[n * m + 1] = sensitivities[i][k][n];
            }
        }
        System.arraycopy(psi, 0, out[n * m], 0, n * m);
    }

    @Override
    public void accept(double[] u) {
        if (u[n * m] > 0) {
            // the period counts by its relative change: steps towards a homoclinic orbit grow with it
            weights[n * m] = 1 / (u[n * m] * u[n * m]);
        }
        double spread = 0;
        double size = 0;
        for (int i = 0; i < n * m; i++) {
            spread = Math.max(spread, Math.abs(u[i] - u[i % n]));
            size = Math.max(size, Math.abs(u[i]));
        }
        if (spread <= 1e-8 * (1 + size)) {
            return; // a cycle of zero amplitude (the Hopf point itself) keeps the eigenvector's phase direction
        }
        double[] x = new double[n];
        double[] f = new double[n];
        double[] direction = new double[n * m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(u, i * n, x, 0, n);
            system.field(x, u[n * m + 1], f);
            System.arraycopy(f, 0, direction, i * n, n);
        }
        if (PseudoArclength.norm(direction) > 0) {
            System.arraycopy(unit(direction), 0, psi, 0, n * m);
            System.arraycopy(u, 0, reference, 0, n * m);
        }
    }

    /** The monodromy matrix (product of the segment sensitivities) at u. */
    double[][] monodromy(double[] u) {
        evaluate(u);
        double[][] mono = new double[n][n];
        for (int i = 0; i < n; i++) {
            mono[i][i] = 1;
        }
        for (int s = 0; s < m; s++) {
            double[][] next = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum += sensitivities[s][i][k] * mono[k][j];
                    }
                    next[i][j] = sum;
                }
            }
            mono = next;
        }
        return mono;
    }

    /** Componentwise minimum along the cycle at u. */
    double[] min(double[] u) {
        evaluate(u);
        return min.clone();
    }

    /** Componentwise maximum along the cycle at u. */
    double[] max(double[] u) {
        evaluate(u);
        return max.clone();
    }

    private static double[] unit(double[] v) {
        double norm = PseudoArclength.norm(v);
        double[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] /= norm;
        }
        return r;
    }
}
