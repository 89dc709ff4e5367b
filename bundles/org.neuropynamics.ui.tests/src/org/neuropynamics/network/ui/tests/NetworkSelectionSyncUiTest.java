package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.ui.tests.EditorFixture.click;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;

/**
 * The canvas selection and the Outline's stay in step both ways; the Properties view shows the properties
 * that all selected elements share, and a value set for two populations at once is one undoable change.
 */
class NetworkSelectionSyncUiTest {

    @TempDir
    Path dir;

    @Test
    void outlineFollowsTheCanvasAndTheCanvasFollowsTheOutline() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        IViewPart outlineView = page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Population a = n.getPopulations().get(0);
        Population b = n.getPopulations().get(1);
        Population c = n.getPopulations().get(2);
        NetworkOutlinePage outline = (NetworkOutlinePage) editor.getAdapter(IContentOutlinePage.class);

        int[] pa = EditorFixture.centre(canvas, a);
        int[] pb = EditorFixture.centre(canvas, b);
        click(canvas, pa[0], pa[1], 0);
        click(canvas, pb[0], pb[1], SWT.SHIFT);
        Screenshots.spin(canvas.getDisplay(), 100);
        assertEquals(Set.of(a, b), Set.copyOf(((IStructuredSelection) outline.getSelection()).toList()));
        Tree tree = (Tree) outline.getControl();
        List<String> shown = new ArrayList<>();
        for (TreeItem item : tree.getSelection()) {
            shown.add(item.getText());
        }
        assertEquals(Set.of("Population A", "Population B"), Set.copyOf(shown));

        // a parameter picked in the tree (the Outline active) selects its population on the canvas
        page.activate(outlineView);
        outline.setSelection(new StructuredSelection(c.getParameters().get(0)));
        assertEquals(List.of(c), canvas.selection().elements());
        assertEquals(List.of(c.getParameters().get(0)),
                ((IStructuredSelection) outline.getSelection()).toList(), "the tree keeps the parameter");
        Projection bc = n.getProjections().get(2);
        outline.setSelection(new StructuredSelection(List.of(a, bc)));
        assertEquals(Set.of(a, bc), Set.copyOf(canvas.selection().elements()));
        // with the editor active, the tree's own selection events do not reach the canvas
        page.activate(editor);
        outline.setSelection(new StructuredSelection(c));
        assertEquals(Set.of(a, bc), Set.copyOf(canvas.selection().elements()));
        page.closeEditor(editor, false);
    }

    @Test
    void propertiesShowWhatTheSelectionSharesAndOneSetIsOneUndo() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "square.neuronet", TestNetworks.square());
        PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        NetworkCanvas canvas = editor.canvas();
        Network n = editor.network();
        Population a = n.getPopulations().get(0);
        Population b = n.getPopulations().get(1);
        Projection ab = n.getProjections().get(1);

        canvas.selection().set(List.of(a, b));
        Screenshots.spin(canvas.getDisplay(), 200);
        List<String> two = propertyNames(sheet);
        assertTrue(two.containsAll(List.of("Model", "Name", "Size", "X", "Y")), two.toString());
        canvas.selection().set(List.of(a, ab));
        Screenshots.spin(canvas.getDisplay(), 200);
        List<String> mixed = propertyNames(sheet);
        assertTrue(mixed.contains("Name"), mixed.toString());
        assertFalse(mixed.contains("Size"), "a projection has no size: " + mixed);
        assertFalse(mixed.contains("Synapse"), "a population has no synapse: " + mixed);

        // the Properties view sets a value on every selected element in one gesture
        IPropertySource sa = editor.propertySource(a);
        IPropertySource sb = editor.propertySource(b);
        sa.setPropertyValue(idOf(sa, "Size"), "250");
        sb.setPropertyValue(idOf(sb, "Size"), "250");
        assertEquals(250, a.getSize());
        assertEquals(250, b.getSize());
        editor.undo();
        assertEquals(10, a.getSize());
        assertEquals(10, b.getSize());
        assertFalse(editor.isDirty(), "one undo takes the gesture back");
        settle(canvas);
        // a later gesture (after the UI events of this one) is a change of its own
        sa.setPropertyValue(idOf(sa, "Size"), "20");
        settle(canvas);
        sb.setPropertyValue(idOf(sb, "Size"), "30");
        editor.undo();
        assertEquals(20, a.getSize());
        assertEquals(10, b.getSize());
        page.closeEditor(editor, false);
    }

    /** Runs every pending UI event and asynchronous runnable (the end of a user's gesture). */
    private static void settle(NetworkCanvas canvas) {
        Screenshots.spin(canvas.getDisplay(), 50);
        while (canvas.getDisplay().readAndDispatch()) {
            // until the queue is empty
        }
    }

    /** The property names the Properties view shows (top level and under categories). */
    private static List<String> propertyNames(PropertySheet sheet) {
        Control control = sheet.getCurrentPage().getControl();
        List<String> out = new ArrayList<>();
        for (TreeItem item : ((Tree) control).getItems()) {
            out.add(item.getText(0));
            item.setExpanded(true);
            for (TreeItem child : item.getItems()) {
                out.add(child.getText(0));
            }
        }
        return out;
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
