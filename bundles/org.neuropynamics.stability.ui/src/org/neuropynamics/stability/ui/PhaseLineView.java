package org.neuropynamics.stability.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.stability.phaseplane.PhaseLine;
import org.neuropynamics.stability.phaseplane.SaddleNode;
import org.neuropynamics.stability.phaseplane.SaddleNodeLocator;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.stability.PhaseLineNotes;
import org.neuropynamics.stability.draw.LinePainter;
import org.neuropynamics.ui.jobs.Recomputation;

/**
 * One-dimensional stability: the graph of F in {@code x' = F(x)} for a one-variable model ({@code inap} by
 * default), its equilibria classified, the flow on the axis, sliders moving the curve live, and the
 * saddle-node values of the input parameter where equilibria merge.
 */
public final class PhaseLineView extends ViewPart implements org.neuropynamics.ui.ModelLists {

    /** View id. */
    public static final String ID = "org.neuropynamics.stability.ui.views.phaseLine";

    /** What the canvas shows. */
    public record Picture(PhaseLine line, List<SaddleNode> folds, String foldParameter) {
    }

    private Combo models;
    private final java.util.List<String> modelIds = new java.util.ArrayList<>();
    private Text from;
    private Text to;
    private ParameterControls parameters;
    private FigureCanvas canvas;
    private Label summary;
    private Model model;
    private double[] params;
    private Picture picture;
    private Recomputation<Supplier<Picture>, Picture> computer;
    /** Saddle-node values by the parameters other than the scanned one (they do not depend on it). */
    private final java.util.Map<String, List<SaddleNode>> foldCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The model list: every 1-D flow without a spike rule, by name (issue 17's dropins test reads it). */
    @Override
    public java.util.List<String[]> modelItems() {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < modelIds.size(); i++) {
            out.add(new String[] {modelIds.get(i), models.getItem(i)});
        }
        return out;
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        // the controls scroll when the view is short (the summary under the sliders was cut at 1280x720, issue 18)
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(sash,
                SWT.V_SCROLL);
        Composite left = new Composite(scroll, SWT.NONE);
        left.setLayout(new GridLayout(2, false));
        new Label(left, SWT.NONE).setText("Model");
        models = new Combo(left, SWT.READ_ONLY);
        for (String id : ModelRegistry.getDefault().ids()) {
            Model m = ModelRegistry.getDefault().get(id);
            if (m.kind() == Model.Kind.FLOW && m.dimension() == 1 && m.spikeRule() == null) {
                // the models' names, as the other views show them; the ids stay behind them
                models.add(m.name());
                modelIds.add(id);
            }
        }
        models.addListener(SWT.Selection, e -> {
            int i = models.getSelectionIndex();
            if (i >= 0) {
                selectModel(modelIds.get(i));
            }
        });
        new Label(left, SWT.NONE).setText("from");
        from = new Text(left, SWT.BORDER);
        new Label(left, SWT.NONE).setText("to");
        to = new Text(left, SWT.BORDER);
        for (Text t : new Text[] {from, to}) {
            t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            t.addListener(SWT.DefaultSelection, e -> recompute());
            t.addListener(SWT.FocusOut, e -> recompute());
        }
        parameters = new ParameterControls(left, v -> {
            params = v;
            recompute();
        });
        parameters.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        summary = new Label(left, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        sd.widthHint = 260;
        summary.setLayoutData(sd);
        scroll.setContent(left);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(
                left.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        canvas = new FigureCanvas(sash);
        canvas.setExportName("phase-line");
        FigureExportActions.installContextMenu(canvas);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> canvas);
        // at 1280x720 with a tutorial open, 30 % left the sliders no width, 45 % about 100 px
        sash.setWeights(50, 50);
        computer = new Recomputation<Supplier<Picture>, Picture>(parent.getDisplay(), "Computing the phase line",
                (work, monitor) -> work.get(), new Recomputation.Handler<>() {
                    @Override
                    public void done(Supplier<Picture> work, Picture p) {
                        show(p);
                    }

                    @Override
                    public void failed(Supplier<Picture> work, Throwable e) {
                        summary.setText("Cannot compute: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    }
                }).newestOnly();
        selectModel(modelIds.contains("inap") ? "inap" : modelIds.isEmpty() ? null : modelIds.get(0));
    }

    /** The model list (names of the models; for tests). */
    public Combo modelCombo() {
        return models;
    }

    /** Shows a one-variable catalogue model. */
    public void selectModel(String id) {
        if (id == null) {
            summary.setText("No one-variable model without reset is installed.");
            return;
        }
        model = ModelRegistry.getDefault().get(id);
        int index = modelIds.indexOf(id);
        if (index >= 0) {
            models.select(index);
        }
        params = model.defaultParameters();
        boolean mV = "mV".equals(model.variables().get(0).unit());
        from.setText(mV ? "-100" : "-3");
        to.setText(mV ? "50" : "3");
        foldCache.clear();
        parameters.show(model, params);
        canvas.getParent().layout(true, true);
        recompute();
    }

    /** Sets a parameter as if its slider moved. */
    public void setParameter(String name, double value) {
        parameters.set(name, value);
    }

    /** The picture shown (null before the first result). */
    public Picture picture() {
        return picture;
    }

    private void recompute() {
        if (model == null) {
            return;
        }
        double a;
        double b;
        try {
            a = Double.parseDouble(from.getText().strip());
            b = Double.parseDouble(to.getText().strip());
        } catch (NumberFormatException e) {
            summary.setText("The range needs two numbers, from < to.");
            return;
        }
        if (!(a < b)) {
            summary.setText("The range needs from < to.");
            return;
        }
        Model m = model;
        double[] p = params.clone();
        int current = m.currentParameterIndex().orElse(-1);
        // the folds depend on every parameter but the one scanned: recomputed only when those change
        double[] others = p.clone();
        if (current >= 0) {
            others[current] = 0;
        }
        String key = m.id() + java.util.Arrays.toString(others) + a + ":" + b;
        if (foldCache.size() > 64) {
            foldCache.clear();
        }
        computer.request(() -> {
            PhaseLine line = PhaseLine.compute(m, p, a, b, 600);
            List<SaddleNode> f = List.of();
            if (current >= 0) {
                Parameter cp = m.parameters().get(current);
                f = foldCache.computeIfAbsent(key, k -> new SaddleNodeLocator(m, cp.name()).scanPoints(60)
                        .locate(p, cp.min(), cp.max(), StateWindow.of(a, b)));
            }
            return new Picture(line, f, current >= 0 ? cp(m, current) : null);
        });
    }

    private void show(Picture p) {
        if (canvas.isDisposed()) {
            return;
        }
        picture = p;
        StringBuilder s = new StringBuilder();
        for (Equilibrium e : p.line().equilibria()) {
            s.append(String.format(Locale.ROOT, "%s = %s: %s (F' = %s)%n", model.variables().get(0).name(),
                    ResultTables.num(e.state()[0]), e.detail(), ResultTables.num(e.eigenvalues()[0].re())));
        }
        if (p.line().equilibria().isEmpty()) {
            s.append("No equilibrium in the range: the state runs away.\n");
        }
        s.append(foldNote(p) == null ? "" : foldNote(p));
        summary.setText(s.toString());
        summary.getParent().layout(true, true);
        if (summary.getParent().getParent() instanceof org.eclipse.swt.custom.ScrolledComposite sc) {
            sc.setMinSize(summary.getParent().computeSize(sc.getClientArea().width, SWT.DEFAULT));
        }
        String variable = model.variables().get(0).name();
        String title = model.name() + title();
        String note = foldNote(p);
        canvas.setPainting((c, w, h) -> LinePainter.paint(c, w, h, p.line(), variable, title, note),
                () -> csv(p, variable));
    }

    private static String csv(Picture p, String variable) {
        StringBuilder s = new StringBuilder(variable + ",F\n");
        for (int k = 0; k < p.line().x().length; k++) {
            s.append(String.format(Locale.ROOT, "%.10g,%.10g%n", p.line().x()[k], p.line().f()[k]));
        }
        return s.toString();
    }

    private static String cp(Model m, int index) {
        return m.parameters().get(index).name();
    }

    private String title() {
        int current = model.currentParameterIndex().orElse(-1);
        return current < 0 ? "" : ", " + model.parameters().get(current).name() + " = "
                + ParameterControls.format(params[current]);
    }

    private static String foldNote(Picture p) {
        return PhaseLineNotes.foldNote(p.folds(), p.foldParameter());
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (computer != null) {
            computer.dispose();
        }
        super.dispose();
    }
}
