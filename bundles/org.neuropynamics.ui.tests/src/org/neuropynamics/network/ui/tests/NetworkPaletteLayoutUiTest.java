package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.ui.MonitorKind;
import org.neuropynamics.network.ui.NetworkCanvas;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * The palette is a fixed column of tools left of the canvas, aligned at the left, every tool with an icon and a
 * tooltip; choosing
 * a monitor kind changes no label and moves nothing; the pressed tool is the canvas's tool and Escape returns to
 * Select. CUBA opens zoomed to fit and centred on the canvas.
 */
class NetworkPaletteLayoutUiTest {

    @TempDir
    Path dir;

    @Test
    void fixedVerticalPaletteWithIconsAndCubaCentred() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "cuba.neuronet");
        NetworkCanvas c = editor.canvas();
        org.eclipse.swt.widgets.Composite palette = Ui.palette(editor);
        Rectangle pb = palette.getBounds();
        Rectangle cb = c.getBounds();
        assertTrue(pb.x + pb.width <= cb.x, "palette " + pb + " left of the canvas " + cb);
        java.util.List<ToolItem> tools = Ui.paletteItems(editor);
        assertEquals(9, tools.size(), "the nine tools");
        Integer iconX = null;
        int lastY = Integer.MIN_VALUE;
        for (ToolItem item : tools) {
            assertNotNull(item.getImage(), item.getText() + " has an icon");
            assertFalse(item.getToolTipText() == null || item.getToolTipText().isBlank(), item.getText());
            // one column, top to bottom, every item starting at the same x (icons and names aligned)
            Rectangle r = c.getDisplay().map(item.getParent(), null, item.getBounds());
            if (iconX == null) {
                iconX = r.x;
            }
            assertEquals(iconX.intValue(), r.x, 1, item.getText() + " starts where the others start: " + r);
            assertTrue(r.y >= lastY, item.getText() + " below the tool before it");
            lastY = r.y + r.height;
        }

        // nothing is cut off: every tool and command is inside its bar (no overflow chevron), and every tool
        // inside the editor (the last ones went behind an arrow at 1280x720, issue 18)
        Rectangle editorArea = c.getDisplay().map(c.getParent(), null, c.getParent().getClientArea());
        for (ToolBar t : Ui.toolBars(editor)) {
            Rectangle inside = t.getClientArea();
            for (ToolItem item : t.getItems()) {
                Rectangle r = item.getBounds();
                assertTrue(r.x + r.width <= inside.width && r.y + r.height <= inside.height,
                        item.getText() + " " + r + " inside " + inside);
                Rectangle onScreen = c.getDisplay().map(t, null, r);
                assertTrue(editorArea.contains(onScreen.x, onScreen.y + onScreen.height - 1)
                        && onScreen.x + onScreen.width <= editorArea.x + editorArea.width,
                        item.getText() + " " + onScreen + " inside the editor " + editorArea);
            }
        }
        Ui.paletteItem(editor, "Validate");
        Ui.paletteItem(editor, "Run");

        Ui.press(editor, "State monitor");
        Screenshots.spin(c.getDisplay(), 100);
        assertSame(NetworkCanvas.Tool.MONITOR, c.tool());
        assertSame(MonitorKind.STATE, c.monitorKind());
        assertEquals(pb, palette.getBounds(), "the palette does not reflow");
        assertEquals(cb, c.getBounds(), "the canvas does not move");
        assertTrue(Ui.paletteItem(editor, "State monitor").getSelection());

        EditorFixture.key(c, SWT.ESC, 0);
        assertSame(NetworkCanvas.Tool.SELECT, c.tool());
        assertTrue(Ui.paletteItem(editor, "Select").getSelection(), "Escape presses Select");
        assertFalse(Ui.paletteItem(editor, "State monitor").getSelection());

        // CUBA fills the canvas: what is drawn (boxes, self-loops, labels, badges: NetworkCanvas.drawnExtent) is
        // centred within a pixel or two, 6 px from the canvas's edges in one direction unless drawn at 100 %
        Point o = c.origin();
        double z = c.zoom();
        Rectangle e = c.drawnExtent();
        Rectangle area = c.getClientArea();
        double left = o.x + e.x;
        double right = area.width - (o.x + e.x + e.width);
        double top = o.y + e.y;
        double bottom = area.height - (o.y + e.y + e.height);
        assertEquals(left, right, 2, "centred across");
        assertEquals(top, bottom, 2, "centred down");
        assertTrue(Math.min(left, top) >= 3, "nothing drawn at the canvas's edge: " + left + ", " + top);
        // the zoom shrinks in 3 % steps until the measured drawing fits: one pair of margins is 6 px plus at most
        // about 3 % of the canvas
        double slack = 6 + 0.035 * Math.max(area.width, area.height);
        assertTrue(z >= 1 || Math.min(left, top) <= slack, "fitted: margins " + left + ", " + top + " (zoom " + z
                + ")");
        Screenshots.save(c.getShell(), "network-palette");
        page.closeEditor(editor, false);
    }
}
