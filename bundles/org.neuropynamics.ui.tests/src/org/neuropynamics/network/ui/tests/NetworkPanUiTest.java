package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.ui.NetworkCanvas;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * Panning the network canvas: a middle-button drag moves the drawing by exactly the drag, clicks then hit the
 * boxes where they are drawn, the wheel scrolls (Shift+wheel sideways), and the drag changes nothing in the
 * model (no command, not dirty).
 */
class NetworkPanUiTest {

    @TempDir
    Path dir;

    @Test
    void middleDragAndWheelPanTheDrawingAndClicksFollowIt() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Node a = n.getPopulations().get(0);
        // the diagram opens zoomed to fit and centred: the origin is where Zoom to Fit puts it
        Point start = canvas.origin();
        canvas.fit();
        assertEquals(start, canvas.origin(), "opened fitted and centred");
        int[] centre = EditorFixture.centre(canvas, a);
        int ax = centre[0] + start.x;
        int ay = centre[1] + start.y;

        press(canvas, SWT.MouseDown, 10, 10, 2);
        press(canvas, SWT.MouseMove, 60, 40, 0);
        press(canvas, SWT.MouseMove, 130, 70, 0);
        press(canvas, SWT.MouseUp, 130, 70, 2);
        assertEquals(new Point(start.x + 120, start.y + 60), canvas.origin(), "the drawing moves by the drag");
        assertTrue(!editor.isDirty(), "panning is not an edit");

        // a click (in canvas pixels) where A is drawn now selects A; a click where it was selects nothing there
        press(canvas, SWT.MouseDown, ax + 120, ay + 60, 1);
        press(canvas, SWT.MouseUp, ax + 120, ay + 60, 1);
        assertEquals(List.of(a), canvas.selection().nodes());
        press(canvas, SWT.MouseDown, ax - 60, ay - 40, 1);
        press(canvas, SWT.MouseUp, ax - 60, ay - 40, 1);
        assertNotEquals(List.of(a), canvas.selection().nodes());

        wheel(canvas, -1, 0);
        assertEquals(new Point(start.x + 120, start.y + 48), canvas.origin(), "the wheel scrolls by 12 px a notch");
        wheel(canvas, 2, SWT.SHIFT);
        assertEquals(new Point(start.x + 144, start.y + 48), canvas.origin(), "Shift+wheel scrolls sideways");
        Screenshots.save(canvas.getShell(), "network-editor-panned");

        canvas.fit(); // Zoom to Fit centres the diagram again
        assertEquals(start, canvas.origin());
        assertTrue(!editor.isDirty());
    }

    private static void press(NetworkCanvas c, int type, int x, int y, int button) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = type == SWT.MouseMove ? SWT.BUTTON2 : 0;
        c.notifyListeners(type, e);
        Screenshots.spin(c.getDisplay(), 20);
    }

    private static void wheel(NetworkCanvas c, int count, int state) {
        Event e = new Event();
        e.x = 200;
        e.y = 200;
        e.count = count;
        e.stateMask = state;
        c.notifyListeners(SWT.MouseVerticalWheel, e);
        Screenshots.spin(c.getDisplay(), 20);
    }
}
