package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.ui.widgets.SaveLocation;

/**
 * Where saves and exports go: typing "hh-diagram.png" over the suggested name gives hh-diagram.png (the GTK save
 * dialog gave hh-diagram.png.png: it preselected only "continuation" of "continuation.png", so the typed name
 * kept the old ".png"); a name without extension gets it; the dialog fits a 1280x720 screen.
 */
class SaveLocationTest {

    @TempDir
    Path dir;

    @Test
    void theExtensionIsAddedOnlyWhenTheNameHasNone() {
        assertEquals("hh-diagram.png", SaveLocation.withExtension("hh-diagram.png", "png"));
        assertEquals("hh-diagram.png", SaveLocation.withExtension("hh-diagram", "png"));
        assertEquals("/tmp/a.v2/fig.svg", SaveLocation.withExtension("/tmp/a.v2/fig", "svg"));
        assertEquals("data.CSV", SaveLocation.withExtension("data.CSV", "csv"));
        assertEquals(".hidden.csv", SaveLocation.withExtension(".hidden", "csv"));
    }

    /** Types {@code typed} into the dialog's path field as a user would (replacing the selection) and saves. */
    private Path typeAndSave(String typed, Point[] selection, String[] shown, int[] height) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        display.timerExec(300, new Runnable() {
            int polls;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s.isVisible() && s.getData() instanceof SaveLocation) {
                        Text field = find(s, Text.class);
                        shown[0] = field.getText();
                        selection[0] = field.getSelection();
                        height[0] = s.getSize().y;
                        field.insert(typed);
                        Screenshots.spin(display, 50);
                        for (Button b : all(s)) {
                            if (b.getText().replace("&", "").equals("Save")) {
                                b.notifyListeners(SWT.Selection, new Event());
                                return;
                            }
                        }
                    }
                }
                if (polls++ < 100) {
                    display.timerExec(100, this);
                }
            }
        });
        return SaveLocation.ask(parent, "Export PNG", "continuation", "png", dir);
    }

    @Test
    void typingANameWithItsExtensionOverTheSuggestionSavesUnderThatName() throws Exception {
        Point[] selection = new Point[1];
        String[] shown = new String[1];
        int[] height = new int[1];
        Path chosen = typeAndSave("hh-diagram.png", selection, shown, height);
        assertEquals(dir.resolve("continuation.png").toString(), shown[0], "the suggestion: last folder and name");
        assertEquals(new Point(0, shown[0].length()), selection[0], "the whole path is selected");
        assertEquals(dir.resolve("hh-diagram.png"), chosen, "not hh-diagram.png.png");
        assertTrue(height[0] > 0 && height[0] < 720, "the dialog fits 720 px: " + height[0]);

        Path plain = typeAndSave("hh-diagram-2", selection, shown, height);
        assertEquals(dir.resolve("hh-diagram-2.png"), plain, "the extension is added to a bare name");
        assertTrue(!Files.exists(chosen), "asking writes nothing");
    }

    @Test
    void openAsksForAnExistingFileInAPathField() throws Exception {
        Path model = Files.writeString(dir.resolve("vdp.ode"), "x' = y\ny' = -x\n");
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        String[] problem = new String[1];
        int[] height = new int[1];
        display.timerExec(300, new Runnable() {
            int polls;
            int step;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s.isVisible() && s.getData() instanceof SaveLocation) {
                        Text field = find(s, Text.class);
                        height[0] = s.getSize().y;
                        field.setText(step == 0 ? dir.resolve("missing.ode").toString() : model.toString());
                        press(s, "Open");
                        if (step++ == 0) {
                            // the dialog stays and says why
                            problem[0] = labels(s);
                            display.timerExec(100, this);
                        }
                        return;
                    }
                }
                if (polls++ < 100) {
                    display.timerExec(100, this);
                }
            }
        });
        Path chosen = SaveLocation.askOpen(parent, "Open Model or Network", new String[] { "*.ode", "*.*" });
        assertEquals(model, chosen);
        assertTrue(problem[0].contains("There is no file " + dir.resolve("missing.ode")), problem[0]);
        assertTrue(height[0] > 0 && height[0] < 720, "the dialog fits 720 px: " + height[0]);
    }

    private static void press(Shell s, String text) {
        for (Button b : all(s)) {
            if (b.getText().replace("&", "").equals(text)) {
                b.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
    }

    private static String labels(Control c) {
        StringBuilder b = new StringBuilder();
        if (c instanceof org.eclipse.swt.widgets.Label l) {
            b.append(l.getText()).append(' ');
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                b.append(labels(child));
            }
        }
        return b.toString();
    }

    private static <T extends Control> T find(Control c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static java.util.List<Button> all(Control c) {
        java.util.List<Button> found = new java.util.ArrayList<>();
        if (c instanceof Button b) {
            found.add(b);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                found.addAll(all(child));
            }
        }
        return found;
    }

}
