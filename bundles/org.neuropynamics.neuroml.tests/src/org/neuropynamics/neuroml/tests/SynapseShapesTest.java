package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.neuroml.NeuroMLException;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * The synapses beyond expOneSynapse: one spike through expTwoSynapse (and expCurrSynapse onto a PyNN cell) into a
 * passive cell, whose postsynaptic potential is known in closed form. With a reversal potential of 10^6 mV the
 * conductance acts as a current g (E - v) = g E (1 - v/E), exact to 1e-4: the membrane C v' = -gL (v - EL) + I(s)
 * with I(s) = I0 (e^{-s/tau_d} - e^{-s/tau_r}) has v - EL = (I0/C) sum of (e^{-s/tau} - e^{-s/tau_m}) / (1/tau_m -
 * 1/tau) over the two exponentials, signed (s: time since the spike arrived).
 */
class SynapseShapesTest {

    @TempDir
    Path dir;

    private static final String HEAD = "<Lems>\n<Target component=\"sim\"/>\n";

    private static String net(String synapse, String cell) {
        return HEAD + synapse + "\n" + cell + "\n"
                + "<spikeArray id=\"sa\"><spike id=\"0\" time=\"10ms\"/></spikeArray>\n"
                + "<network id=\"net\">\n"
                + "  <population id=\"src\" component=\"sa\" size=\"1\"/>\n"
                + "  <population id=\"pop\" component=\"cell\" size=\"1\"/>\n"
                + "  <projection id=\"proj\" presynapticPopulation=\"src\" postsynapticPopulation=\"pop\" synapse=\"syn\">\n"
                + "    <connectionWD id=\"0\" preCellId=\"../src[0]\" postCellId=\"../pop[0]\" weight=\"2\" delay=\"0ms\"/>\n"
                + "  </projection>\n</network>\n"
                + "<Simulation id=\"sim\" length=\"60ms\" step=\"0.001ms\" target=\"net\">\n"
                + "  <OutputFile id=\"f\" fileName=\"x.dat\"><OutputColumn id=\"v\" quantity=\"pop[0]/v\"/></OutputFile>\n"
                + "</Simulation>\n</Lems>\n";
    }

    /** v - EL of the passive membrane (tau_m) for the current a (e^{-s/tauD} - e^{-s/tauR}) / C, s >= 0. */
    private static double psp(double s, double a, double tauM, double tauD, double tauR) {
        if (s <= 0) {
            return 0;
        }
        double d = (Math.exp(-s / tauD) - Math.exp(-s / tauM)) / (1 / tauM - 1 / tauD);
        double r = tauR <= 0 ? 0 : (Math.exp(-s / tauR) - Math.exp(-s / tauM)) / (1 / tauM - 1 / tauR);
        return a * (d - r);
    }

    /** The peak (time, value) of a trace. */
    private static double[] peak(double[] t, double[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[k]) {
                k = i;
            }
        }
        return new double[] {t[k], v[k]};
    }

    @Test
    void expTwoSynapsePspHasTheAnalyticPeak() throws Exception {
        // iafCell: C 100 pF, gL 10 nS (tau_m 10 ms), EL -65 mV; expTwoSynapse gbase 1e-5 nS, erev 1e6 mV, weight 2
        Path f = dir.resolve("two.xml");
        Files.writeString(f, net("<expTwoSynapse id=\"syn\" gbase=\"1e-5nS\" erev=\"1e6mV\" tauRise=\"1ms\" tauDecay=\"5ms\"/>",
                "<iafCell id=\"cell\" leakConductance=\"10nS\" leakReversal=\"-65mV\" thresh=\"0mV\" reset=\"-65mV\" C=\"100pF\"/>"));
        NeuroMLImport.Result r = NeuroMLImport.load(f);
        assertEquals(2, r.network().getProjections().size()); // +tauDecay and -tauRise channels
        Projection decay = r.network().getProjections().get(0);
        assertEquals(5, decay.getTau(), 0);
        assertEquals(1e6, decay.getReversal(), 0);
        NetworkResult res = new NetworkSimulator().run(r.network());
        StateRecording s = res.state("pop", "v");
        double tauR = 1;
        double tauD = 5;
        double tPeak = Math.log(tauD / tauR) * tauR * tauD / (tauD - tauR);
        double waveform = 1 / (Math.exp(-tPeak / tauD) - Math.exp(-tPeak / tauR));
        double a = 2 * 1e-5 * (1e6 + 65) * waveform / 100; // weight gbase (E - EL) waveformFactor / C, mV/ms
        // the analytic peak, on a 1e-5 ms grid
        double best = 0;
        double bestT = 0;
        for (double x = 0; x < 30; x += 1e-5) {
            double y = psp(x, a, 10, tauD, tauR);
            if (y > best) {
                best = y;
                bestT = x;
            }
        }
        double[] p = peak(s.times(), s.values()[0]);
        double amplitude = p[1] + 65;
        System.out.printf("expTwoSynapse PSP: peak %.4f mV at %.4f ms after the spike; analytic %.4f mV at %.4f ms%n",
                amplitude, p[0] - 10, best, bestT);
        assertEquals(bestT, p[0] - 10, 0.01, "peak time (ms after the spike)"); // 10 steps
        assertEquals(best, amplitude, 2e-3 * best, "peak amplitude (mV)"); // forward Euler at 0.001 ms
        // and the whole curve, 2 ms to 40 ms after the spike
        double[] t = s.times();
        double[] v = s.values()[0];
        for (int i = 0; i < t.length; i += 500) {
            double x = t[i] - 10;
            if (x >= 2 && x <= 40) {
                assertEquals(psp(x, a, 10, tauD, tauR), v[i] + 65, 2e-3 * best, "v at " + t[i] + " ms");
            }
        }
    }

    /** expCurrSynapse onto IF_curr_exp (lif, R = tau_m/cm = 20 MOhm): weight 2 nA, tau_syn 5 ms. */
    @Test
    void expCurrSynapseOntoAPyNNCellHasTheAnalyticPsp() throws Exception {
        Path f = dir.resolve("curr.xml");
        Files.writeString(f, net("<expCurrSynapse id=\"syn\" tau_syn=\"5\"/>",
                "<IF_curr_exp id=\"cell\" cm=\"1.0\" i_offset=\"0\" tau_m=\"20.0\" tau_refrac=\"8.0\" tau_syn_E=\"5.0\""
                        + " tau_syn_I=\"5.0\" v_init=\"-65\" v_reset=\"-70.0\" v_rest=\"-65.0\" v_thresh=\"-50.0\"/>"));
        NetworkResult res = new NetworkSimulator().run(NeuroMLImport.load(f).network());
        StateRecording s = res.state("pop", "v");
        double a = 2.0 / 1.0; // i (nA) / cm (nF) = mV/ms
        double[] p = peak(s.times(), s.values()[0]);
        // exponential current: peak where e^{-s/5}/5 = e^{-s/20}/20, s = ln(4) 20 * 5 / 15
        double tPeak = Math.log(4) * 20 * 5 / 15;
        double best = psp(tPeak, a, 20, 5, 0);
        System.out.printf("expCurrSynapse PSP on IF_curr_exp: peak %.4f mV at %.4f ms; analytic %.4f mV at %.4f ms%n",
                p[1] + 65, p[0] - 10, best, tPeak);
        assertEquals(tPeak, p[0] - 10, 0.01);
        assertEquals(best, p[1] + 65, 2e-3 * best);
    }

    @Test
    void aBadAlphaSynapseAndABadExpTwoSynapseAreRefusedByName() throws Exception {
        // alpha synapses are supported since issue 15 (AlphaSynapseLemsTest); a zero time constant is refused
        Path f = dir.resolve("alpha.xml");
        Files.writeString(f, net("<alphaCurrentSynapse id=\"syn\" tau=\"0ms\" ibase=\"1nA\"/>",
                "<iafCell id=\"cell\" leakConductance=\"10nS\" leakReversal=\"-65mV\" thresh=\"0mV\" reset=\"-65mV\" C=\"100pF\"/>"));
        NeuroMLException e = org.junit.jupiter.api.Assertions.assertThrows(NeuroMLException.class, () -> NeuroMLImport.load(f));
        assertTrue(e.getMessage().contains("alpha.xml:3: <alphaCurrentSynapse>: tau must be a positive time, got 0.0 ms"),
                e.getMessage());
        Path g = dir.resolve("two.xml");
        Files.writeString(g, net("<expTwoSynapse id=\"syn\" gbase=\"1nS\" erev=\"0mV\" tauRise=\"5ms\" tauDecay=\"5ms\"/>",
                "<iafCell id=\"cell\" leakConductance=\"10nS\" leakReversal=\"-65mV\" thresh=\"0mV\" reset=\"-65mV\" C=\"100pF\"/>"));
        e = org.junit.jupiter.api.Assertions.assertThrows(NeuroMLException.class, () -> NeuroMLImport.load(g));
        assertTrue(e.getMessage().contains("two.xml:3: <expTwoSynapse> needs 0 < tauRise < tauDecay"), e.getMessage());
    }
}
