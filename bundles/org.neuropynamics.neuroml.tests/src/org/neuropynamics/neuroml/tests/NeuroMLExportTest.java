package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;
import org.neuropynamics.neuroml.NeuroMLException;
import org.neuropynamics.neuroml.NeuroMLExport;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * Export to NeuroML 2 + LEMS: every document validates against NeuroML_v2.3.1.xsd (data/NeuroML2, offline: the
 * validator may fetch nothing), and export then import gives the same network: the same populations and
 * parameters, the same synapses (a probabilistic rule instantiated with the seed) and the same spike times.
 */
class NeuroMLExportTest {

    @TempDir
    Path dir;

    static void validate(Path document) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = f.newSchema(LemsExamplesTest.DATA.resolve("NeuroML_v2.3.1.xsd").toFile());
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(document.toFile())); // throws SAXParseException with line and message
    }

    /** A network of every exportable kind: Izhikevich and iaf cells, Poisson input, spike array, current pulse. */
    static Network mixed() {
        Network n = Networks.network("Mixed net", 200, 0.01, "euler", 7);
        Population rs = Networks.population(n, "RS", 20, "izhikevich2007Cell", "C", 100.0, "k", 0.7, "vr", -60.0,
                "vt", -40.0, "vpeak", 35.0, "a", 0.03, "b", -2.0, "c", -50.0, "d", 100.0, "v0", -60.0);
        Population iaf = Networks.population(n, "IAF", 10, "iafRefCell", "leakConductance", 10.0, "C", 200.0,
                "refract", 2.0, "leakReversal", -65.0, "thresh", -50.0, "reset", -65.0);
        var poisson = Networks.poisson(n, "Drive", 30, 40.0);
        var array = Networks.generator(n, "Kick", new double[] {20, 60}, new double[] {20, 60});
        Projection a = Networks.project(n, poisson, rs, Networks.fixedProbability(0.3), Networks.constant(2.0),
                Networks.constant(1.0), SynapseKind.EXPONENTIAL_CONDUCTANCE);
        a.setTau(5);
        a.setReversal(0);
        Projection b = Networks.project(n, rs, iaf, Networks.fixedProbability(0.5), Networks.constant(3.0),
                Networks.constant(2.0), SynapseKind.EXPONENTIAL_CONDUCTANCE);
        b.setTau(3);
        b.setReversal(0);
        Projection c = Networks.project(n, array, iaf, Networks.allToAll(), Networks.constant(5.0),
                Networks.constant(0.0), SynapseKind.EXPONENTIAL_CONDUCTANCE);
        c.setTau(2);
        c.setReversal(-80);
        var pulse = org.neuropynamics.network.model.NetworkFactory.eINSTANCE.createCurrentInjection();
        pulse.setName("step");
        pulse.setTarget(rs);
        pulse.setAmplitude(80);
        pulse.setStart(50);
        pulse.setStop(150);
        n.getCurrents().add(pulse);
        return n;
    }

    @Test
    void exportedDocumentsValidateAgainstTheSchema() throws Exception {
        NeuroMLExport.Files ex0 = NeuroMLExport.write(
                NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex0_IaF.xml")).network(), dir, "ex0");
        validate(ex0.document());
        NeuroMLExport.Files mixed = NeuroMLExport.write(mixed(), dir, "mixed");
        validate(mixed.document());
        String text = Files.readString(mixed.document());
        assertTrue(text.contains("<spikeGeneratorPoisson id=\"Drive_source\" averageRate=\"40Hz\"/>"), text);
        assertTrue(text.contains("<pulseGenerator id=\"step_pulse\" delay=\"50ms\" duration=\"100ms\" amplitude=\"80pA\"/>"),
                text);
    }

    /** A document the schema refuses is reported (the validating test can fail). */
    @Test
    void schemaRefusesAWrongDocument() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.nml"), "<neuroml xmlns=\"http://www.neuroml.org/schema/neuroml2\" "
                + "id=\"x\"><iafCell id=\"c\" leakReversal=\"-50 volts\" thresh=\"-55mV\" reset=\"-70mV\" C=\"1pF\" "
                + "leakConductance=\"1nS\"/></neuroml>");
        assertThrows(org.xml.sax.SAXParseException.class, () -> validate(bad));
    }

    @Test
    void roundTripKeepsTheNetworkTheSynapsesAndTheSpikeTimes() throws Exception {
        Network original = mixed();
        NeuroMLExport.Files f = NeuroMLExport.write(original, dir, "mixed");
        Network back = NeuroMLImport.load(f.lems()).network();
        assertEquals(original.getRun().getDuration(), back.getRun().getDuration(), 0);
        assertEquals(original.getRun().getDt(), back.getRun().getDt(), 0);
        assertEquals(original.getRun().getSeed(), back.getRun().getSeed());
        assertEquals("euler", back.getRun().getMethod());
        assertEquals(2, back.getPopulations().size());
        for (int i = 0; i < 2; i++) {
            Population p = original.getPopulations().get(i);
            Population q = back.getPopulations().get(i);
            assertEquals(p.getName(), q.getName());
            assertEquals(p.getModelId(), q.getModelId());
            assertEquals(p.getSize(), q.getSize());
            for (var v : p.getParameters()) {
                assertEquals(v.getValue(), LemsExamplesTest.value(q, v.getName()), 1e-12, p.getName() + "." + v.getName());
            }
        }
        List<SynapseTable> s0 = new NetworkSimulator().synapses(original, RunOptions.DEFAULT);
        List<SynapseTable> s1 = new NetworkSimulator().synapses(back, RunOptions.DEFAULT);
        assertEquals(s0.size(), s1.size());
        int total = 0;
        for (int k = 0; k < s0.size(); k++) {
            assertArrayEquals(s0.get(k).sources(), s1.get(k).sources());
            assertArrayEquals(s0.get(k).targets(), s1.get(k).targets());
            assertArrayEquals(s0.get(k).weights(), s1.get(k).weights(), 1e-12);
            assertArrayEquals(s0.get(k).delaysMs(), s1.get(k).delaysMs(), 1e-12);
            total += s0.get(k).sources().length;
        }
        assertTrue(total > 200, "synapses: " + total);
        NetworkResult r0 = new NetworkSimulator().run(original);
        NetworkResult r1 = new NetworkSimulator().run(back);
        long spikes = 0;
        for (GroupSpikes g : r0.spikes()) {
            GroupSpikes h = r1.spikesOf(g.name());
            assertArrayEquals(g.times(), h.times(), 1e-9, g.name());
            assertArrayEquals(g.neurons(), h.neurons(), g.name());
            spikes += g.count();
        }
        System.out.println("round trip: " + total + " synapses, " + spikes + " spikes identical");
        assertTrue(r0.spikesOf("RS").count() > 20 && r0.spikesOf("IAF").count() > 5,
                "RS " + r0.spikesOf("RS").count() + ", IAF " + r0.spikesOf("IAF").count());
    }

    /**
     * A ramp current (CurrentInjection with a slope) is written as a rampGenerator, validates, and comes back
     * with the same slope and window; it changes the spikes (the ramp drives the cell harder than the step at its
     * start would); the Brian2 script export refuses it by name.
     */
    @Test
    void aRampIsWrittenAsARampGeneratorAndComesBack() throws Exception {
        Network n = Networks.network("Ramp net", 300, 0.01, "euler", 1);
        Population rs = Networks.population(n, "RS", 1, "izhikevich2007Cell");
        var ramp = org.neuropynamics.network.model.NetworkFactory.eINSTANCE.createCurrentInjection();
        ramp.setName("ramp");
        ramp.setTarget(rs);
        ramp.setAmplitude(50);
        ramp.setSlope(2); // pA per ms: 50 pA at 20 ms to 550 pA at 270 ms
        ramp.setStart(20);
        ramp.setStop(270);
        n.getCurrents().add(ramp);
        NeuroMLExport.Files f = NeuroMLExport.write(n, dir, "ramp");
        validate(f.document());
        String text = Files.readString(f.document());
        assertTrue(text.contains("<rampGenerator id=\"ramp_ramp\" delay=\"20ms\" duration=\"250ms\" "
                + "startAmplitude=\"50pA\" finishAmplitude=\"550pA\" baselineAmplitude=\"0pA\"/>"), text);
        Network back = NeuroMLImport.load(f.lems()).network();
        var c = back.getCurrents().get(0);
        assertEquals(50, c.getAmplitude(), 1e-12);
        assertEquals(2, c.getSlope(), 1e-12);
        assertEquals(20, c.getStart(), 0);
        assertEquals(270, c.getStop(), 0);
        double[] t0 = new NetworkSimulator().run(n).spikesOf("RS").timesOf(0);
        double[] t1 = new NetworkSimulator().run(back).spikesOf("RS").timesOf(0);
        assertArrayEquals(t0, t1, 1e-9);
        ramp.setSlope(0);
        int constant = new NetworkSimulator().run(n).spikesOf("RS").timesOf(0).length;
        assertTrue(t0.length > constant + 3, "ramp " + t0.length + " spikes, step " + constant);
        Network lif = Networks.network("Lif ramp", 100, 0.1, "euler", 1);
        Population l = Networks.population(lif, "L", 2, "lif");
        var lifRamp = org.neuropynamics.network.model.NetworkFactory.eINSTANCE.createCurrentInjection();
        lifRamp.setName("ramp");
        lifRamp.setTarget(l);
        lifRamp.setAmplitude(5);
        lifRamp.setSlope(0.1);
        lif.getCurrents().add(lifRamp);
        var e = assertThrows(org.neuropynamics.network.sim.NetworkBuildException.class,
                () -> new org.neuropynamics.network.export.NetworkExporter(
                        org.neuropynamics.core.registry.ModelRegistry.getDefault()).export(lif,
                                org.neuropynamics.network.export.NetworkExporter.Target.of("brian2"), dir, "ramp"));
        assertTrue(e.getMessage().contains("Current injection ramp is a ramp"), e.getMessage());
    }

    /**
     * Ex14's PyNN cells and synapses (LEMS_NML2_Ex14_PyNN_subset.xml) exported again: lif as IF_curr_exp, the EIF cell
     * as adExIaFCell with its initial v as a property, HH_cond_exp, expCondSynapse and expCurrSynapse onto lif, and two
     * expTwoSynapse halves as expOneSynapse. The document validates, and imported again gives the same models and,
     * in the same order of events, every spike of every population (tolerance 1e-9 ms).
     */
    @Test
    void pynnCellsAndSynapsesRoundTrip() throws Exception {
        Network first = NeuroMLImport.load(LemsExamplesTest.DATA.resolve("LEMS_NML2_Ex14_PyNN_subset.xml")).network();
        first.getRun().setDuration(200);
        NeuroMLExport.Files f = NeuroMLExport.write(first, dir, "pynn");
        validate(f.document());
        String text = Files.readString(f.document());
        assertTrue(text.contains("<HH_cond_exp id="), text);
        assertTrue(text.contains("<expCondSynapse id=\"proj0_syn\" tau_syn=\"5\" e_rev=\"0\"/>"), text);
        assertTrue(text.contains("<property tag=\"neuropynamics.initial.v\" value=\"constant -65.0\"/>"), text);
        Network back = NeuroMLImport.load(f.lems()).network();
        assertEquals(first.getPopulations().stream().map(Population::getModelId).toList(),
                back.getPopulations().stream().map(Population::getModelId).toList());
        NetworkResult r0 = new NetworkSimulator().run(first);
        NetworkResult r1 = new NetworkSimulator().run(back);
        int spikes = 0;
        for (GroupSpikes g : r0.populations()) {
            GroupSpikes h = r1.spikesOf(g.name());
            assertArrayEquals(g.neurons(), h.neurons(), g.name());
            assertArrayEquals(g.times(), h.times(), 1e-9, g.name());
            spikes += g.count();
        }
        System.out.println("Ex14 PyNN subset NeuroML round trip: " + spikes + " spikes identical");
        assertTrue(spikes > 30, "spikes: " + spikes); // 34 in 200 ms
    }

    @Test
    void whatNeuroMLCannotSayIsRefusedByName() {
        Network n = Networks.network("lif net", 100, 0.1, "euler", 1);
        Networks.population(n, "L", 5, "lif");
        Networks.population(n, "Q", 5, "izhikevich");
        NeuroMLException e = assertThrows(NeuroMLException.class, () -> NeuroMLExport.write(n, dir, "x"));
        assertTrue(e.getMessage().contains("Population Q: model izhikevich has no NeuroML cell type"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("x.net.nml")), "nothing written");
    }
}
