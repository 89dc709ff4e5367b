package org.neuropynamics.network.sim;

import org.neuropynamics.core.model.VectorField;

/**
 * Forward Euler or classical Runge-Kutta 4 over any model's vector field, one neuron at a time through
 * small scratch arrays (no allocation per step). The model's current parameter receives the constant I,
 * the injected current and the synaptic input of the neuron, held over the step.
 */
final class ModelKernel implements StepKernel {

    private final VectorField field;
    private final boolean rk4;

    ModelKernel(VectorField field, boolean rk4) {
        this.field = field;
        this.rk4 = rk4;
    }

    /** Scratch: y, k1..k4, ytmp, and a private copy of the parameters. */
    private static final class Scratch {
        final double[] y;
        final double[] k1;
        final double[] k2;
        final double[] k3;
        final double[] k4;
        final double[] tmp;
        double[] p;

        Scratch(int dim) {
            y = new double[dim];
            k1 = new double[dim];
            k2 = new double[dim];
            k3 = new double[dim];
            k4 = new double[dim];
            tmp = new double[dim];
        }
    }

    @Override
    public Object newScratch(NeuronGroup g) {
        Scratch s = new Scratch(g.dim);
        s.p = g.params.clone();
        return s;
    }

    @Override
    public void advance(NeuronGroup g, int from, int to, int step, double t, double dt, Object scratch) {
        Scratch s = (Scratch) scratch;
        double[] y = s.y;
        double[] p = s.p;
        int dim = g.dim;
        double[][] vars = g.vars;
        int ci = g.currentIndex;
        double baseI = ci >= 0 ? g.params[ci] + g.injected : 0;
        boolean synapses = g.hasSynapticChannels();
        int[] clamped = g.clamped;
        for (int i = from; i < to; i++) {
            for (int k = 0; k < dim; k++) {
                y[k] = vars[k][i];
            }
            if (ci >= 0) {
                p[ci] = synapses ? baseI + g.synapticInput(i, y[0]) : baseI;
            }
            if (rk4) {
                rk4Step(s, t, dt, dim);
            } else {
                field.derivatives(t, y, p, s.k1);
                for (int k = 0; k < dim; k++) {
                    s.tmp[k] = y[k] + dt * s.k1[k];
                }
            }
            if (step < g.refractoryUntil[i]) {
                for (int c : clamped) {
                    s.tmp[c] = y[c];
                }
            }
            for (int k = 0; k < dim; k++) {
                vars[k][i] = s.tmp[k];
            }
        }
    }

    private void rk4Step(Scratch s, double t, double dt, int dim) {
        double[] y = s.y;
        double[] tmp = s.tmp;
        double[] p = s.p;
        field.derivatives(t, y, p, s.k1);
        for (int k = 0; k < dim; k++) {
            tmp[k] = y[k] + 0.5 * dt * s.k1[k];
        }
        field.derivatives(t + 0.5 * dt, tmp, p, s.k2);
        for (int k = 0; k < dim; k++) {
            tmp[k] = y[k] + 0.5 * dt * s.k2[k];
        }
        field.derivatives(t + 0.5 * dt, tmp, p, s.k3);
        for (int k = 0; k < dim; k++) {
            tmp[k] = y[k] + dt * s.k3[k];
        }
        field.derivatives(t + dt, tmp, p, s.k4);
        for (int k = 0; k < dim; k++) {
            tmp[k] = y[k] + dt / 6.0 * (s.k1[k] + 2 * s.k2[k] + 2 * s.k3[k] + s.k4[k]);
        }
    }
}
