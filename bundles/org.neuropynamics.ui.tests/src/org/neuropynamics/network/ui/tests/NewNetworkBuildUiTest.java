package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.ui.tests.EditorFixture.centre;
import static org.neuropynamics.network.ui.tests.EditorFixture.click;
import static org.neuropynamics.network.ui.tests.EditorFixture.drag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.ui.NetworkCanvas;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.NetworkProblemsView;
import org.neuropynamics.network.ui.NewNetworkWizard;
import org.neuropynamics.network.ui.SpikeRasterView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * A network built from nothing as a new user does: File &gt; New &gt; Network (a name of its own, no
 * description, the user's file permissions), two populations by palette clicks, the second switched to
 * izhikevich from the model list and its d changed, a projection dragged and set to p = 0.1 with a uniform
 * 1-5 ms delay, a Poisson input and a spike monitor; Validate lists nothing; Run fills the raster with both
 * populations under the network's name; Save, close, reopen: every value is back.
 */
class NewNetworkBuildUiTest {

    @TempDir
    Path dir;

    @Test
    void fromFileNewToARunAndBack() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        page.closeAllEditors(false);
        Shell shell = page.getWorkbenchWindow().getShell();

        boolean[] finished = Ui.finishNextWizard(shell.getDisplay(), (WizardDialog d) -> {
            NewNetworkWizard.Page p = (NewNetworkWizard.Page) d.getCurrentPage();
            p.setNetworkName("Two groups");
            p.setFolder(dir);
            try {
                Screenshots.save(d.getShell(), "network-new-wizard");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.click(Ui.menuItem(shell, "File", "New", "Network..."));
        Screenshots.spin(shell.getDisplay(), 300);
        assertTrue(finished[0], "the New Network wizard opened from File > New and finished");
        Path file = dir.resolve("two-groups.neuronet");
        assertTrue(Files.exists(file), "the new network is saved at once");
        Path byHand = dir.resolve("by-hand");
        assertEquals(0, new ProcessBuilder("touch", byHand.toString()).start().waitFor());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(byHand)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a new network has the permissions of a file made by hand");
        NetworkEditor editor = assertInstanceOf(NetworkEditor.class, page.getActiveEditor());
        Network n = editor.network();
        assertEquals("Two groups", n.getName());
        assertNull(n.getDescription());
        assertTrue(n.getPopulations().isEmpty());
        NetworkCanvas c = editor.canvas();

        // two populations and a Poisson input by palette clicks
        Ui.press(editor, "Population");
        assertSame(NetworkCanvas.Tool.POPULATION, c.tool());
        click(c, 60, 60, 0);
        click(c, 400, 60, 0);
        Ui.press(editor, "Poisson input");
        click(c, 60, 260, 0);
        assertEquals(2, n.getPopulations().size());
        assertEquals(1, n.getInputs().size());
        Population p1 = n.getPopulations().get(0);
        Population p2 = n.getPopulations().get(1);
        PoissonGroup input = (PoissonGroup) n.getInputs().get(0);

        // the second population: izhikevich from the model list, d = 4, shown in the Properties view
        Ui.press(editor, "Select");
        int[] at2 = centre(c, p2);
        click(c, at2[0], at2[1], 0);
        assertEquals(List.of(p2), c.selection().elements());
        IPropertySource props = editor.propertySource(p2);
        ComboBoxPropertyDescriptor model = (ComboBoxPropertyDescriptor) descriptor(props, "Model");
        // the drop-down the Properties view opens on the Model row
        org.eclipse.swt.widgets.Composite holder = new org.eclipse.swt.widgets.Composite(shell, 0);
        String[] models = ((org.eclipse.jface.viewers.ComboBoxCellEditor) model.createPropertyEditor(holder))
                .getItems();
        holder.dispose();
        int izh = Arrays.asList(models).indexOf("Izhikevich (izhikevich)");
        assertTrue(izh >= 0, Arrays.toString(models));
        assertTrue(Arrays.asList(models).contains("Leaky integrate-and-fire (lif)"));
        props.setPropertyValue("model", izh);
        assertEquals("izhikevich", p2.getModelId());
        // the end of this gesture (a user's next click comes after the UI events of this one)
        Screenshots.spin(c.getDisplay(), 200);
        props = editor.propertySource(p2);
        Object d = EditorFixture.idOf(props, "d (mV/ms)");
        assertEquals("8 (default)", props.getPropertyValue(d));
        assertFalse(props.isPropertySet(d));
        props.setPropertyValue(d, "4");
        assertEquals(4, override(p2, "d"), 0);
        assertTrue(props.isPropertySet(d));
        assertEquals("4", props.getPropertyValue(d));
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        c.select(null);
        Screenshots.spin(c.getDisplay(), 100);
        c.select(p2);
        Screenshots.spin(c.getDisplay(), 300);
        Ui.expandAll(sheet);
        List<String> names = Ui.propertyRows(sheet).stream().map(r -> r[0]).toList();
        assertTrue(names.containsAll(List.of("Model", "a (1/ms)", "d (mV/ms)", "vpeak (mV)", "v(0) (mV)",
                "u(0) (mV/ms)")), names.toString());
        // for the picture: the Outline hidden so that Properties shows the whole parameter table
        org.eclipse.ui.IViewPart outline = page.findView(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            page.hideView(outline);
        }
        page.activate(editor);
        c.select(p2);
        Screenshots.spin(c.getDisplay(), 300);
        Ui.expandAll(sheet);
        Screenshots.save(shell, "network-population-properties");

        // a projection P1 -> P2 dragged, set to fixed probability 0.1 and a uniform 1-5 ms delay
        Ui.press(editor, "Projection");
        int[] at1 = centre(c, p1);
        at2 = centre(c, p2);
        drag(c, at1[0], at1[1], at2[0], at2[1]);
        assertEquals(1, n.getProjections().size());
        Projection pr = n.getProjections().get(0);
        IPropertySource ps = editor.propertySource(pr);
        ps.setPropertyValue("rule", 2);
        ps = editor.propertySource(pr);
        ps.setPropertyValue(EditorFixture.idOf(ps, "Probability p"), "0.1");
        ps.setPropertyValue(EditorFixture.idOf(ps, "Delay kind"), 1);
        ps = editor.propertySource(pr);
        ps.setPropertyValue(EditorFixture.idOf(ps, "Delay low (ms)"), "1");
        ps.setPropertyValue(EditorFixture.idOf(ps, "Delay high (ms)"), "5");
        assertEquals(0.1, assertInstanceOf(FixedProbability.class, pr.getConnectivity()).getProbability(), 0);
        Uniform delay = assertInstanceOf(Uniform.class, pr.getDelay());
        assertEquals(1, delay.getLow(), 0);
        assertEquals(5, delay.getHigh(), 0);
        Ui.press(editor, "Select");
        c.select(null);
        Screenshots.spin(c.getDisplay(), 100);
        c.select(pr);
        Screenshots.spin(c.getDisplay(), 300);
        Ui.expandAll(sheet);
        List<String[]> rows = Ui.propertyRows(sheet);
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Rule") && r[1].equals("fixed probability")),
                "the rule row shows the rule");
        Ui.expandAll(sheet);
        Screenshots.save(shell, "network-projection-properties");
        page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);

        // the input drives P1; a spike monitor on P2
        Ui.press(editor, "Projection");
        int[] atIn = centre(c, input);
        at1 = centre(c, p1);
        drag(c, atIn[0], atIn[1], at1[0], at1[1]);
        assertEquals(2, n.getProjections().size());
        Ui.press(editor, "Spike monitor");
        at2 = centre(c, p2);
        click(c, at2[0], at2[1], 0);
        assertEquals(1, n.getMonitors().size());
        assertInstanceOf(SpikeMonitor.class, n.getMonitors().get(0));

        // validate: nothing to fix
        Ui.press(editor, "Validate");
        NetworkProblemsView problems = (NetworkProblemsView) page.findView(NetworkProblemsView.ID);
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
        assertTrue(problems.summary().contains("Two groups: no problems"), problems.summary());

        // run: the raster holds both populations and says whose run it is
        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster) {
            raster.setResult(null);
        }
        IPropertySource run = editor.propertySource(n.getRun());
        run.setPropertyValue(EditorFixture.idOf(run, "Duration (ms)"), "300");
        Job job = editor.run();
        job.join(60_000, null);
        SpikeRasterView raster = EditorFixture.waitForRaster(page, editor);
        GroupSpikes s1 = raster.result().spikesOf("Population 1");
        GroupSpikes s2 = raster.result().spikesOf("Population 2");
        assertEquals(10, s1.size());
        assertEquals(10, s2.size());
        // lif at I = 10 mV (v -> -49 mV, above Vth = -50 mV) with 100 Hz Poisson kicks: every neuron fires
        assertTrue(s1.count() >= 10, "P1 spikes " + s1.count());
        assertTrue(raster.runLabel().startsWith("Two groups \u2014 run at "), raster.runLabel());
        assertTrue(raster.runLabel().endsWith("300 ms, dt 0.1 ms, seed 1"), raster.runLabel());
        Screenshots.save(shell, "network-built-run");

        // save, close, reopen: every value is back
        page.activate(editor);
        editor.doSave(null);
        assertFalse(editor.isDirty());
        page.closeEditor(editor, false);
        NetworkEditor back = EditorFixture.open(page, file);
        Network m = back.network();
        assertEquals("Two groups", m.getName());
        assertEquals(List.of("lif", "izhikevich"), m.getPopulations().stream().map(Population::getModelId).toList());
        assertEquals(4, override(m.getPopulations().get(1), "d"), 0);
        Projection again = m.getProjections().get(0);
        assertSame(m.getPopulations().get(0), again.getSource());
        assertSame(m.getPopulations().get(1), again.getTarget());
        assertEquals(0.1, ((FixedProbability) again.getConnectivity()).getProbability(), 0);
        assertEquals(1, ((Uniform) again.getDelay()).getLow(), 0);
        assertEquals(5, ((Uniform) again.getDelay()).getHigh(), 0);
        assertSame(m.getInputs().get(0), m.getProjections().get(1).getSource());
        assertSame(m.getPopulations().get(1), m.getMonitors().get(0).getTarget());
        assertEquals(300, m.getRun().getDuration(), 0);
        page.closeEditor(back, false);
    }

    private static IPropertyDescriptor descriptor(IPropertySource s, String name) {
        for (IPropertyDescriptor d : s.getPropertyDescriptors()) {
            if (d.getDisplayName().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static double override(Population p, String name) {
        for (ParameterValue v : p.getParameters()) {
            if (v.getName().equals(name)) {
                return v.getValue();
            }
        }
        throw new AssertionError("no override of " + name + " in " + p.getName());
    }
}
