package org.neuropynamics.singleneuron.ui;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.singleneuron.FiCurve;
import org.neuropynamics.singleneuron.FiCurveFigure;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.ui.WorkbenchPreferences;
import org.neuropynamics.plot.CsvTable;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.jobs.LongJob;
import org.neuropynamics.ui.widgets.ParameterValues;

/**
 * The f-I curve tab: the range of constant currents, Compute and Cancel, a progress bar, the curve and the class
 * of excitability it shows. The computation is a {@link LongJob} (Progress view, cancel; the bar here follows it)
 * running the currents in parallel.
 */
final class FiCurvePane {

    private static final Color ERROR = new Color(176, 0, 32);
    private static final Color INK = new Color(34, 34, 34);

    final Composite control;
    final Text from;
    final Text to;
    final Text points;
    final Button compute;
    final Button cancel;
    final ProgressBar progress;
    final Label summary;
    final FigureCanvas chart;
    private final Supplier<NeuronExperiment> experiment;
    private LongJob<FiCurve> job;

    FiCurvePane(Composite parent, Supplier<NeuronExperiment> experiment) {
        this.experiment = experiment;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(control, SWT.NONE);
        bar.setLayout(new GridLayout(10, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        from = field(bar, "I from", "fi-from");
        to = field(bar, "to", "fi-to");
        points = field(bar, "points", "fi-points");
        compute = new Button(bar, SWT.PUSH);
        compute.setText("Compute f-I curve");
        compute.setData("name", "fi-compute");
        compute.addListener(SWT.Selection, e -> start());
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.setData("name", "fi-cancel");
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        progress = new ProgressBar(bar, SWT.HORIZONTAL);
        progress.setMaximum(1000);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setData("name", "fi-summary");
        summary.setText("Firing rate against a constant current, each from rest: 1 s per current, the rate "
                + "from the inter-spike intervals of the last 400 ms. Type I neurons start firing at an "
                + "arbitrarily low rate, type II neurons jump to a finite rate.");
        chart = new FigureCanvas(control);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.setData("name", "fi-curve");
        chart.setExportName("fi-curve");
        chart.enableNavigation();
        FigureExportActions.installContextMenu(chart);
    }

    private static Text field(Composite bar, String label, String name) {
        new Label(bar, SWT.NONE).setText(label);
        Text t = new Text(bar, SWT.BORDER | SWT.RIGHT);
        t.setData("name", name);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, false, false);
        gd.widthHint = 60;
        t.setLayoutData(gd);
        return t;
    }

    /** Fills the range with the current parameter's slider range. */
    void showModel(NeuronExperiment e) {
        int i = e.model().currentParameterIndex().orElse(-1);
        boolean hasCurrent = i >= 0 && e.model().kind() == org.neuropynamics.core.model.Model.Kind.FLOW;
        compute.setEnabled(hasCurrent);
        if (hasCurrent) {
            Parameter p = e.model().parameters().get(i);
            from.setText(ParameterValues.format(p.min()));
            to.setText(ParameterValues.format(p.max()));
        }
        points.setText("41");
        chart.showFigure(null, null);
        chart.enableNavigation().reset();
    }

    /** Starts the computation as a Job (cancelling one in progress). */
    void start() {
        NeuronExperiment e = experiment.get();
        FiCurve.Settings settings;
        try {
            settings = new FiCurve.Settings(e.parameters(), Double.parseDouble(from.getText().strip()),
                    Double.parseDouble(to.getText().strip()), Integer.parseInt(points.getText().strip()),
                    1000, 200, e.method(), e.dt(), WorkbenchPreferences.threads());
            if (settings.points() > 2000) {
                throw new IllegalArgumentException("at most 2000 points");
            }
        } catch (IllegalArgumentException ex) {
            showSummary("f-I curve: " + ex.getMessage() + " (from, to: numbers with from < to; points: an "
                    + "integer >= 2)", true);
            return;
        }
        if (job != null) {
            job.cancel();
        }
        compute.setEnabled(false);
        cancel.setEnabled(true);
        progress.setSelection(0);
        showSummary("Computing the f-I curve of " + e.model().name() + "...", false);
        job = new LongJob<>("f-I curve of " + e.model().name(), control.getDisplay(), null,
                m -> FiCurve.compute(e.model(), settings, m), new LongJob.Outcome<>() {
                    @Override
                    public void done(FiCurve curve) {
                        if (control.isDisposed()) {
                            return;
                        }
                        chart.setExportName("fi-curve-" + curve.model().id());
                        chart.showFigure(figure(curve), () -> FigureFiles.csv(table(curve)));
                        showSummary(curve.summary(), false);
                        finished();
                    }

                    @Override
                    public void failed(String message, Throwable error) {
                        if (!control.isDisposed()) {
                            showSummary("f-I curve: " + message, true);
                            finished();
                        }
                    }

                    @Override
                    public void canceled() {
                        if (!control.isDisposed()) {
                            showSummary("f-I curve cancelled.", false);
                            finished();
                        }
                    }
                }).onProgress(f -> {
                    if (!progress.isDisposed()) {
                        progress.setSelection((int) Math.round(f * progress.getMaximum()));
                    }
                });
        job.setUser(false);
        job.schedule();
    }

    /** The curve as a one-panel figure (the panel's title names the class of excitability). */
    static Figure figure(FiCurve curve) {
        return new Figure("", java.util.List.of(FiCurveFigure.plot(curve)), new double[] {1});
    }

    /** The curve's data: the current and the steady rate. */
    static CsvTable table(FiCurve curve) {
        String current = curve.model().currentParameter();
        return new CsvTable(java.util.List.of(current, "rate_hz"), java.util.List.of(curve.currents(),
                curve.ratesHz()));
    }

    private void finished() {
        compute.setEnabled(true);
        cancel.setEnabled(false);
        cancel.setData("name", "fi-cancel");
    }

    private void showSummary(String text, boolean error) {
        summary.setForeground(error ? ERROR : INK);
        summary.setText(text);
        control.layout(true);
    }

    void dispose() {
        if (job != null) {
            job.cancel();
        }
    }
}
