package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.sim.StateRecording;
import org.neuropynamics.ui.PathEditorInput;

/**
 * The examples in the editor under Xvfb: CUBA run into the result views (raster, heat map, traces, rates,
 * graph), a weight edited in the Properties view's property source, undone, redone and saved; the course
 * network with Outline and Properties. Screenshots network-editor, network-raster, network-heatmap.
 */
class NetworkResultsUiTest {

    @TempDir
    Path dir;

    @Test
    void cubaRunsIntoTheResultViews() throws Exception {
        IWorkbenchPage page = networksPage();
        NetworkEditor editor = open(page, "cuba.neuronet");
        Job job = editor.run();
        job.join(120_000, null);
        SpikeRasterView raster = waitForRaster(page, editor);
        long spikes = 0;
        for (GroupSpikes g : raster.result().populations()) {
            spikes += g.count();
            // CUBA (Vogels & Abbott 2005; Brian2 example) fires at a mean 4-8 Hz per neuron
            assertTrue(g.rateHz() > 4 && g.rateHz() < 8, g.name() + " rate " + g.rateHz());
        }
        assertTrue(spikes > 16_000, "spikes " + spikes);

        HeatMapView heat = (HeatMapView) page.findView(HeatMapView.ID);
        assertTrue(heat.hasData());
        StateRecording v = heat.recording();
        assertEquals(5, v.values().length);
        assertEquals(10_001, v.times().length);
        int resets = 0;
        for (double[] row : v.values()) {
            int run = 0;
            for (int k = 0; k < row.length; k++) {
                // sampled at the start of steps: a neuron above threshold was reset in its step
                assertTrue(row[k] < -50, "v = " + row[k]);
                if (row[k] == -60.0) {
                    run++;
                } else {
                    // held at Vreset exactly for tref = 5 ms = 50 steps after each spike
                    assertTrue(run == 0 || run == 50, "held at -60 mV for " + run + " samples before " + k);
                    resets += run == 50 ? 1 : 0;
                    run = 0;
                }
            }
        }
        // 5 neurons at 4-8 Hz for 1 s
        assertTrue(resets >= 10 && resets <= 60, "resets " + resets);
        assertTrue(((VoltageTracesView) page.findView(VoltageTracesView.ID)).hasData());
        PopulationRateView rates = (PopulationRateView) page.findView(PopulationRateView.ID);
        assertEquals(2, rates.rates().size());
        assertEquals(5.0, rates.rates().get(0).binMs(), 1e-12);
        assertFalse(((NetworkGraphView) page.findView(NetworkGraphView.ID)).neuronLevel());

        page.activate(raster);
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        Screenshots.save(editor.canvas().getShell(), "network-raster");
        page.activate(heat);
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        Screenshots.save(editor.canvas().getShell(), "network-heatmap");
        page.activate(rates);
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        Screenshots.save(editor.canvas().getShell(), "network-rates");
        page.activate(page.findView(VoltageTracesView.ID));
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        Screenshots.save(editor.canvas().getShell(), "network-traces");
        page.closeEditor(editor, false);
    }

    @Test
    void weightEditedInPropertiesUndoneRedoneSaved() throws Exception {
        IWorkbenchPage page = networksPage();
        NetworkEditor editor = open(page, "cuba.neuronet");
        Path file = dir.resolve("cuba.neuronet");
        Projection ee = editor.network().getProjections().get(0);
        double before = ((Constant) ee.getWeight()).getValue();
        assertEquals(1.62, before, 1e-12);

        // the projection's weight is edited as text in its unit (mV: the unit of the current I of lif)
        IPropertySource weight = editor.propertySource(ee);
        Object value = idOf(weight, "Weight (mV)");
        assertEquals("1.62", weight.getPropertyValue(value));
        weight.setPropertyValue(value, "2.5");
        assertEquals(2.5, ((Constant) ee.getWeight()).getValue(), 0);
        assertTrue(editor.isDirty());
        editor.undo();
        assertEquals(before, ((Constant) ee.getWeight()).getValue(), 0);
        assertFalse(editor.isDirty());
        editor.redo();
        assertEquals(2.5, ((Constant) ee.getWeight()).getValue(), 0);
        editor.doSave(null);
        assertFalse(editor.isDirty());
        Network back = NetworkFiles.load(file);
        assertEquals(2.5, ((Constant) back.getProjections().get(0).getWeight()).getValue(), 0);
        page.closeEditor(editor, false);
    }

    @Test
    void courseNetworkInTheEditorWithOutlineAndProperties() throws Exception {
        IWorkbenchPage page = networksPage();
        NetworkEditor editor = open(page, "course-network.neuronet");
        IViewPart outline = page.showView(IPageLayout.ID_OUTLINE);
        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(outline);
        assertNotNull(properties);
        page.activate(editor);
        editor.canvas().select(editor.network().getPopulations().get(0));
        Job job = editor.run();
        job.join(60_000, null);
        waitForRaster(page, editor);
        NetworkGraphView graph = (NetworkGraphView) page.showView(NetworkGraphView.ID);
        assertTrue(graph.neuronLevel());
        page.activate(editor);
        editor.canvas().select(editor.network().getPopulations().get(0));
        Screenshots.spin(editor.canvas().getDisplay(), 400);
        Screenshots.save(editor.canvas().getShell(), "network-editor");
        page.closeEditor(editor, false);
    }

    private IWorkbenchPage networksPage() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.network.ui.perspective",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (PlatformUI.getWorkbench().getIntroManager().getIntro() != null) {
            PlatformUI.getWorkbench().getIntroManager().closeIntro(PlatformUI.getWorkbench().getIntroManager()
                    .getIntro());
        }
        page.getWorkbenchWindow().getShell().setSize(1400, 900);
        return page;
    }

    private NetworkEditor open(IWorkbenchPage page, String example) throws Exception {
        Path file = dir.resolve(example);
        Files.copy(Path.of("../../examples/" + example), file);
        NetworkEditor editor = (NetworkEditor) page.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster) {
            raster.setResult(null); // forget the run of an earlier test
        }
        Screenshots.spin(editor.canvas().getDisplay(), 200);
        return editor;
    }

    private static SpikeRasterView waitForRaster(IWorkbenchPage page, NetworkEditor editor) {
        SpikeRasterView raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        long end = System.currentTimeMillis() + 20_000;
        while ((raster == null || raster.result() == null) && System.currentTimeMillis() < end) {
            Screenshots.spin(editor.canvas().getDisplay(), 50);
            raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        }
        assertNotNull(raster);
        assertNotNull(raster.result());
        return raster;
    }

    private static Object idOf(IPropertySource source, String displayName) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getDisplayName().equals(displayName)) {
                return d.getId();
            }
        }
        throw new AssertionError("no property " + displayName);
    }
}
