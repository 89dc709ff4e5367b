package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.neuroml.NeuroMLException;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * A single-compartment {@code cell} with ionChannelHH channel densities: the HH example Ex5
 * (data/NeuroML2/LEMS_NML2_Ex5_DetCell.xml and NML2_SingleCompHHCell.nml: area 1000 um^2, leak 3 S/m^2, Na 120
 * mS/cm^2, K 360 S/m^2, 1 uF/cm^2, 0.08 nA from 100 to 200 ms). Its .mep times are NEURON's (.test.ex5.jnmlnrn.omt:
 * tolerance 0), read as OMV reads NEURON's file (first sample above the threshold); tolerances of the .mep
 * (.test.ex5.jnml.omt: 3.27e-3 for v, 3.37e-3 for m).
 */
class ChannelCellTest {

    @TempDir
    Path dir;

    @Test
    void ex5HodgkinHuxleyCellMatchesTheExpectedSpikeTimes() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex5_DetCell.xml"));
        Population p = r.network().getPopulations().get(0);
        Model m = ModelRegistry.getDefault().get(p.getModelId());
        // the sphere of diameter 17.841242 um has 1000 um^2: C = 1 uF/cm^2 = 10 pF, gNa = 120 mS/cm^2 = 1200 nS
        assertEquals(10, m.defaultParameters()[m.parameterIndex("C")], 1e-4);
        assertEquals(1200, m.defaultParameters()[m.parameterIndex("g_naChans")], 1e-2);
        assertEquals(360, m.defaultParameters()[m.parameterIndex("g_kChans")], 1e-2);
        assertEquals(3, m.defaultParameters()[m.parameterIndex("g_leak")], 1e-4);
        assertEquals(List.of("v", "naChans_m", "naChans_h", "kChans_n"), m.variableNames());
        NetworkResult result = new NetworkSimulator().run(r.network());
        List<Mep> experiments = Mep.read(LemsExamplesTest.DATA.resolve(".test.ex5.mep"),
                LemsExamplesTest.DATA.resolve(".test.ex5.jnml.omt"));
        assertEquals(2, experiments.size());
        for (Mep e : experiments) {
            // columns: of0 holds v (column 1), of1 m, h, n (m is column 1 of that file, our column 2)
            NeuroMLImport.OutputColumn col = r.columns().get(e.experiment().equals("v") ? 0 : 1);
            assertEquals(e.experiment().equals("v") ? "v" : "naChans_m", col.variable());
            StateRecording s = result.state(col.population(), col.variable());
            double toFile = e.experiment().equals("v") ? 1e-3 : 1;
            List<Double> observed = e.spikesAtOwnTime(s.times(), s.values()[0], toFile);
            double worst = e.worst(observed);
            System.out.printf("ex5 %s: observed %s, expected %s, worst relative difference %.3g (tolerance %.3g)%n",
                    e.experiment(), observed, e.expected(), worst, e.tolerance());
            assertTrue(worst <= e.tolerance(), e.experiment() + ": observed " + observed + ", worst " + worst);
        }
    }

    @Test
    void aCellOfTwoSegmentsOrAnotherRateIsRefusedByNameAndLine() throws Exception {
        String channel = "<ionChannelHH id=\"k\" conductance=\"10pS\">\n"
                + "<gateHHrates id=\"n\" instances=\"4\">\n"
                + "<forwardRate type=\"%s\" rate=\"0.1per_ms\" midpoint=\"-55mV\" scale=\"10mV\"/>\n"
                + "<reverseRate type=\"HHExpRate\" rate=\"0.125per_ms\" midpoint=\"-65mV\" scale=\"-80mV\"/>\n"
                + "</gateHHrates></ionChannelHH>\n";
        String cell = "<cell id=\"c\"><morphology id=\"m\">\n"
                + "<segment id=\"0\"><proximal x=\"0\" y=\"0\" z=\"0\" diameter=\"10\"/><distal x=\"10\" y=\"0\" z=\"0\" diameter=\"10\"/></segment>\n"
                + "%s</morphology>\n"
                + "<biophysicalProperties id=\"b\"><membraneProperties>\n"
                + "<channelDensity id=\"kd\" ionChannel=\"k\" condDensity=\"360 S_per_m2\" erev=\"-77mV\" ion=\"k\"/>\n"
                + "<specificCapacitance value=\"1.0 uF_per_cm2\"/><initMembPotential value=\"-65mV\"/>\n"
                + "</membraneProperties></biophysicalProperties></cell>\n";
        String net = "<network id=\"net\"><population id=\"p\" component=\"c\" size=\"1\"/></network>\n";
        Path two = dir.resolve("two.nml");
        Files.writeString(two, "<neuroml>\n" + channel.formatted("HHExpLinearRate") + cell.formatted(
                "<segment id=\"1\"><parent segment=\"0\"/><distal x=\"20\" y=\"0\" z=\"0\" diameter=\"5\"/></segment>\n")
                + net + "</neuroml>\n");
        NeuroMLException e = assertThrows(NeuroMLException.class, () -> NeuroMLImport.load(two));
        assertTrue(e.getMessage().contains("two.nml:7: <morphology> has 2 segments: only single-compartment cells"),
                e.getMessage());
        Path rate = dir.resolve("rate.nml");
        Files.writeString(rate, "<neuroml>\n" + channel.formatted("HHExpLinearRateX") + cell.formatted("") + net
                + "</neuroml>\n");
        e = assertThrows(NeuroMLException.class, () -> NeuroMLImport.load(rate));
        assertTrue(e.getMessage().contains("rate.nml:4: <forwardRate>: rate type 'HHExpLinearRateX' is not supported"),
                e.getMessage());
        // the same cell with one segment (a cylinder of 10 x 10 um: 314.16 um^2) opens: g = 360 S/m^2 * area
        Path one = dir.resolve("one.nml");
        Files.writeString(one, "<neuroml>\n" + channel.formatted("HHExpLinearRate") + cell.formatted("") + net
                + "</neuroml>\n");
        Population p = NeuroMLImport.load(one).network().getPopulations().get(0);
        Model m = ModelRegistry.getDefault().get(p.getModelId());
        assertEquals(360 * Math.PI * 100 * 1e-3, m.defaultParameters()[m.parameterIndex("g_kd")], 1e-9);
    }
}
