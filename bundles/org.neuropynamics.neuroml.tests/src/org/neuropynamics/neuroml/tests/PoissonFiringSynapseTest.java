package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * poissonFiringSynapse through an inputList: every listed cell gets its own Poisson train at averageRate into its
 * own synapse. Opened as a Poisson group of one source per input and explicit pairs source k -> cell k. Into
 * IF_curr_exp through expCurrSynapse the membrane is linear, so by Campbell's theorem its mean is exactly
 * v_rest + (tau_m / cm) rate weight tau_syn = -65 + 20 * 0.2 * 1 * 5 = -45 mV; the mean over 40 cells and 1.9 s
 * has a standard deviation of about 0.15 mV (Var v = rate * integral of the squared PSP = 40 mV^2, correlation
 * time about tau_m), so the test allows 0.6 mV (4 sigma). A cell left out of the list stays at rest.
 */
class PoissonFiringSynapseTest {

    @TempDir
    Path dir;

    @Test
    void poissonFiringSynapseDrivesEachListedCellWithItsOwnTrain() throws Exception {
        int n = 40;
        StringBuilder inputs = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            if (i < n) {
                inputs.append("    <input id=\"").append(i).append("\" target=\"../pop/").append(i)
                        .append("/cell\" destination=\"synapses\"/>\n");
            }
            columns.append("    <OutputColumn id=\"v").append(i).append("\" quantity=\"pop[").append(i).append("]/v\"/>\n");
        }
        Path f = dir.resolve("LEMS_pfs.xml");
        Files.writeString(f, "<Lems>\n<Target component=\"sim\"/>\n"
                + "<IF_curr_exp id=\"cell\" cm=\"1.0\" i_offset=\"0\" tau_m=\"20.0\" tau_refrac=\"2\" tau_syn_E=\"5\" "
                + "tau_syn_I=\"5\" v_init=\"-65\" v_reset=\"-65\" v_rest=\"-65\" v_thresh=\"0\"/>\n"
                + "<expCurrSynapse id=\"syn\" tau_syn=\"5\"/>\n"
                + "<poissonFiringSynapse id=\"pfs\" averageRate=\"200Hz\" synapse=\"syn\" spikeTarget=\"./syn\"/>\n"
                + "<network id=\"net\">\n  <population id=\"pop\" component=\"cell\" size=\"" + (n + 1) + "\"/>\n"
                + "  <inputList id=\"il\" population=\"pop\" component=\"pfs\">\n" + inputs + "  </inputList>\n</network>\n"
                + "<Simulation id=\"sim\" length=\"2000ms\" step=\"0.02ms\" target=\"net\" seed=\"3\">\n"
                + "  <OutputFile id=\"f\" fileName=\"x.dat\">\n" + columns + "  </OutputFile>\n</Simulation>\n</Lems>\n");
        Network net = NeuroMLImport.load(f).network();
        PoissonGroup g = (PoissonGroup) net.getInputs().get(0);
        assertEquals(n, g.getSize());
        assertEquals(200, g.getRate(), 0);
        Projection p = net.getProjections().get(0);
        assertEquals(n, ((ExplicitPairs) p.getConnectivity()).getPairs().size());
        assertEquals(7, ((ExplicitPairs) p.getConnectivity()).getPairs().get(7).getTarget());
        NetworkResult result = new NetworkSimulator().run(net);
        StateRecording s = result.state("pop", "v");
        double sum = 0;
        long count = 0;
        for (int row = 0; row < s.neurons().length; row++) {
            double[] v = s.values()[row];
            if (s.neurons()[row] == n) {
                assertEquals(-65, v[v.length - 1], 0, "the cell without input stays at rest");
                continue;
            }
            for (int i = 0; i < v.length; i++) {
                if (s.times()[i] >= 100) {
                    sum += v[i];
                    count++;
                }
            }
        }
        double mean = sum / count;
        System.out.printf("poissonFiringSynapse: mean v %.4f mV over %d cells (Campbell: -45)%n", mean, n);
        assertEquals(-45, mean, 0.6);
        assertTrue(count > 1_000_000);
    }
}
