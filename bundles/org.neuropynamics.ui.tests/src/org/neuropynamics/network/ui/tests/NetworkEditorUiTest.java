package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.ui.PathEditorInput;

/**
 * The network editor under Xvfb: two populations and a projection created with mouse events, undo, redo,
 * save, reopen; then the course network run into the raster. Screenshots in target/screenshots.
 */
class NetworkEditorUiTest {

    @TempDir
    Path dir;

    @Test
    void createConnectUndoRedoSaveReopen() throws Exception {
        Path file = dir.resolve("drawn.neuronet");
        NetworkFiles.save(Networks.network("Drawn", 200, 0.1, "euler", 1), file);
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.network.ui.perspective",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        NetworkEditor editor = (NetworkEditor) page.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        NetworkCanvas canvas = editor.canvas();
        Screenshots.spin(canvas.getDisplay(), 200);

        canvas.setTool(NetworkCanvas.Tool.POPULATION);
        click(canvas, 40, 40);
        click(canvas, 300, 160);
        canvas.setTool(NetworkCanvas.Tool.PROJECTION);
        drag(canvas, 60, 60, 320, 180);
        Network n = editor.network();
        assertEquals(2, n.getPopulations().size());
        assertEquals(1, n.getProjections().size());
        assertSame(n.getPopulations().get(0), n.getProjections().get(0).getSource());
        assertSame(n.getPopulations().get(1), n.getProjections().get(0).getTarget());
        assertTrue(editor.isDirty());
        canvas.setTool(NetworkCanvas.Tool.SELECT);
        drag(canvas, 310, 170, 360, 230);
        assertEquals(350, n.getPopulations().get(1).getX(), 1e-9);

        editor.undo();
        assertEquals(300, n.getPopulations().get(1).getX(), 1e-9);
        editor.undo();
        assertEquals(0, n.getProjections().size());
        editor.redo();
        assertEquals(1, n.getProjections().size());
        Screenshots.save(canvas.getShell(), "network-editor-drawn");

        editor.doSave(null);
        assertFalse(editor.isDirty());
        page.closeEditor(editor, false);
        NetworkEditor reopened = (NetworkEditor) page.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        Network back = reopened.network();
        assertEquals(2, back.getPopulations().size());
        assertEquals(1, back.getProjections().size());
        assertEquals("Population 2", back.getProjections().get(0).getTarget().getName());
        assertEquals(300, back.getPopulations().get(1).getX(), 1e-9);
        page.closeEditor(reopened, false);
    }

    @Test
    void courseNetworkRunsIntoTheRaster() throws Exception {
        Path file = dir.resolve("course.neuronet");
        Files.copy(Path.of("../../examples/course-network.neuronet"), file);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatformUI.getWorkbench().showPerspective("org.neuropynamics.network.ui.perspective",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        NetworkEditor editor = (NetworkEditor) page.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        Job job = editor.run();
        job.join(60_000, null);
        SpikeRasterView raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        long end = System.currentTimeMillis() + 10_000;
        while ((raster == null || raster.result() == null) && System.currentTimeMillis() < end) {
            Screenshots.spin(editor.canvas().getDisplay(), 50);
            raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        }
        assertNotNull(raster);
        assertNotNull(raster.result());
        assertTrue(raster.result().spikesOf("Input").count() > 200);
        Screenshots.save(editor.canvas().getShell(), "network-raster");
        page.closeEditor(editor, false);
    }

    private static void click(NetworkCanvas c, int x, int y) {
        mouse(c, SWT.MouseDown, x, y);
        mouse(c, SWT.MouseUp, x, y);
    }

    private static void drag(NetworkCanvas c, int x0, int y0, int x1, int y1) {
        mouse(c, SWT.MouseDown, x0, y0);
        mouse(c, SWT.MouseMove, (x0 + x1) / 2, (y0 + y1) / 2);
        mouse(c, SWT.MouseMove, x1, y1);
        mouse(c, SWT.MouseUp, x1, y1);
    }

    private static void mouse(NetworkCanvas c, int type, int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = 1;
        c.notifyListeners(type, e);
        Screenshots.spin(c.getDisplay(), 20);
    }
}
