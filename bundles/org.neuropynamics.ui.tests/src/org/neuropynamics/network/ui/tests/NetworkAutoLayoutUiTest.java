package org.neuropynamics.network.ui.tests;

import org.neuropynamics.network.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Projection;

/**
 * Auto Layout (ELK Layered inside the running product): boxes that overlapped no longer do, every
 * projection of an acyclic network points from left to right, and one Undo restores every position.
 */
class NetworkAutoLayoutUiTest {

    /** The least gap (model units) ELK must leave between two boxes (it is asked for 80 in a layer). */
    private static final double MIN_GAP = 20;

    @TempDir
    Path dir;

    @Test
    void layeredLayoutSeparatesBoxesPointsRightAndIsOneUndo() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "pile.neuronet", TestNetworks.acyclicPile());
        Network n = editor.network();
        List<Node> nodes = DiagramGeometry.nodes(n);
        double[][] before = positions(nodes);
        assertTrue(overlaps(nodes.get(1), nodes.get(2)), "B and C start overlapping");

        editor.autoLayout();
        Screenshots.save(editor.canvas().getShell(), "network-editor-auto-layout-acyclic");
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node p = nodes.get(i);
                Node q = nodes.get(j);
                assertFalse(overlaps(p, q), p.getName() + " at " + p.getX() + "," + p.getY() + " and " + q.getName()
                        + " at " + q.getX() + "," + q.getY());
            }
        }
        for (Projection p : n.getProjections()) {
            Node s = p.getSource();
            Node t = p.getTarget();
            // a layer to the right: the whole source box left of the target box, with room between
            assertTrue(s.getX() + DiagramGeometry.WIDTH + MIN_GAP <= t.getX(),
                    p.getName() + ": " + s.getX() + " -> " + t.getX());
        }
        // In -> A -> B -> D: four layers, D in the last
        assertTrue(nodes.get(3).getX() > nodes.get(1).getX() && nodes.get(1).getX() > nodes.get(0).getX()
                && nodes.get(0).getX() > nodes.get(4).getX(), "layers In < A < B < D");
        assertTrue(editor.isDirty());

        editor.undo();
        double[][] after = positions(nodes);
        for (int k = 0; k < nodes.size(); k++) {
            assertArrayEquals(before[k], after[k], 0, nodes.get(k).getName());
        }
        assertFalse(editor.isDirty(), "the layout was one command");
        page.closeEditor(editor, false);
    }

    @Test
    void courseNetworkAfterAutoLayoutHasSeparateBoxesAndLabels() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "course-network.neuronet");
        editor.autoLayout();
        List<Node> nodes = DiagramGeometry.nodes(editor.network());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(overlaps(nodes.get(i), nodes.get(j)));
            }
        }
        // the input is the only source: it comes first; Regular and Chattering project to each other and
        // share the next layer, one above the other
        Node input = editor.network().getInputs().get(0);
        for (Node p : editor.network().getPopulations()) {
            assertTrue(input.getX() + DiagramGeometry.WIDTH < p.getX(), p.getName());
        }
        Node regular = editor.network().getPopulations().get(0);
        Node chattering = editor.network().getPopulations().get(1);
        assertEquals(regular.getX(), chattering.getX(), 0);
        assertTrue(Math.abs(regular.getY() - chattering.getY()) >= DiagramGeometry.HEIGHT + MIN_GAP);
        ProjectionLabelsUiTest.assertLabelsApart(editor.canvas());
        Screenshots.save(editor.canvas().getShell(), "network-editor-auto-layout-course");
        page.closeEditor(editor, false);
    }

    /** Whether the boxes of p and q come closer than {@link #MIN_GAP} in both directions. */
    private static boolean overlaps(Node p, Node q) {
        boolean apartX = p.getX() + DiagramGeometry.WIDTH + MIN_GAP <= q.getX()
                || q.getX() + DiagramGeometry.WIDTH + MIN_GAP <= p.getX();
        boolean apartY = p.getY() + DiagramGeometry.HEIGHT + MIN_GAP <= q.getY()
                || q.getY() + DiagramGeometry.HEIGHT + MIN_GAP <= p.getY();
        return !apartX && !apartY;
    }

    private static double[][] positions(List<Node> nodes) {
        double[][] out = new double[nodes.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new double[] {nodes.get(k).getX(), nodes.get(k).getY()};
        }
        return out;
    }
}
