package org.neuropynamics.singleneuron.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelDescriptor;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.Series;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.Stimulus;
import org.neuropynamics.singleneuron.ui.SingleNeuronPerspective;
import org.neuropynamics.singleneuron.ui.SingleNeuronView;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.tests.Screenshots;
import org.neuropynamics.ui.tests.Widgets;

/**
 * Drives the Single Neuron view through its widgets, found by their data ({@link Widgets}), and reads what it
 * shows from the widgets and the figure model of its {@link FigureCanvas}: the view has no accessors for tests.
 * {@link #described()} is the experiment the controls describe; {@link #waitShown()} waits until the traces figure
 * is the figure of that experiment's run, computed here by the core.
 */
final class Ui {

    final Composite root;

    private Ui(Composite root) {
        this.root = root;
    }

    /** The view's widgets in the active window (the view must be open). */
    static Ui find() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        return new Ui(Widgets.named(shell, Composite.class, SingleNeuronView.ID));
    }

    /** Opens the perspective and the view at 1400 x 900 and waits for its first run. */
    static Ui openView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1400, 900);
        window.getWorkbench().showPerspective(SingleNeuronPerspective.ID, window);
        window.getActivePage().showView(SingleNeuronView.ID);
        Ui ui = find();
        ui.showTab("Traces");
        ui.waitShown();
        return ui;
    }

    // ---- the controls

    Combo modelCombo() {
        return Widgets.named(root, Combo.class, "model");
    }

    /** Chooses a model of the registry by id, as a user picks its name. */
    void selectModel(String id) {
        Widgets.select(modelCombo(), descriptor(id).name());
    }

    /** The ids of the registry's models in the order of the chooser (the view lists the registry's models). */
    static List<String> modelIds() {
        return ModelRegistry.getDefault().descriptors().stream().map(ModelDescriptor::id).toList();
    }

    private static ModelDescriptor descriptor(String id) {
        return ModelRegistry.getDefault().descriptors().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no model " + id));
    }

    Text field(String parameter) {
        return Widgets.find(root, Text.class, "parameter", parameter);
    }

    Scale slider(String parameter) {
        return Widgets.find(root, Scale.class, "parameter", parameter);
    }

    /** The message next to a parameter's field ("" when none is shown). */
    String parameterMessage(String parameter) {
        Label l = Widgets.find(root, Label.class, "parameter", parameter);
        return l.getVisible() ? l.getText() : "";
    }

    /** Types a value into a parameter's field and presses Enter. */
    void set(String parameter, String value) {
        Widgets.type(field(parameter), value);
    }

    void preset(String name) {
        Widgets.click(Widgets.find(root, Button.class, "preset", name));
    }

    void resetParameters() {
        Widgets.click(Widgets.find(root, Button.class, "action", "reset"));
    }

    /** Chooses the integrator and types the step. */
    void integrator(String method, String dt) {
        Widgets.select(Widgets.named(root, Combo.class, "method"), method);
        Widgets.type(Widgets.named(root, Text.class, "dt"), dt);
    }

    String text(String name) {
        return Widgets.named(root, Text.class, name).getText();
    }

    /** The status line above the traces. */
    String status() {
        return Widgets.named(root, Label.class, "status").getText();
    }

    String label(String name) {
        return Widgets.named(root, Label.class, name).getText();
    }

    FigureCanvas traces() {
        return Widgets.named(root, FigureCanvas.class, "traces");
    }

    FigureCanvas fiCurve() {
        return Widgets.named(root, FigureCanvas.class, "fi-curve");
    }

    void showTab(String title) {
        Widgets.showTab(root, title);
    }

    // ---- what the view shows

    /** The model the chooser shows (a model of the registry). */
    Model model() {
        int i = modelCombo().getSelectionIndex();
        List<ModelDescriptor> all = ModelRegistry.getDefault().descriptors();
        if (i < 0 || i >= all.size()) {
            throw new AssertionError("the chooser shows no model of the registry: " + modelCombo().getText());
        }
        return ModelRegistry.getDefault().get(all.get(i).id());
    }

    /** The experiment the controls describe: model, integrator, step, duration, protocol and parameters. */
    NeuronExperiment described() {
        Model m = model();
        double[] values = new double[m.parameters().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.parseDouble(field(m.parameters().get(i).name()).getText().strip());
        }
        String method = Widgets.named(root, Combo.class, "method").getText();
        double dt = Double.parseDouble(text("dt"));
        Stimulus.Kind kind = Stimulus.Kind.values()[Widgets.named(root, Combo.class, "protocol").getSelectionIndex()];
        Stimulus s = new Stimulus(kind, Double.parseDouble(text("onset")), Double.parseDouble(text("offset")),
                Double.parseDouble(text("pulse-width")), Double.parseDouble(text("pulse-period")));
        return NeuronExperiment.courseDefaults(m, method, dt).withParameters(values)
                .withStimulus(s, Double.parseDouble(text("duration")));
    }

    /**
     * Waits until the traces show the run of the experiment the controls describe (computed here by the core:
     * same title and the same potential, sample for sample) and returns that run.
     */
    Trace waitShown() {
        return waitShown(60);
    }

    Trace waitShown(long seconds) {
        Display display = root.getDisplay();
        Screenshots.spin(display, 20);
        NeuronExperiment e = described();
        Trace trace = Simulation.run(e.request());
        Figure expected = SingleNeuronFigure.figure(e, trace);
        waitFor(() -> sameData(traces().shownFigure(), expected), seconds * 1000,
                "the traces of " + e.model().id() + " " + Arrays.toString(e.parameters()));
        Screenshots.spin(display, 30);
        return trace;
    }

    /** Same title, panels and data (the zoom may differ). */
    static boolean sameData(Figure a, Figure b) {
        if (a == null || b == null || !a.title().equals(b.title()) || a.panels().size() != b.panels().size()) {
            return false;
        }
        for (int p = 0; p < a.panels().size(); p++) {
            List<Series> sa = a.panels().get(p).series();
            List<Series> sb = b.panels().get(p).series();
            if (sa.size() != sb.size()) {
                return false;
            }
            for (int k = 0; k < sa.size(); k++) {
                if (!sa.get(k).id().equals(sb.get(k).id()) || !Arrays.equals(sa.get(k).x(), sb.get(k).x())
                        || !Arrays.equals(sa.get(k).y(), sb.get(k).y())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The series of the traces figure with this id (voltage, spikes, threshold, current, var-NAME). */
    Series series(String id) {
        Figure f = traces().shownFigure();
        return f.panels().stream().flatMap(p -> p.series().stream()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + id));
    }

    /**
     * Waits until the f-I computation has ended (Compute enabled again) and the f-I figure is the curve of the
     * model {@code id}; returns the figure.
     */
    Figure waitForFiCurve(String id) {
        return waitForFiCurve(id, 120);
    }

    Figure waitForFiCurve(String id, long seconds) {
        Button compute = Widgets.named(root, Button.class, "fi-compute");
        waitFor(() -> compute.isEnabled() && fiCurve().shownFigure() != null
                && fiCurve().exportName().equals("fi-curve-" + id), seconds * 1000, "the f-I curve of " + id);
        return fiCurve().shownFigure();
    }

    /** Index of the sample nearest to {@code at}. */
    static int nearestIndex(double[] t, double at) {
        int best = 0;
        for (int i = 0; i < t.length; i++) {
            if (Math.abs(t[i] - at) < Math.abs(t[best] - at)) {
                best = i;
            }
        }
        return best;
    }

    static void waitFor(BooleanSupplier condition, long timeoutMs, String message) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + message);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static void spin(Display display, long millis) {
        Screenshots.spin(display, millis);
    }

    /** Saves a PNG of the workbench window into target/screenshots. */
    static Path screenshot(String name) throws Exception {
        return Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }
}
