package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.allToAll;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.poisson;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.WeightRecording;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.NetworkProblemsView;
import org.neuropynamics.network.ui.WeightHistogramView;
import org.neuropynamics.network.ui.WeightsOverTimeView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * STDP from the Properties view: a projection's Plasticity set to STDP shows tau+, tau-, A+, A-, w_max with
 * their units; an initial weight above w_max is a validation problem until w_max is raised; Run fills the
 * Weights over Time and Weight Histogram views with the run's weights; the settings survive save and reopen.
 * A state monitor's variables are chosen per model variable (izhikevich: v and u) instead of typed.
 */
class NetworkStdpUiTest {

    @TempDir
    Path dir;

    @Test
    void stdpFromPropertiesToTheWeightViews() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        page.closeAllEditors(false);
        Network net = network("Plastic", 300, 0.1, "euler", 1);
        var input = poisson(net, "Input", 100, 40);
        Population neurons = population(net, "Neurons", 20, "lif");
        project(net, input, neurons, allToAll(), constant(2), constant(1), SynapseKind.VOLTAGE_JUMP);
        Population izh = population(net, "Izh", 2, "izhikevich");
        input.setX(60);
        input.setY(80);
        neurons.setX(380);
        neurons.setY(80);
        izh.setX(380);
        izh.setY(240);
        StateMonitor monitor = NetworkFactory.eINSTANCE.createStateMonitor();
        monitor.setName("Izh state");
        monitor.setTarget(izh);
        net.getMonitors().add(monitor);
        NetworkEditor editor = EditorFixture.open(page, dir, "plastic.neuronet", net);
        Network n = editor.network();
        Projection pr = n.getProjections().get(0);
        StateMonitor sm = (StateMonitor) n.getMonitors().get(0);

        // Plasticity: none -> STDP additive; its constants appear with units (weights of a jump on v: mV)
        IPropertySource ps = editor.propertySource(pr);
        assertEquals(0, ps.getPropertyValue("plasticity"));
        ps.setPropertyValue("plasticity", 1);
        Stdp st = pr.getPlasticity();
        assertNotNull(st, "Plasticity STDP additive makes the projection plastic");
        assertEquals(StdpRule.ADDITIVE, st.getRule());
        ps = editor.propertySource(pr);
        assertEquals("20", ps.getPropertyValue(EditorFixture.idOf(ps, "tau+ (ms)")));
        assertEquals("20", ps.getPropertyValue(EditorFixture.idOf(ps, "tau- (ms)")));
        ps.setPropertyValue(EditorFixture.idOf(ps, "A+ (mV)"), "0.05");
        ps.setPropertyValue(EditorFixture.idOf(ps, "A- (mV)"), "0.0525");
        assertEquals(0.05, st.getAPlus(), 0);
        assertEquals(0.0525, st.getAMinus(), 0);

        // weight 2 mV above the default w_max = 1 mV: Validate says so; w_max = 4 mV clears it
        Ui.press(editor, "Validate");
        NetworkProblemsView problems = (NetworkProblemsView) page.findView(NetworkProblemsView.ID);
        assertEquals(1, problems.problems().size(), problems.problems().toString());
        assertTrue(problems.problems().get(0).message().contains("STDP keeps weights in [0, w_max = 1.0]"),
                problems.problems().get(0).message());
        ps.setPropertyValue(EditorFixture.idOf(ps, "w_max (mV)"), "4");
        assertEquals(4, st.getWMax(), 0);
        ps.setPropertyValue(EditorFixture.idOf(ps, "Record every (ms)"), "5");
        Ui.press(editor, "Validate");
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());

        // the state monitor: u off from its list of variables (v, u); the last one cannot be turned off
        IPropertySource ms = editor.propertySource(sm);
        assertEquals(1, ms.getPropertyValue(EditorFixture.idOf(ms, "v (mV)")));
        assertEquals(1, ms.getPropertyValue(EditorFixture.idOf(ms, "u (mV/ms)")));
        ms.setPropertyValue(EditorFixture.idOf(ms, "u (mV/ms)"), 0);
        assertEquals(List.of("v"), sm.getVariables());
        ms = editor.propertySource(sm);
        ms.setPropertyValue(EditorFixture.idOf(ms, "v (mV)"), 0);
        assertEquals(List.of("v"), sm.getVariables(), "the last recorded variable stays");

        // the Properties view lists the STDP rows with units
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        editor.canvas().select(null);
        Screenshots.spin(editor.canvas().getDisplay(), 100);
        editor.canvas().select(pr);
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        Ui.expandAll(sheet);
        List<String[]> rows = Ui.propertyRows(sheet);
        for (String[] want : List.of(new String[] {"Plasticity", "STDP additive"}, new String[] {"A+ (mV)", "0.05"},
                new String[] {"w_max (mV)", "4"}, new String[] {"tau+ (ms)", "20"})) {
            assertTrue(rows.stream().anyMatch(r -> r[0].equals(want[0]) && r[1].equals(want[1])),
                    want[0] + " = " + want[1] + " in the Properties view");
        }

        // run: the weight views show this run's weights, which STDP moved
        Job job = editor.run();
        job.join(60_000, null);
        EditorFixture.waitForRaster(page, editor);
        WeightsOverTimeView overTime = (WeightsOverTimeView) page.findView(WeightsOverTimeView.ID);
        WeightHistogramView histogram = (WeightHistogramView) page.findView(WeightHistogramView.ID);
        assertNotNull(overTime, "a run with STDP opens Weights over Time");
        assertNotNull(histogram, "a run with STDP opens Weight Histogram");
        NetworkResult r = overTime.result();
        assertTrue(overTime.hasData() && histogram.hasData());
        assertTrue(overTime.runLabel().startsWith("Plastic \u2014 run at "), overTime.runLabel());
        WeightRecording w = r.weights().get(0);
        assertEquals(2000, w.finalWeights().length, "100 x 20 synapses");
        assertEquals(61, w.times().length, "300 ms sampled every 5 ms, and after the last step");
        assertEquals(2, w.samples()[0][0], 0);
        double moved = 0;
        for (int s = 0; s < w.finalWeights().length; s++) {
            assertTrue(w.finalWeights()[s] >= 0 && w.finalWeights()[s] <= 4);
            moved = Math.max(moved, Math.abs(w.finalWeights()[s] - 2));
        }
        assertTrue(moved > 0.05, "STDP moved the weights by up to " + moved + " mV");
        assertEquals(List.of("v"), r.states().stream().map(x -> x.variable()).toList());
        page.activate(overTime);
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "network-stdp-weights");

        // save, close, reopen: the plasticity is back
        page.activate(editor);
        editor.doSave(null);
        assertFalse(editor.isDirty());
        page.closeEditor(editor, false);
        NetworkEditor back = EditorFixture.open(page, dir.resolve("plastic.neuronet"));
        Stdp again = back.network().getProjections().get(0).getPlasticity();
        assertEquals(0.05, again.getAPlus(), 0);
        assertEquals(0.0525, again.getAMinus(), 0);
        assertEquals(4, again.getWMax(), 0);
        assertEquals(5, again.getRecordInterval(), 0);
        IPropertySource bp = back.propertySource(back.network().getProjections().get(0));
        bp.setPropertyValue("plasticity", 0);
        assertNull(back.network().getProjections().get(0).getPlasticity(), "Plasticity none removes it");
        page.closeEditor(back, false);
    }
}
