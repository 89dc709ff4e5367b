package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.ui.tests.EditorFixture.centre;
import static org.neuropynamics.network.ui.tests.EditorFixture.click;
import static org.neuropynamics.network.ui.tests.EditorFixture.drag;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.ui.NetworkCanvas;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.NetworkPropertySource;
import org.neuropynamics.network.ui.SpikeRasterView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * The palette's spike generator and monitor tools: a generator created by click, connected to a LIF
 * population with the projection tool, a spike monitor added by click on the population; each step undone
 * and redone; the generator's times edited in the Properties view; the run's output spikes follow the
 * generator's. Screenshot network-palette.
 */
class NetworkPaletteUiTest {

    @TempDir
    Path dir;

    /** One silent LIF neuron P (I = 0, rest -59 mV, threshold -50 mV) at (360, 80); 60 ms at dt 0.1. */
    private static Network silentNeuron() {
        Network n = Networks.network("Palette", 60, 0.1, "euler", 3);
        TestNetworks.at(Networks.population(n, "P", 1, "lif", "I", 0.0), 360, 80);
        return n;
    }

    @Test
    void generatorConnectedAndMonitoredByClickDrivesThePopulation() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "palette.neuronet", silentNeuron());
        NetworkCanvas c = editor.canvas();
        Network net = editor.network();
        Population p = net.getPopulations().get(0);

        c.setTool(NetworkCanvas.Tool.GENERATOR);
        click(c, (int) (40 * c.zoom()), (int) (220 * c.zoom()), 0);
        assertEquals(1, net.getInputs().size());
        SpikeGenerator g = assertInstanceOf(SpikeGenerator.class, net.getInputs().get(0));
        assertEquals(1, g.getSize());
        assertEquals(List.of(10.0, 20.0, 30.0), g.getTrains().get(0).getTimes());
        assertEquals(40, g.getX(), 1 / c.zoom());

        c.setTool(NetworkCanvas.Tool.PROJECTION);
        int[] from = centre(c, g);
        int[] to = centre(c, p);
        drag(c, from[0], from[1], to[0], to[1]);
        assertEquals(1, net.getProjections().size());
        Projection pr = net.getProjections().get(0);
        assertSame(g, pr.getSource());
        assertSame(p, pr.getTarget());
        assertInstanceOf(AllToAll.class, pr.getConnectivity());

        c.setTool(NetworkCanvas.Tool.MONITOR);
        click(c, to[0], to[1], 0);
        assertEquals(1, net.getMonitors().size());
        SpikeMonitor m = assertInstanceOf(SpikeMonitor.class, net.getMonitors().get(0));
        assertSame(p, m.getTarget());
        assertEquals(List.of(m), c.selection().elements());

        // each step undone, then redone, one command each
        editor.undo();
        assertEquals(0, net.getMonitors().size());
        assertEquals(1, net.getProjections().size());
        editor.undo();
        assertEquals(0, net.getProjections().size());
        assertEquals(1, net.getInputs().size());
        editor.undo();
        assertEquals(0, net.getInputs().size());
        editor.redo();
        editor.redo();
        editor.redo();
        assertEquals(List.of(g), net.getInputs());
        assertEquals(List.of(pr), net.getProjections());
        assertEquals(List.of(m), net.getMonitors());
        assertSame(p, m.getTarget());

        // times and weight edited in the Properties view: 10, 20, 30, 45 ms; 40 mV jumps (threshold 9 mV away)
        IPropertySource gs = editor.propertySource(g);
        assertEquals("0: 10, 20, 30", gs.getPropertyValue(EditorFixture.idOf(gs, "Spike times")));
        gs.setPropertyValue(NetworkPropertySource.SPIKE_TIMES, "0: 10, 20, 30, 45");
        assertEquals(List.of(10.0, 20.0, 30.0, 45.0), g.getTrains().get(0).getTimes());
        editor.undo();
        assertEquals(List.of(10.0, 20.0, 30.0), g.getTrains().get(0).getTimes());
        editor.redo();
        IPropertySource ps = editor.propertySource(pr);
        ps.setPropertyValue(EditorFixture.idOf(ps, "Weight (mV)"), "40");
        assertEquals(40, ((Constant) pr.getWeight()).getValue(), 0);

        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster) {
            raster.setResult(null);
        }
        Job job = editor.run();
        job.join(60_000, null);
        SpikeRasterView raster = EditorFixture.waitForRaster(page, editor);
        GroupSpikes out = raster.result().populations().stream().filter(s -> s.name().equals("P")).findFirst()
                .orElseThrow();
        double[] input = {10, 20, 30, 45};
        assertEquals(input.length, out.count(), "output spikes " + java.util.Arrays.toString(out.times()));
        double delay = ((Constant) pr.getDelay()).getValue();
        for (int k = 0; k < input.length; k++) {
            // the jump arrives after the delay and crosses threshold within that step or the next
            double lag = out.times()[k] - input[k] - delay;
            assertTrue(lag >= -1e-9 && lag <= 0.2 + 1e-9, "spike " + k + " at " + out.times()[k]);
        }

        // all three monitor kinds on P: badges side by side under the box, none overlapping
        page.activate(editor);
        c.setMonitorKind(org.neuropynamics.network.ui.MonitorKind.STATE);
        click(c, to[0], to[1], 0);
        c.setMonitorKind(org.neuropynamics.network.ui.MonitorKind.RATE);
        click(c, to[0], to[1], 0);
        assertEquals(3, net.getMonitors().size());
        org.neuropynamics.network.model.StateMonitor sm =
                (org.neuropynamics.network.model.StateMonitor) net.getMonitors().get(1);
        assertEquals(List.of("v"), sm.getVariables());
        // the kind-specific fields in Properties: recorded variables and neurons, one undo each
        IPropertySource smProps = editor.propertySource(sm);
        // one yes/no row per variable of the target's model (lif: v)
        assertEquals(1, smProps.getPropertyValue(EditorFixture.idOf(smProps, "v (mV)")));
        assertEquals("all", smProps.getPropertyValue(EditorFixture.idOf(smProps, "Record neurons")));
        smProps.setPropertyValue(EditorFixture.idOf(smProps, "Record neurons"), "first 1");
        assertEquals(List.of(0), sm.getNeurons());
        editor.undo();
        assertEquals(List.of(), sm.getNeurons());
        IPropertySource rmProps = editor.propertySource(net.getMonitors().get(2));
        rmProps.setPropertyValue(EditorFixture.idOf(rmProps, "Bin (ms)"), "2.5");
        assertEquals(2.5, ((org.neuropynamics.network.model.RateMonitor) net.getMonitors().get(2)).getBin(), 0);
        List<Rectangle> badges = List.copyOf(c.badges().values());
        assertEquals(3, badges.size());
        for (int i = 0; i < badges.size(); i++) {
            for (int j = i + 1; j < badges.size(); j++) {
                assertTrue(!badges.get(i).intersects(badges.get(j)), "badges " + i + " and " + j + " overlap");
            }
        }
        c.setTool(NetworkCanvas.Tool.SELECT);
        c.select(m);
        Screenshots.spin(c.getDisplay(), 300);
        Screenshots.save(c.getShell(), "network-palette");
        page.closeEditor(editor, false);
    }

    @Test
    void monitorBadgeSelectedByClickAndDeletedWithOneUndo() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        NetworkCanvas c = editor.canvas();
        Network net = editor.network();
        SpikeMonitor m = (SpikeMonitor) net.getMonitors().get(0);
        Population target = (Population) m.getTarget();
        Rectangle badge = c.badges().get(m);
        assertNotNull(badge);
        // the badge hangs from the bottom edge of its population's box
        Rectangle box = org.neuropynamics.network.ui.DiagramGeometry.bounds(target, c.zoom());
        assertTrue(badge.y < box.y + box.height && badge.y + badge.height > box.y + box.height, badge + " " + box);

        click(c, badge.x + badge.width / 2, badge.y + badge.height / 2, 0);
        assertEquals(List.of(m), c.selection().elements());
        IPropertySource props = editor.propertySource(m);
        assertEquals("C spikes", props.getPropertyValue(EditorFixture.idOf(props, "Name")));

        EditorFixture.key(c, org.eclipse.swt.SWT.DEL, 0);
        assertEquals(0, net.getMonitors().size());
        assertEquals(3, net.getPopulations().size());
        assertEquals(3, net.getProjections().size());
        assertTrue(c.badges().isEmpty());
        editor.undo();
        assertEquals(List.of(m), net.getMonitors());
        assertSame(target, m.getTarget());
        assertNotNull(c.badges().get(m));
        page.closeEditor(editor, false);
    }
}
