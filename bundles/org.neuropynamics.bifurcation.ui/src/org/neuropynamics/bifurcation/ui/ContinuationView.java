package org.neuropynamics.bifurcation.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.bifurcation.draw.DiagramFigure;
import org.neuropynamics.bifurcation.draw.SolutionFigure;
import org.neuropynamics.bifurcation.draw.DiagramFigure.Pick;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.ui.jobs.LongJob;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureNavigation;

/**
 * The continuation diagram: choose a model, a parameter and its range, run the continuation as a Job, see the
 * equilibria and limit cycles with their bifurcations; hover to read values, click for the solution's time
 * series below, double-click to open the phase plane (2-D models) or the Single Neuron view there.
 */
public final class ContinuationView extends ViewPart implements org.neuropynamics.ui.ModelLists {

    /** View id. */
    public static final String ID = "org.neuropynamics.bifurcation.ui.views.continuation";

    private ContinuationControls controls;
    private ChartCanvas diagramCanvas;
    private ChartCanvas solutionCanvas;
    private Label status;
    private LongJob<BifurcationDiagram> job;
    private LongJob<?> solutionJob;
    private BifurcationDiagram diagram;
    private static final String SOLUTION_HINT = "Click a point of the diagram for its time series; double-click to "
            + "open it.";
    private DiagramFigure figure;
    private Model diagramModel;
    private double[] diagramParameters;
    private int diagramVariable;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        controls = new ContinuationControls(parent, this::run, this::cancel, this::replot);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        diagramCanvas = new ChartCanvas(sash);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> diagramCanvas);
        diagramCanvas.setExportName("bifurcation-diagram");
        diagramCanvas.setMessage("Choose a model and a parameter range, then press Run.");
        solutionCanvas = new ChartCanvas(sash);
        solutionCanvas.setExportName("solution");
        solutionCanvas.setMessage(SOLUTION_HINT);
        sash.setWeights(3, 1);
        status = new Label(parent, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        sd.widthHint = 200; // wraps to the view's width instead of asking for the whole line (was clipped at 1280 px)
        status.setLayoutData(sd);
        diagramCanvas.navigation().addListener(new FigureNavigation.Listener() {
            @Override
            public void hovered(FigureNavigation.Pointer p) {
                if (p == null) {
                    diagramCanvas.setToolTipText(null);
                } else {
                    hover(p.frame(), p.px(), p.py());
                }
            }

            @Override
            public boolean clicked(FigureNavigation.Pointer at, boolean twice) {
                Pick p = figure == null ? null : figure.nearest(at.frame(), at.px(), at.py(), 12);
                if (p != null) {
                    select(p, twice);
                }
                return p != null;
            }
        });
    }

    /** Shows a status line, wrapped to the view's width (laid out again: a longer text takes more lines). */
    private void showStatus(String text) {
        if (status.isDisposed() || status.getText().equals(text)) {
            return;
        }
        status.setText(text);
        status.getParent().layout(true, true);
    }

    @Override
    public void setFocus() {
        diagramCanvas.setFocus();
    }

    /** The model list of the controls (issue 17's dropins test reads it). */
    @Override
    public List<String[]> modelItems() {
        return controls.modelItems();
    }

    /** The controls (for commands and tests). */
    public ContinuationControls controls() {
        return controls;
    }

    /** Starts the continuation with the values of the controls; a running one is cancelled first. */
    public void run() {
        cancel();
        ContinuationControls.Settings s;
        try {
            s = controls.settings();
        } catch (IllegalArgumentException e) {
            showStatus(e.getMessage());
            return;
        }
        diagramCanvas.setMessage("Continuing " + s.parameter() + " from " + s.from() + " to " + s.to() + "...");
        showStatus("Running: equilibria first, then the limit cycles from each Hopf point (cancel in the toolbar "
                + "button or the Progress view).");
        controls.setRunning(true);
        job = LongJob.start("Continuation of " + s.model().name() + " in " + s.parameter(),
                diagramCanvas.getDisplay(),
                m -> BifurcationDiagram.compute(s.model(), s.parameters(), s.parameter(), s.from(), s.to(),
                        s.model().initialState(s.parameters()), s.cycles(), m),
                d -> shown(s, d), this::failed, () -> failed("Continuation cancelled."));
    }

    /** Cancels a running continuation. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** True while a continuation runs. */
    public boolean isRunning() {
        return job != null && job.getState() != org.eclipse.core.runtime.jobs.Job.NONE;
    }

    /** The diagram shown, or null. */
    public BifurcationDiagram diagram() {
        return diagram;
    }

    /** The figure shown, or null. */
    public DiagramFigure figure() {
        return figure;
    }

    /** The time-series chart of the selected solution, or null. */
    public org.neuropynamics.plot.Chart solutionChart() {
        return solutionCanvas.chart();
    }

    public Model diagramModel() {
        return diagramModel;
    }

    public ChartCanvas diagramCanvas() {
        return diagramCanvas;
    }

    private void shown(ContinuationControls.Settings s, BifurcationDiagram d) {
        if (diagramCanvas.isDisposed()) {
            return;
        }
        controls.setRunning(false);
        diagram = d;
        // the time series below belonged to the previous diagram (perhaps of another model): clear it
        if (solutionJob != null) {
            solutionJob.cancel();
        }
        solutionCanvas.setChart(null);
        solutionCanvas.setMessage(SOLUTION_HINT);
        diagramModel = s.model();
        diagramParameters = s.parameters();
        replot();
        long hopf = d.specialPoints().stream().filter(p -> p.type().name().equals("HB")).count();
        showStatus(String.format(Locale.ROOT, "%d branches, %d special points (%d Hopf). Hover to read values, "
                + "click for the time series, double-click to open the solution in its view; drag a rectangle to "
                + "zoom, double-click elsewhere for the whole diagram.", d.branches().size(),
                d.specialPoints().size(), hopf));
    }

    private void failed(String message) {
        if (diagramCanvas.isDisposed()) {
            return;
        }
        controls.setRunning(false);
        diagramCanvas.setMessage(message);
        showStatus(message);
    }

    /** Redraws the diagram for the variable chosen in the controls. */
    void replot() {
        if (diagram == null) {
            return;
        }
        diagramVariable = Math.max(0, diagramModel.variableIndex(controls.variable()));
        String unit = diagramModel.variables().get(diagramVariable).unit();
        String pUnit = diagramModel.parameters().get(diagramModel.parameterIndex(diagram.parameter())).unit();
        figure = DiagramFigure.of(diagram, diagramModel.variableNames(), diagramVariable, unit, pUnit,
                diagramModel.name() + ": bifurcation diagram in " + diagram.parameter());
        diagramCanvas.setHighlight(null);
        BifurcationDiagram d = diagram;
        java.util.List<String> names = diagramModel.variableNames();
        diagramCanvas.setChart(figure.chart(), () -> DiagramExports.csv(d, names));
    }

    private void hover(PlotFrame frame, int px, int py) {
        Pick p = figure == null ? null : figure.nearest(frame, px, py, 12);
        String text = p == null ? null : describe(p);
        diagramCanvas.setToolTipText(text);
        if (text != null) {
            showStatus(text);
        }
    }

    /** "I = 9.7754, V = -59.65 (unstable equilibrium)" and for cycles max, min and period. */
    public String describe(Pick p) {
        String name = diagramModel.variableNames().get(diagramVariable);
        if (p.point().isCycle()) {
            return String.format(Locale.ROOT, "%s = %.6g: max %s = %.6g, min %s = %.6g, %s", diagram.parameter(),
                    p.x(), name, p.point().max()[diagramVariable], name, p.point().min()[diagramVariable],
                    SolutionFigure.describe(p.point()));
        }
        return String.format(Locale.ROOT, "%s = %.6g: %s = %.6g, %s", diagram.parameter(), p.x(), name, p.y(),
                SolutionFigure.describe(p.point()));
    }

    /** Shows the solution's time series; with {@code open}, also opens it in the phase plane or single neuron view. */
    public void select(Pick p, boolean open) {
        diagramCanvas.setHighlight(new double[] {p.x(), p.y()});
        showStatus(describe(p));
        if (open) {
            SolutionOpener.open(getSite(), diagramModel, diagram.parameter(), p.x(), this::showStatus);
            return;
        }
        if (solutionJob != null) {
            solutionJob.cancel();
        }
        Model model = diagramModel;
        double[] params = diagramParameters;
        String parameter = diagram.parameter();
        int variable = diagramVariable;
        solutionCanvas.setMessage("Simulating...");
        solutionJob = LongJob.start("Time series at " + parameter + " = " + p.x(), solutionCanvas.getDisplay(),
                m -> SolutionFigure.compute(model, params, parameter, p.point(), variable, m),
                c -> {
                    if (!solutionCanvas.isDisposed()) {
                        solutionCanvas.setChart(c);
                    }
                }, msg -> {
                    if (!solutionCanvas.isDisposed()) {
                        solutionCanvas.setMessage(msg);
                    }
                }, () -> {
                });
    }

    /** Picks of the current figure (for tests). */
    public List<Pick> picks() {
        return figure == null ? List.of() : figure.picks();
    }

    @Override
    public void dispose() {
        cancel();
        if (solutionJob != null) {
            solutionJob.cancel();
        }
        super.dispose();
    }
}
