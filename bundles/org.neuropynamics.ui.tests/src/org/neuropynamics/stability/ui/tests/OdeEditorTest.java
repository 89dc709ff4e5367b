package org.neuropynamics.stability.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.plot.Series;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.ui.SingleNeuronView;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.tests.Widgets;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.stability.ui.editor.OdeEditor;
import org.neuropynamics.ui.RecentFiles;
import org.neuropynamics.ui.internal.OpenFileAction;
import org.neuropynamics.ui.tests.DialogAnswer;
import org.neuropynamics.ui.tests.Screenshots;
import org.neuropynamics.ui.tests.Waits;

/**
 * The {@code .ode} editor as a user meets it: File &gt; Open (and Open Recent) of a good and a broken file, colours,
 * the parser's problem marked at its line and column while typing, undo and redo, Save through OutputFiles (the
 * file's permissions kept, no temporary file left), the save prompt when a changed file is closed, and Run in
 * Phase Plane / Single Neuron on the edited, unsaved text. References: van der Pol at the origin has
 * J = [[0, 1], [-1, mu]], eigenvalues (mu +- i sqrt(4 - mu^2))/2 (closed form); v' = (I - v)/tau from v = 0
 * under a step of I at t0 gives v(t) = I (1 - exp(-(t - t0)/tau)) (closed form).
 */
class OdeEditorTest {

    static final String VAN_DER_POL = "# van der Pol\npar mu=1\nx' = y\ny' = mu*(1 - x^2)*y - x\naux x2 = x*2\ndone\n";
    static final String BROKEN = "par mu=1\nx' = y\ny' = mu*(1 - x^2)*y -* x\n";

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private Shell shell;

    @AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    @BeforeEach
    void window() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1280, 720);
        // where a new user starts
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    @AfterEach
    void closeEditors() {
        IWorkbenchPage page = window.getActivePage();
        for (var ref : page.getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part instanceof OdeEditor e && e.isDirty()) {
                e.setText(Files.exists(e.file()) ? read(e.file()) : "");
            }
        }
        page.closeAllEditors(false);
        PhasePlaneView plane = (PhasePlaneView) page.findView(PhasePlaneView.ID);
        if (plane != null && plane.isDirty()) {
            plane.selectSource("fitzhugh-nagumo");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private OdeEditor open(Path file) {
        new OpenFileAction(window).open(file);
        Screenshots.spin(shell.getDisplay(), 300);
        IEditorPart part = window.getActivePage().getActiveEditor();
        assertTrue(part instanceof OdeEditor, "File > Open of an .ode file opens the .ode editor: " + part);
        assertTrue(window.getActivePage().isEditorAreaVisible(), "the editor is shown");
        OdeEditor editor = (OdeEditor) part;
        Screenshots.spin(shell.getDisplay(), 200);
        org.eclipse.swt.graphics.Point size = editor.textWidget().getSize();
        assertTrue(size.x >= 400 && size.y >= 250, "the text is large enough to edit at 1280x720: " + size);
        return editor;
    }

    private static StyleRange style(StyledText text, int offset) {
        StyleRange r = text.getStyleRangeAtOffset(offset);
        assertNotNull(r, "a style at offset " + offset);
        return r;
    }

    @Test
    void fileOpenShowsTheTextWithColoursAndNoProblems() throws Exception {
        Path file = dir.resolve("vdp.ode");
        Files.writeString(file, VAN_DER_POL);
        OdeEditor editor = open(file);
        assertEquals(VAN_DER_POL, editor.text());
        assertEquals(file.toAbsolutePath().normalize(), editor.file());
        assertFalse(editor.isDirty());
        assertEquals(List.of(), editor.problems());
        assertEquals("No problems: 2 variables [x, y], 1 parameter [mu]", editor.summaryText());
        assertEquals(file.toAbsolutePath().normalize(), RecentFiles.list().get(0), "listed in Open Recent");

        StyledText text = editor.textWidget();
        StyleRange comment = style(text, 2);
        assertEquals(new RGB(56, 118, 29), comment.foreground.getRGB(), "comment colour");
        assertEquals(SWT.ITALIC, comment.fontStyle & SWT.ITALIC);
        int par = VAN_DER_POL.indexOf("par");
        StyleRange keyword = style(text, par);
        assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB(), "keyword colour");
        assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
        StyleRange one = style(text, VAN_DER_POL.indexOf("mu=1") + 3);
        assertEquals(new RGB(160, 30, 30), one.foreground.getRGB(), "number colour");
        StyleRange two = text.getStyleRangeAtOffset(VAN_DER_POL.indexOf("x2") + 1);
        assertTrue(two == null || two.foreground == null || !two.foreground.getRGB().equals(new RGB(160, 30, 30)),
                "the 2 of the name x2 is not a number");
        Screenshots.save(shell, "ode-editor");
    }

    @Test
    void aBrokenFileIsMarkedAtTheParsersLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.ode");
        Files.writeString(file, BROKEN);
        OdeEditor editor = open(file);
        assertEquals(1, editor.problems().size());
        assertEquals(3, editor.problems().get(0).line());
        assertEquals(22, editor.problems().get(0).column());
        assertTrue(editor.summaryText().startsWith("line 3, column 22:"), editor.summaryText());
        List<OdeEditor.Marker> markers = editor.markerList();
        assertEquals(1, markers.size());
        assertEquals(editor.lineOffset(3) + 21, markers.get(0).offset(), "the marker starts at line 3, column 22");
        assertTrue(markers.get(0).message().startsWith("line 3, column 22:"), markers.get(0).message());
        Screenshots.save(shell, "ode-editor-problem");
    }

    @Test
    void typingMarksAProblemAfterAPauseAndUndoRedoFollow() throws Exception {
        Path file = dir.resolve("typing.ode");
        Files.writeString(file, VAN_DER_POL);
        OdeEditor editor = open(file);
        // nothing to undo or redo before the first edit: Edit > Undo and Redo disabled (issue 18)
        assertFalse(editor.undoRedoEnabled()[0], "Undo disabled before any edit");
        assertFalse(editor.undoRedoEnabled()[1], "Redo disabled before any edit");
        assertFalse(undoCommandEnabled(), "the workbench's Undo command disabled before any edit");
        int at = VAN_DER_POL.indexOf("- x\n");
        editor.textWidget().setSelection(at + 1);
        editor.textWidget().insert("*");
        assertTrue(editor.isDirty(), "typing makes the file dirty");
        Screenshots.spin(shell.getDisplay(), 50);
        assertTrue(editor.undoRedoEnabled()[0], "Undo enabled after typing");
        assertFalse(editor.undoRedoEnabled()[1], "Redo still disabled");
        assertTrue(undoCommandEnabled(), "the workbench's Undo command enabled after typing");
        Waits.until(shell.getDisplay(), () -> !editor.problems().isEmpty(), "the problem marked after typing");
        assertEquals(4, editor.problems().get(0).line());
        assertEquals(editor.lineOffset(4) + editor.problems().get(0).column() - 1,
                editor.markerList().get(0).offset());

        assertTrue(editor.undo(), "something to undo");
        assertEquals(VAN_DER_POL, editor.text(), "undo restores the text");
        assertFalse(editor.isDirty(), "back to the saved text: not dirty");
        Waits.until(shell.getDisplay(), () -> editor.problems().isEmpty(), "the marker removed after undo");
        assertTrue(editor.markerList().isEmpty());
        assertFalse(editor.undoRedoEnabled()[0], "Undo disabled with the history undone");
        assertTrue(editor.undoRedoEnabled()[1], "Redo enabled after undo");
        assertTrue(editor.redo(), "something to redo");
        assertTrue(editor.text().contains("-* x"), "redo types it again");
        assertTrue(editor.isDirty());
    }

    /** Whether the workbench's Edit &gt; Undo command (menu and toolbar) is enabled now. */
    private boolean undoCommandEnabled() {
        Screenshots.spin(shell.getDisplay(), 50);
        org.eclipse.ui.commands.ICommandService commands = window.getService(org.eclipse.ui.commands.ICommandService.class);
        return commands.getCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO).isEnabled();
    }

    @Test
    void openInContinuationContinuesTheEditedModel() throws Exception {
        Path file = dir.resolve("vdp.ode");
        Files.writeString(file, VAN_DER_POL);
        OdeEditor editor = open(file);
        int aux = editor.text().indexOf("aux x2");
        editor.replace(aux, editor.text().indexOf("done") - aux, "");
        assertTrue(editor.openInContinuation(), "the edited model chosen in the continuation");
        org.neuropynamics.bifurcation.ui.ContinuationView view = (org.neuropynamics.bifurcation.ui.ContinuationView)
                window.getActivePage().findView(org.neuropynamics.bifurcation.ui.ContinuationView.ID);
        assertNotNull(view, "the Continuation Diagram is open");
        assertEquals("vdp", view.controls().selected().id(), "the file's model is chosen");
        assertEquals(List.of("x", "y"), view.controls().selected().variableNames());
        // van der Pol at the origin: eigenvalues (mu +- i sqrt(4 - mu^2))/2 cross the imaginary axis at mu = 0
        view.controls().setParameter("mu");
        view.controls().setRange(-1, 1);
        view.controls().setCycles(false);
        view.run();
        Waits.until(shell.getDisplay(), () -> !view.isRunning() && view.diagramModel() != null
                && view.diagramModel().id().equals("vdp"), "the continuation of the edited model ends");
        var hopf = view.diagram().specialPoints().stream().filter(p -> p.type().name().equals("HB")).toList();
        assertEquals(1, hopf.size(), "one Hopf point: " + view.diagram().specialPoints());
        assertEquals(0, hopf.get(0).parameter(), 1e-4, "Hopf at mu = 0 (closed form)");
        assertEquals(0, hopf.get(0).state()[0], 1e-6);
        Screenshots.save(shell, "ode-editor-open-in-continuation");

        // a second Open in Continuation of the same file replaces the entry instead of adding another
        editor.replace(editor.text().indexOf("mu=1"), 4, "mu=2");
        assertTrue(editor.openInContinuation());
        assertEquals("vdp", view.controls().selected().id());
        assertEquals(2, view.controls().selected().defaultParameters()[0], 0);
    }

    @Test
    void saveWritesTheTextAtomicallyAndKeepsThePermissions() throws Exception {
        Path file = dir.resolve("perm.ode");
        Files.writeString(file, VAN_DER_POL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        OdeEditor editor = open(file);
        editor.replace(0, 0, "# saved by the editor\n");
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertEquals("# saved by the editor\n" + VAN_DER_POL, Files.readString(file), "written as typed");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void closingAChangedFileAsksToSaveIt() throws Exception {
        Path file = dir.resolve("prompt.ode");
        Files.writeString(file, VAN_DER_POL);
        OdeEditor editor = open(file);
        editor.replace(0, 0, "# keep me\n");
        DialogAnswer save = DialogAnswer.press(shell.getDisplay(), "Save");
        assertTrue(window.getActivePage().closeEditor(editor, true));
        assertTrue(save.answered, "closing asked: " + save);
        assertTrue(String.join(" ", save.texts).contains("prompt.ode"), save.toString());
        assertEquals("# keep me\n" + VAN_DER_POL, Files.readString(file));

        OdeEditor again = open(file);
        again.replace(0, 0, "# drop me\n");
        DialogAnswer dontSave = DialogAnswer.press(shell.getDisplay(), "Don't Save");
        assertTrue(window.getActivePage().closeEditor(again, true));
        assertTrue(dontSave.answered);
        assertFalse(Files.readString(file).contains("drop me"), "Don't Save leaves the file alone");
    }

    @Test
    void runInPhasePlaneShowsTheEditedUnsavedSystem() throws Exception {
        Path file = dir.resolve("vdp.ode");
        Files.writeString(file, VAN_DER_POL);
        OdeEditor editor = open(file);
        int mu = VAN_DER_POL.indexOf("mu=1");
        editor.replace(mu, 4, "mu=0.5");
        assertTrue(editor.runInPhasePlane());
        PhasePlaneView view = (PhasePlaneView) window.getActivePage().findView(PhasePlaneView.ID);
        assertNotNull(view);
        assertEquals("Editor: vdp.ode", view.sourceLabel());
        assertFalse(view.isDirty());
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot() != null
                && view.lastSnapshot().result().xName().equals("x")
                && view.lastSnapshot().result().equilibria().size() == 1
                && Math.abs(view.lastSnapshot().result().equilibria().get(0).eigenvalues()[0].re() - 0.25) < 1e-6,
                "the edited van der Pol (mu = 0.5) on the plane");
        Equilibrium origin = view.lastSnapshot().result().equilibria().get(0);
        assertEquals(0, origin.state()[0], 1e-9);
        assertEquals(Classification.UNSTABLE_FOCUS, origin.type());
        for (Eigenvalue e : origin.eigenvalues()) {
            assertEquals(0.25, e.re(), 1e-9);
            assertEquals(Math.sqrt(4 - 0.25) / 2, Math.abs(e.im()), 1e-9);
        }
        assertTrue(editor.isDirty(), "the editor keeps its unsaved change");
        Screenshots.save(shell, "ode-editor-run-in-phase-plane");
    }

    @Test
    void runInSingleNeuronSimulatesTheEditedModel() throws Exception {
        Path file = dir.resolve("charging.ode");
        Files.writeString(file, "# a charging membrane\nv' = (I - v)/tau\npar I=10, tau=20\ninit v=0\ndone\n");
        OdeEditor editor = open(file);
        int tau = editor.text().indexOf("tau=20");
        editor.replace(tau, 6, "tau=10");
        assertTrue(editor.runInSingleNeuron());
        assertNotNull(window.getActivePage().findView(SingleNeuronView.ID));
        // the view's widgets (found by their data) and its figure model: the view has no accessors for tests
        org.eclipse.swt.widgets.Composite view = Widgets.named(shell, org.eclipse.swt.widgets.Composite.class,
                SingleNeuronView.ID);
        assertEquals("charging.ode (editor)", Widgets.named(view, org.eclipse.swt.widgets.Combo.class, "model")
                .getText());
        assertEquals("10", Widgets.find(view, org.eclipse.swt.widgets.Text.class, "parameter", "tau").getText(),
                "the unsaved tau");
        FigureCanvas traces = Widgets.named(view, FigureCanvas.class, "traces");
        Waits.until(shell.getDisplay(), () -> traces.shownFigure() != null
                && traces.shownFigure().title().startsWith("charging - "), "the edited model simulated");
        Series voltage = traces.shownFigure().panels().get(0).series().stream()
                .filter(s -> s.id().equals(SingleNeuronFigure.VOLTAGE)).findFirst().orElseThrow();
        double[] t = voltage.x();
        double[] v = voltage.y();
        double onset = Double.parseDouble(Widgets.named(view, org.eclipse.swt.widgets.Text.class, "onset").getText());
        int k = nearest(t, onset + 50);
        double expected = 10 * (1 - Math.exp(-(t[k] - onset) / 10));
        assertEquals(expected, v[k], 1e-3, "v at 50 ms into the step (closed form)");
        Screenshots.save(shell, "ode-editor-run-in-single-neuron");
    }

    private static int nearest(double[] t, double at) {
        int best = 0;
        for (int i = 0; i < t.length; i++) {
            if (Math.abs(t[i] - at) < Math.abs(t[best] - at)) {
                best = i;
            }
        }
        return best;
    }
}
