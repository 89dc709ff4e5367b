package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.ui.PathEditorInput;

/** Opens networks in the editor of the Networks perspective and sends mouse and key events to its canvas. */
final class EditorFixture {

    private EditorFixture() {
    }

    /** The Networks perspective's page, in a 1400 x 900 window. */
    static IWorkbenchPage networksPage() throws Exception {
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

    /** Saves {@code network} as {@code dir/name} and opens it. */
    static NetworkEditor open(IWorkbenchPage page, Path dir, String name, Network network) throws Exception {
        Path file = dir.resolve(name);
        NetworkFiles.save(network, file);
        return open(page, file);
    }

    /** Copies an example of examples/ into {@code dir} and opens the copy. */
    static NetworkEditor openExample(IWorkbenchPage page, Path dir, String example) throws Exception {
        Path file = dir.resolve(example);
        Files.copy(Path.of("../../examples/" + example), file);
        return open(page, file);
    }

    static NetworkEditor open(IWorkbenchPage page, Path file) throws Exception {
        NetworkEditor editor = (NetworkEditor) page.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        Screenshots.spin(editor.canvas().getDisplay(), 300);
        // the diagram is fitted (zoom and origin set) once the canvas has its size
        long end = System.currentTimeMillis() + 10_000;
        while (!editor.canvas().isFitted() && System.currentTimeMillis() < end) {
            Screenshots.spin(editor.canvas().getDisplay(), 50);
        }
        // and the layout has settled (the command row wraps after the first layout; each new canvas size refits)
        org.eclipse.swt.graphics.Point size = editor.canvas().getSize();
        for (int stable = 0; stable < 3 && System.currentTimeMillis() < end; ) {
            Screenshots.spin(editor.canvas().getDisplay(), 100);
            org.eclipse.swt.graphics.Point now = editor.canvas().getSize();
            stable = now.equals(size) ? stable + 1 : 0;
            size = now;
        }
        Screenshots.spin(editor.canvas().getDisplay(), 100);
        return editor;
    }

    /** The pixel centre of a node's box on the canvas. */
    static int[] centre(NetworkCanvas c, Node n) {
        Rectangle b = DiagramGeometry.bounds(n, c.zoom());
        return new int[] {b.x + b.width / 2, b.y + b.height / 2};
    }

    static void click(NetworkCanvas c, int x, int y, int state) {
        mouse(c, SWT.MouseDown, x, y, state);
        mouse(c, SWT.MouseUp, x, y, state);
    }

    static void drag(NetworkCanvas c, int x0, int y0, int x1, int y1) {
        mouse(c, SWT.MouseDown, x0, y0, 0);
        mouse(c, SWT.MouseMove, (x0 + x1) / 2, (y0 + y1) / 2, SWT.BUTTON1);
        mouse(c, SWT.MouseMove, x1, y1, SWT.BUTTON1);
        mouse(c, SWT.MouseUp, x1, y1, SWT.BUTTON1);
    }

    /**
     * A mouse event at (x, y) in diagram pixels (where {@link DiagramGeometry} puts the boxes at the present
     * zoom): the canvas's origin (Zoom to Fit centres the diagram, panning moves it) is added.
     */
    static void mouse(NetworkCanvas c, int type, int x, int y, int state) {
        Event e = new Event();
        e.x = x + c.origin().x;
        e.y = y + c.origin().y;
        e.button = 1;
        e.stateMask = state;
        c.notifyListeners(type, e);
        Screenshots.spin(c.getDisplay(), 20);
    }

    /** A key press on the canvas: {@code key} is an SWT key code or a character, {@code state} modifiers. */
    static void key(NetworkCanvas c, int key, int state) {
        Event e = new Event();
        e.keyCode = key;
        e.character = key < 0x10000 && (state & SWT.MOD1) == 0 ? (char) key : 0;
        e.stateMask = state;
        c.notifyListeners(SWT.KeyDown, e);
        Screenshots.spin(c.getDisplay(), 20);
    }

    /** The raster view once it shows a run's result (waits up to 20 s). */
    static SpikeRasterView waitForRaster(IWorkbenchPage page, NetworkEditor editor) {
        SpikeRasterView raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        long end = System.currentTimeMillis() + 20_000;
        while ((raster == null || raster.result() == null) && System.currentTimeMillis() < end) {
            Screenshots.spin(editor.canvas().getDisplay(), 50);
            raster = (SpikeRasterView) page.findView(SpikeRasterView.ID);
        }
        if (raster == null || raster.result() == null) {
            throw new AssertionError("no run result in the raster after 20 s");
        }
        return raster;
    }

    /** The id of the property named {@code displayName}. */
    static Object idOf(org.eclipse.ui.views.properties.IPropertySource source, String displayName) {
        for (org.eclipse.ui.views.properties.IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getDisplayName().equals(displayName)) {
                return d.getId();
            }
        }
        throw new AssertionError("no property " + displayName);
    }
}
