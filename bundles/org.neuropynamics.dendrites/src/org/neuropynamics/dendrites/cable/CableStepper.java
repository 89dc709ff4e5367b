package org.neuropynamics.dendrites.cable;

import java.util.List;

/** The state of one run of a {@link CompartmentalNeuron} and its implicit step (see there). */
final class CableStepper {

    private final Morphology m;
    private final Membrane membrane;
    private final HhChannels channels;
    private final List<Synapse> synapses;
    private final List<CurrentClamp> currents;
    private final double theta;
    private final int n;
    private final int[] parent;
    private final double[] capacitance;
    private final double[] leak;
    private final double[] gNa;
    private final double[] gK;
    private final double[] v;
    private final double[] gateM;
    private final double[] gateH;
    private final double[] gateN;
    private final double[] conductance;
    private final double[] drive;
    private final double[] diag;
    private final double[] off;
    private final double[] rhs;

    CableStepper(CompartmentalNeuron neuron, List<Synapse> synapses, List<CurrentClamp> currents, double theta) {
        this.m = neuron.morphology();
        this.membrane = neuron.membrane();
        this.channels = neuron.channels();
        this.synapses = List.copyOf(synapses);
        this.currents = List.copyOf(currents);
        this.theta = theta;
        this.n = m.size();
        this.parent = m.parentArray();
        capacitance = new double[n];
        leak = new double[n];
        gNa = new double[n];
        gK = new double[n];
        v = new double[n];
        gateM = new double[n];
        gateH = new double[n];
        gateN = new double[n];
        conductance = new double[n];
        drive = new double[n];
        diag = new double[n];
        off = new double[n];
        rhs = new double[n];
        double rest = membrane.eL();
        for (int i = 0; i < n; i++) {
            double a = m.area(i);
            capacitance[i] = membrane.cm() * a; // uF
            leak[i] = membrane.gL() * a * 1e3; // mS
            if (channels.presentIn(m, i)) {
                gNa[i] = channels.gNa() * a * 1e3;
                gK[i] = channels.gK() * a * 1e3;
            }
            v[i] = rest;
            gateM[i] = steady(HhChannels.alphaM(rest), HhChannels.betaM(rest));
            gateH[i] = steady(HhChannels.alphaH(rest), HhChannels.betaH(rest));
            gateN[i] = steady(HhChannels.alphaN(rest), HhChannels.betaN(rest));
        }
    }

    private static double steady(double alpha, double beta) {
        return alpha / (alpha + beta);
    }

    double[] voltages() {
        return v;
    }

    /** Advances from t to t + dt. */
    void step(double t, double dt) {
        double tm = t + theta * dt;
        for (int i = 0; i < n; i++) {
            conductance[i] = leak[i];
            drive[i] = leak[i] * membrane.eL();
            if (gNa[i] > 0 || gK[i] > 0) {
                double vi = v[i];
                gateM[i] = HhChannels.advanceGate(gateM[i], HhChannels.alphaM(vi), HhChannels.betaM(vi), dt);
                gateH[i] = HhChannels.advanceGate(gateH[i], HhChannels.alphaH(vi), HhChannels.betaH(vi), dt);
                gateN[i] = HhChannels.advanceGate(gateN[i], HhChannels.alphaN(vi), HhChannels.betaN(vi), dt);
                double mm = gateM[i];
                double nn = gateN[i] * gateN[i];
                double na = gNa[i] * mm * mm * mm * gateH[i];
                double k = gK[i] * nn * nn;
                conductance[i] += na + k;
                drive[i] += na * channels.eNa() + k * channels.eK();
            }
        }
        for (Synapse s : synapses) {
            double x = s.amplitude() * s.shape(tm);
            if (s.conductance()) {
                double g = x * 1e-6; // nS -> mS
                conductance[s.compartment()] += g;
                drive[s.compartment()] += g * s.reversal();
            } else {
                drive[s.compartment()] += x * 1e-3; // nA -> uA
            }
        }
        for (CurrentClamp c : currents) {
            drive[c.compartment()] += c.at(tm) * 1e-3;
        }
        double explicit = 1 - theta;
        for (int i = 0; i < n; i++) {
            double c = capacitance[i] / dt;
            diag[i] = c + theta * conductance[i];
            rhs[i] = c * v[i] + drive[i] - explicit * conductance[i] * v[i];
        }
        for (int i = 1; i < n; i++) {
            int p = parent[i];
            double g = m.axialConductance(i);
            diag[i] += theta * g;
            diag[p] += theta * g;
            off[i] = -theta * g;
            double flux = explicit * g * (v[p] - v[i]);
            rhs[i] += flux;
            rhs[p] -= flux;
        }
        HinesSolver.solve(parent, diag, off, rhs);
        System.arraycopy(rhs, 0, v, 0, n);
    }
}
