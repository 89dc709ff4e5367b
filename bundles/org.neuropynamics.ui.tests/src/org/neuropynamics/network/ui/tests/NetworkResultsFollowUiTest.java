package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.examples.NetworkTemplates;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.SpikeRasterView;
import org.neuropynamics.network.ui.VoltageTracesView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * Results belong to a run: each editor keeps its last run, the result views show the run of the editor
 * brought forward and say whose it is; closing an editor leaves the views to the next one's run.
 */
class NetworkResultsFollowUiTest {

    @TempDir
    Path dir;

    @Test
    void theResultViewsFollowTheActiveEditorAndNameItsRun() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor course = EditorFixture.openExample(page, dir, "course-network.neuronet");
        NetworkEditor pair = EditorFixture.open(page, dir, "pair.neuronet", NetworkTemplates.PAIR.create("Pair"));
        for (NetworkEditor e : new NetworkEditor[] {course, pair}) {
            page.activate(e);
            e.run().join(60_000, null);
            long end = System.currentTimeMillis() + 20_000;
            while (e.lastRun() == null && System.currentTimeMillis() < end) {
                Screenshots.spin(e.canvas().getDisplay(), 50);
            }
            assertNotNull(e.lastRun(), "a run of " + e.getPartName());
        }
        SpikeRasterView raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        VoltageTracesView traces = (VoltageTracesView) page.findView(VoltageTracesView.ID);
        assertSame(pair.lastRun().result(), raster.result());
        assertTrue(raster.runLabel().startsWith("Pair \u2014 run at "), raster.runLabel());
        // the pair's first neuron fires 5 times in 100 ms (closed form, NetworkTemplatesTest)
        assertEquals(5, raster.result().spikesOf("A").count());

        page.activate(course);
        Screenshots.spin(course.canvas().getDisplay(), 300);
        assertSame(course.lastRun().result(), raster.result(), "the raster follows the active editor");
        assertSame(course.lastRun().result(), traces.result());
        assertTrue(raster.runLabel().startsWith("Course network \u2014 run at "), raster.runLabel());
        assertTrue(traces.runLabel().endsWith("100 ms, dt 0.1 ms, seed 1"), traces.runLabel());

        page.closeEditor(course, false);
        Screenshots.spin(pair.canvas().getDisplay(), 300);
        assertSame(pair.lastRun().result(), raster.result(), "closing the course leaves the pair's run");
        assertTrue(raster.runLabel().startsWith("Pair"), raster.runLabel());
        page.closeEditor(pair, false);
        Screenshots.spin(raster.getSite().getShell().getDisplay(), 200);
        assertEquals(null, raster.result(), "no editor left: the views are empty");
        assertEquals("", raster.runLabel());
    }
}
