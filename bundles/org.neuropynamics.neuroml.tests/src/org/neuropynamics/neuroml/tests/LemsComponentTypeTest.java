package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * LEMS {@code ComponentType}s with {@code Dynamics} compiled into models (issue 15). The references are the NeuroML
 * core types themselves: their ComponentTypes copied from NeuroML2CoreTypes/Cells.xml into Ex0 and Ex9 under other
 * names (data/NeuroML2, LGPL-3.0, NOTICE.md) must reproduce the expected spike times of those examples' {@code .mep}
 * files within the tolerances stated there, now compiled from their LEMS equations (parameters, derived variables,
 * the synaptic current select, OnStart, OnCondition with EventOut, regimes with OnEntry and Transition, extends of
 * a core base and of a type of the file, a generic {@code <Component type=...>}).
 */
class LemsComponentTypeTest {

    static final Path DATA = Path.of("data/NeuroML2");

    @TempDir
    Path dir;

    @Test
    void ex0WithTheIafComponentTypesOfCellsXmlMatchesTheExpectedSpikeTimes() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(DATA.resolve("LEMS_NML2_Ex0_ComponentTypes.xml"));
        Population iaf = r.network().getPopulations().stream().filter(p -> p.getName().equals("iafPop")).findFirst()
                .orElseThrow();
        assertTrue(iaf.getModelId().matches("my_iafCell_[0-9a-f]{8}"), iaf.getModelId());
        Model m = ModelRegistry.getDefault().get(iaf.getModelId());
        assertEquals(List.of("v"), m.variableNames());
        assertEquals("iSyn", m.currentParameter()); // select="synapses[*]/i" reduce="add"
        assertEquals(0.2, LemsExamplesTest.value(iaf, "leakConductance"), 1e-12); // nS
        assertEquals(3.2, LemsExamplesTest.value(iaf, "C"), 1e-12); // pF, inherited from baseIafCapCell
        Population ref = r.network().getPopulations().stream().filter(p -> p.getName().equals("iafTauRefPop"))
                .findFirst().orElseThrow();
        assertEquals(List.of("v", "lastSpikeTime", "regime"),
                ModelRegistry.getDefault().get(ref.getModelId()).variableNames());
        NetworkResult result = new NetworkSimulator().run(r.network());
        List<Mep> experiments = Mep.read(DATA.resolve(".test.ex0.mep"), DATA.resolve(".test.ex0.jnml.omt"));
        assertEquals(4, experiments.size());
        for (Mep e : experiments) {
            NeuroMLImport.OutputColumn col = r.columns().get(e.column() - 1);
            StateRecording s = result.state(col.population(), col.variable());
            int row = Arrays.stream(s.neurons()).boxed().toList().indexOf(col.neuron());
            List<Double> observed = e.spikes(s.times(), s.values()[row], 1e-3);
            double worst = e.worst(observed);
            System.out.printf("ex0 ComponentTypes %s: observed %s, expected %s, worst relative difference %.3g "
                    + "(tolerance %.3g)%n", e.experiment(), observed, e.expected(), worst, e.tolerance());
            assertEquals(e.expected().size(), observed.size(), e.experiment() + ": " + observed);
            assertTrue(worst <= e.tolerance(), e.experiment() + ": observed " + observed + ", expected "
                    + e.expected() + ", worst relative difference " + worst + " > " + e.tolerance());
            // the spikes the cells emit (EventOut): one per reset of the trace, plus one at the first test (every cell
            // starts at its leak reversal, above the threshold, which the trace's detection does not see)
            assertEquals(observed.size() + 1, result.spikesOf(col.population()).times().length, e.experiment());
        }
    }

    /** FitzHugh-Nagumo from its ComponentType: the peaks of V and W on the 10 ms grid, tolerance 0 (.omt). */
    @Test
    void ex9WithTheFitzHughNagumoComponentTypeMatchesExactly() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(DATA.resolve("LEMS_NML2_Ex9_ComponentType.xml"));
        assertTrue(r.network().getPopulations().get(0).getModelId().startsWith("my_fitzHughNagumoCell_"));
        NetworkResult result = new NetworkSimulator().run(r.network());
        List<Mep> experiments = Mep.read(DATA.resolve(".test.ex9.mep"), DATA.resolve(".test.ex9.jnml.omt"));
        assertEquals(2, experiments.size());
        for (Mep e : experiments) {
            NeuroMLImport.OutputColumn col = r.columns().get(e.column() - 1);
            StateRecording s = result.state(col.population(), col.variable());
            List<Double> observed = e.spikes(s.times(), s.values()[0], 1);
            double worst = e.worst(observed);
            System.out.printf("ex9 ComponentType %s: observed %s, expected %s, worst relative difference %.3g "
                    + "(tolerance %.3g)%n", e.experiment(), observed, e.expected(), worst, e.tolerance());
            assertEquals(e.expected().size(), observed.size(), e.experiment() + ": " + observed);
            assertTrue(worst <= e.tolerance(), e.experiment() + ": observed " + observed + ", expected " + e.expected());
        }
        assertEquals(0, result.spikesOf(r.network().getPopulations().get(0).getName()).times().length,
                "no EventOut, no spikes");
    }

    /**
     * A type with no core element (data/lems/LEMS_AdaptiveComponentType.xml): DerivedParameter, Constant,
     * ConditionalDerivedVariable, an OnCondition without EventOut that re-arms the cell, a pulse and an expOneSynapse
     * onto its synapses[*]/i. Reference: the same equations in Brian2 2.5.1 (data/brian2/adaptive_type.py, output
     * adaptive_type.out), forward Euler at 0.01 ms in the same order of events: every spike within 1e-6 ms.
     */
    @Test
    void aTypeWithoutCoreElementFiresWhenBrian2Does() throws Exception {
        NeuroMLImport.Result r = NeuroMLImport.load(Path.of("data/lems/LEMS_AdaptiveComponentType.xml"));
        Population pop = r.network().getPopulations().get(0);
        Model m = ModelRegistry.getDefault().get(pop.getModelId());
        assertEquals(List.of("v", "w", "armed"), m.variableNames());
        assertEquals(50, LemsExamplesTest.value(pop, "b"), 1e-12); // 0.05nA in pA
        assertEquals(10, LemsExamplesTest.value(pop, "tauM"), 1e-12);
        NetworkResult result = new NetworkSimulator().run(r.network());
        String[] line = Files.readAllLines(Path.of("data/brian2/adaptive_type.out")).get(0).strip().split("\\s+");
        double[] expected = Arrays.stream(line, 1, line.length).mapToDouble(Double::parseDouble).toArray();
        double[] ours = result.spikesOf("pop").timesOf(0);
        System.out.printf("adaptive ComponentType: ours %s, Brian2 %s%n", Arrays.toString(ours),
                Arrays.toString(expected));
        assertTrue(expected.length >= 4, Arrays.toString(expected));
        assertEquals(expected.length, ours.length, Arrays.toString(ours));
        for (int i = 0; i < ours.length; i++) {
            assertEquals(expected[i], ours[i], 1e-6, "spike " + i);
        }
    }

    /**
     * Synapse ComponentTypes of the file (data/NeuroML2/LEMS_SynapseComponentTypes.xml): expOneSynapse's own LEMS
     * definition copied in as my_expOneSynapse gives the same membrane potential as the built-in expOneSynapse at
     * every sample (1e-12 mV; OnEvent on port in, the weight, the requirement v); a current synapse of one exponential
     * becomes an exponential current projection; alphaSynapse's definition (two state variables) is refused by name.
     */
    @Test
    void synapseTypesThatAreOneExponentialBecomeOurChannels() throws Exception {
        Path file = DATA.resolve("LEMS_SynapseComponentTypes.xml");
        NeuroMLImport.Result r = NeuroMLImport.load(file);
        NetworkResult result = new NetworkSimulator().run(r.network());
        double[] core = result.state("withCore", "v").values()[0];
        double[] copy = result.state("withCopy", "v").values()[0];
        double peak = Arrays.stream(core).max().orElseThrow();
        System.out.printf("synapse ComponentType: peak v %.4f mV (core %d spikes, copy %d)%n", peak,
                result.spikesOf("withCore").times().length, result.spikesOf("withCopy").times().length);
        assertTrue(peak > -65, "the synapse depolarises: peak " + peak);
        assertArrayEquals(core, copy, 1e-12);
        assertArrayEquals(result.spikesOf("withCore").times(), result.spikesOf("withCopy").times(), 1e-12);
        var current = r.network().getProjections().stream().filter(p -> p.getName().equals("p3")).findFirst().orElseThrow();
        assertEquals(org.neuropynamics.network.model.SynapseKind.EXPONENTIAL_CURRENT, current.getSynapse());
        assertEquals(2, current.getTau(), 1e-12);
        assertEquals(15, ((org.neuropynamics.network.model.Constant) current.getWeight()).getValue(), 1e-9); // pA
        Path alpha = Files.writeString(dir.resolve("LEMS_alpha.xml"),
                Files.readString(file).replace("synapse=\"core\"", "synapse=\"alpha\""));
        FileProblem e = assertThrows(FileProblem.class, () -> NeuroMLImport.load(alpha));
        assertTrue(e.getMessage().contains("<StateVariable>: a second StateVariable in the synapse type "
                + "'my_alphaSynapse' is not supported as a synapse"), e.getMessage());
    }

    private String refused(String name, String body) throws Exception {
        Path f = Files.writeString(dir.resolve(name), "<Lems>\n" + body + "\n</Lems>\n");
        FileProblem e = assertThrows(FileProblem.class, () -> NeuroMLImport.load(f));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.startsWith(name + ":"), m);
        return m;
    }

    private static String cell(String typeBody, String extendsType) {
        return "<ComponentType name=\"bad\" extends=\"" + extendsType + "\">\n" + typeBody + "\n</ComponentType>\n"
                + "<bad id=\"b\"/>\n<network id=\"net\"><population id=\"p\" component=\"b\" size=\"1\"/></network>";
    }

    @Test
    void unsupportedPartsAreRefusedByNameAndLine() throws Exception {
        String onEvent = refused("LEMS_onevent.xml", cell("<Dynamics>\n<StateVariable name=\"v\" dimension=\"voltage\"/>"
                + "\n<OnEvent port=\"in\"><StateAssignment variable=\"v\" value=\"v + 1\"/></OnEvent>\n</Dynamics>",
                "baseCellMembPot"));
        assertTrue(onEvent.startsWith("LEMS_onevent.xml:5: <OnEvent> (port 'in') is not supported"), onEvent);
        String kinetic = refused("LEMS_ks.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<KineticScheme name=\"k\"/>"
                + "\n</Dynamics>", "baseCellMembPotDL"));
        assertTrue(kinetic.startsWith("LEMS_ks.xml:5: <KineticScheme> is not supported inside <Dynamics>"), kinetic);
        String structure = refused("LEMS_structure.xml", cell("<Structure/>", "baseCell"));
        assertTrue(structure.startsWith("LEMS_structure.xml:3: <Structure> is not supported inside <ComponentType>"),
                structure);
        String concrete = refused("LEMS_concrete.xml", cell("<Dynamics/>", "iafCell"));
        assertTrue(concrete.contains(":2: <ComponentType> 'bad' extends 'iafCell': only the abstract NeuroML cell bases"),
                concrete);
        String select = refused("LEMS_select.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<DerivedVariable "
                + "name=\"x\" select=\"other/x\"/>\n</Dynamics>", "baseCell"));
        assertTrue(select.startsWith("LEMS_select.xml:5: <DerivedVariable>: select='other/x' is not supported"), select);
        String dimension = refused("LEMS_dim.xml", cell("<Parameter name=\"c\" dimension=\"concentration\"/>", "baseCell"));
        assertTrue(dimension.startsWith("LEMS_dim.xml:3: <Parameter>: dimension 'concentration' is not supported"),
                dimension);
        String notCell = refused("LEMS_notcell.xml", "<ComponentType name=\"syn\" extends=\"baseStandalone\">"
                + "<Dynamics><StateVariable name=\"g\"/></Dynamics></ComponentType>\n<syn id=\"s\"/>\n"
                + "<network id=\"net\"><population id=\"p\" component=\"s\" size=\"1\"/></network>");
        assertTrue(notCell.contains("the ComponentType 'syn' is not a cell"), notCell);
        String unknownElement = refused("LEMS_unknown.xml", "<fancyCell id=\"f\"/>");
        assertTrue(unknownElement.startsWith("LEMS_unknown.xml:2: <fancyCell> is not supported"), unknownElement);
        String noType = refused("LEMS_notype.xml", "<Component id=\"c\" type=\"nowhere\"/>");
        assertTrue(noType.contains("no ComponentType 'nowhere' in the file"), noType);
    }

    @Test
    void expressionsAreParsedIntoOurAstAndNeverRun() throws Exception {
        String function = refused("LEMS_fn.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<TimeDerivative "
                + "variable=\"v\" value=\"java.lang.Runtime.getRuntime(1)\"/>\n</Dynamics>", "baseCell"));
        assertTrue(function.startsWith("LEMS_fn.xml:5: <TimeDerivative>: unknown or unsupported function"), function);
        String random = refused("LEMS_random.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<TimeDerivative "
                + "variable=\"v\" value=\"random(1)\"/>\n</Dynamics>", "baseCell"));
        assertTrue(random.contains("unknown or unsupported function 'random'"), random);
        String syntax = refused("LEMS_syntax.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<TimeDerivative "
                + "variable=\"v\" value=\"(v .gt. 1\"/>\n</Dynamics>", "baseCell"));
        assertTrue(syntax.startsWith("LEMS_syntax.xml:5: <TimeDerivative> value '(v .gt. 1':"), syntax);
        // LEMS names are case-sensitive: V is not v
        String caseSensitive = refused("LEMS_case.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<TimeDerivative "
                + "variable=\"v\" value=\"-V\"/>\n</Dynamics>", "baseCell"));
        assertTrue(caseSensitive.contains("unknown name 'V'"), caseSensitive);
        String cycle = refused("LEMS_cycle.xml", cell("<Dynamics>\n<StateVariable name=\"v\"/>\n<DerivedVariable "
                + "name=\"a\" value=\"b\"/>\n<DerivedVariable name=\"b\" value=\"a + v\"/>\n</Dynamics>", "baseCell"));
        assertTrue(cycle.contains("depends on itself"), cycle);
        String missing = refused("LEMS_missing.xml", "<ComponentType name=\"c1\" extends=\"baseCell\"><Parameter "
                + "name=\"tau\" dimension=\"time\"/><Dynamics><StateVariable name=\"v\"/></Dynamics></ComponentType>\n"
                + "<c1 id=\"x\"/>\n<network id=\"net\"><population id=\"p\" component=\"x\" size=\"1\"/></network>");
        assertTrue(missing.startsWith("LEMS_missing.xml:3: <c1> 'x' needs the parameter tau of c1"), missing);
        String units = refused("LEMS_units.xml", "<ComponentType name=\"c1\" extends=\"baseCell\"><Parameter "
                + "name=\"tau\" dimension=\"time\"/><Dynamics><StateVariable name=\"v\"/></Dynamics></ComponentType>\n"
                + "<c1 id=\"x\" tau=\"3mV\"/>\n<network id=\"net\"><population id=\"p\" component=\"x\" size=\"1\"/>"
                + "</network>");
        assertTrue(units.contains("has the wrong dimension"), units);
    }
}
