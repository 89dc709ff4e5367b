package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.ui.tests.EditorFixture.centre;
import static org.neuropynamics.network.ui.tests.EditorFixture.click;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.ui.NetworkCanvas;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.SpikeRasterView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * The palette's Current tool: a click on a population attaches a current injection (amplitude = the
 * default of the model's current parameter), drawn as a badge beside a monitor's; edited in Properties, run
 * against the closed-form LIF spike times; selected by click, deleted and undeleted with one undo each.
 */
class NetworkCurrentToolUiTest {

    @TempDir
    Path dir;

    @Test
    void currentInjectionByClickDrivesLifAtTheClosedFormTimes() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        Network n = Networks.network("Current", 60, 0.1, "euler", 1);
        TestNetworks.at(Networks.population(n, "P", 1, "lif", "I", 0.0), 200, 80);
        NetworkEditor editor = EditorFixture.open(page, dir, "current.neuronet", n);
        NetworkCanvas c = editor.canvas();
        Network net = editor.network();
        Population p = net.getPopulations().get(0);
        int[] at = centre(c, p);

        c.setTool(NetworkCanvas.Tool.MONITOR);
        click(c, at[0], at[1], 0);
        c.setTool(NetworkCanvas.Tool.CURRENT);
        click(c, at[0], at[1], 0);
        assertEquals(1, net.getCurrents().size());
        CurrentInjection ci = net.getCurrents().get(0);
        assertSame(p, ci.getTarget());
        // lif's current parameter I defaults to 10 mV
        assertEquals(10, ci.getAmplitude(), 0);
        assertEquals(List.of(ci), c.selection().elements());
        Rectangle monitor = c.badges().get(net.getMonitors().get(0));
        Rectangle current = c.badges().get(ci);
        assertTrue(!monitor.intersects(current), monitor + " overlaps " + current);
        editor.undo();
        assertEquals(0, net.getCurrents().size());
        assertEquals(1, net.getMonitors().size());
        editor.redo();
        assertEquals(List.of(ci), net.getCurrents());

        IPropertySource props = editor.propertySource(ci);
        props.setPropertyValue(EditorFixture.idOf(props, "Amplitude (mV)"), "20");
        assertEquals(20, ci.getAmplitude(), 0);

        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster) {
            raster.setResult(null);
        }
        Job job = editor.run();
        job.join(60_000, null);
        GroupSpikes out = EditorFixture.waitForRaster(page, editor).result().populations().stream()
                .filter(s -> s.name().equals("P")).findFirst().orElseThrow();
        // tau dV/dt = EL - V + I, EL = -59, I = 20, Vth = -50, Vreset = -70, tau = 20 ms, V(0) = EL:
        // first spike at 20 ln(20/11), then every 20 ln(31/11)
        double first = 20 * Math.log(20.0 / 11);
        double period = 20 * Math.log(31.0 / 11);
        assertEquals(3, out.count(), java.util.Arrays.toString(out.times()));
        for (int k = 0; k < 3; k++) {
            // Euler at dt = 0.1 ms and spikes detected at steps: within 0.3 ms
            assertEquals(first + k * period, out.times()[k], 0.3, "spike " + k);
        }

        page.activate(editor);
        c.setTool(NetworkCanvas.Tool.SELECT);
        Rectangle b = c.badges().get(ci);
        click(c, b.x + b.width / 2, b.y + b.height / 2, 0);
        assertEquals(List.of(ci), c.selection().elements());
        Screenshots.spin(c.getDisplay(), 300);
        Screenshots.save(c.getShell(), "network-current");
        EditorFixture.key(c, SWT.DEL, 0);
        assertEquals(0, net.getCurrents().size());
        assertEquals(1, net.getPopulations().size());
        assertEquals(1, net.getMonitors().size());
        editor.undo();
        assertEquals(List.of(ci), net.getCurrents());
        assertInstanceOf(Rectangle.class, c.badges().get(ci));
        page.closeEditor(editor, false);
    }
}
