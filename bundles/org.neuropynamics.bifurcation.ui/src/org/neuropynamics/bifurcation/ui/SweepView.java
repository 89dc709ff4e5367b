package org.neuropynamics.bifurcation.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.bifurcation.draw.SweepFigure;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.bifurcation.sweep.SpikeTriggeredSweep;
import org.neuropynamics.bifurcation.sweep.SweepRequest;
import org.neuropynamics.bifurcation.sweep.SweepResult;
import org.neuropynamics.ui.jobs.LongJob;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureNavigation;

/**
 * The course's spike-triggered bifurcation diagram: for each value of a parameter, run the neuron past a
 * transient and plot a variable at every spike. Runs in parallel on all cores as a cancellable Job.
 */
public final class SweepView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.bifurcation.ui.views.sweep";

    private Combo example;
    private Text model;
    private Text parameter;
    private Text from;
    private Text to;
    private Text count;
    private Text observe;
    private Text transientMs;
    private Text recordedMs;
    private Button run;
    private Button cancel;
    private ChartCanvas canvas;
    private Label status;
    private SweepExample current = SweepExample.ADEX;
    private LongJob<SweepResult> job;
    private SweepResult result;
    private SweepRequest request;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        // one row of labelled fields that wraps: with a tutorial open at 1280x720 the fields ran off the right
        // edge (issue 18)
        Composite row = new Composite(parent, SWT.NONE);
        GridData rd = new GridData(SWT.FILL, SWT.TOP, true, false);
        rd.widthHint = 200;
        row.setLayoutData(rd);
        ControlRow.wrap(row);
        Composite row2 = row;
        Composite exampleGroup = ControlRow.group(row, 2);
        new Label(exampleGroup, SWT.NONE).setText("Example");
        example = new Combo(exampleGroup, SWT.READ_ONLY);
        SweepExample.ALL.forEach(e -> example.add(e.label()));
        model = ControlRow.field(row, "Model", 80);
        parameter = ControlRow.field(row, "Parameter", 40);
        from = ControlRow.field(row, "from", 55);
        to = ControlRow.field(row, "to", 55);
        count = ControlRow.field(row, "values", 35);
        observe = ControlRow.field(row, "observe", 30);
        transientMs = ControlRow.field(row2, "transient (ms)", 45);
        recordedMs = ControlRow.field(row2, "recorded (ms)", 45);
        Composite buttons = ControlRow.group(row2, 2);
        run = new Button(buttons, SWT.PUSH);
        run.setText("Run");
        cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        canvas = new ChartCanvas(parent);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> canvas);
        canvas.setExportName("spike-triggered-sweep");
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setMessage("Choose an example and press Run.");
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        example.addListener(SWT.Selection, e -> showExample(SweepExample.ALL.get(example.getSelectionIndex())));
        run.addListener(SWT.Selection, e -> run());
        cancel.addListener(SWT.Selection, e -> cancel());
        canvas.navigation().addListener(new FigureNavigation.Listener() {
            @Override
            public void hovered(FigureNavigation.Pointer p) {
                String text = request == null || p == null ? null
                        : String.format(Locale.ROOT, "%s = %.6g, %s = %.6g", request.parameter(), p.x(),
                                request.observed(), p.y());
                canvas.setToolTipText(text);
            }
        });
        showExample(SweepExample.ADEX);
    }

    /** Fills the fields with one of the course's examples. */
    public void showExample(String key) {
        showExample(SweepExample.byKey(key));
    }

    private void showExample(SweepExample e) {
        current = e;
        example.select(SweepExample.ALL.indexOf(e));
        model.setText(e.model());
        parameter.setText(e.parameter());
        from.setText(String.valueOf(e.from()));
        to.setText(String.valueOf(e.to()));
        count.setText(String.valueOf(e.values()));
        observe.setText(e.observed());
        transientMs.setText("1000");
        recordedMs.setText("1000");
    }

    /** Sets the number of values (fewer for a quick look). */
    public void setValues(int n) {
        count.setText(String.valueOf(n));
    }

    /** Starts the sweep with the fields' values. */
    public void run() {
        cancel();
        SweepRequest r;
        try {
            r = request();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        request = r;
        run.setEnabled(false);
        cancel.setEnabled(true);
        canvas.setMessage("Sweeping " + r.values() + " values of " + r.parameter() + " on all cores...");
        status.setText("Running (cancel with the Cancel button or in the Progress view).");
        long t0 = System.nanoTime();
        job = LongJob.start("Spike-triggered sweep of " + r.model().name() + " in " + r.parameter(),
                canvas.getDisplay(), m -> SpikeTriggeredSweep.run(r, m), res -> shown(r, res, t0), this::failed,
                () -> failed("Sweep cancelled."));
    }

    /** Cancels a running sweep. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** True while a sweep runs. */
    public boolean isRunning() {
        return job != null && job.getState() != org.eclipse.core.runtime.jobs.Job.NONE;
    }

    /** The last result, or null. */
    public SweepResult result() {
        return result;
    }

    private SweepRequest request() {
        String id = model.getText().strip();
        if (!ModelRegistry.getDefault().contains(id)) {
            throw new IllegalArgumentException("Model: unknown model id '" + id + "'");
        }
        Model m = ModelRegistry.getDefault().get(id);
        SweepRequest r = new SweepRequest(m, m.defaultParameters(), parameter.getText().strip(), number(from, "from"),
                number(to, "to"), (int) number(count, "values"), observe.getText().strip(), number(transientMs, "transient"),
                number(recordedMs, "recorded"), "rk4", 0.01, 0);
        if (id.equals(current.model())) {
            for (var s : current.sets().entrySet()) {
                r = r.with(s.getKey(), s.getValue());
            }
        }
        return r;
    }

    private static double number(Text t, String what) {
        try {
            return Double.parseDouble(t.getText().strip().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + what + "' must be a number, got '" + t.getText() + "'");
        }
    }

    private void shown(SweepRequest r, SweepResult res, long t0) {
        if (canvas.isDisposed()) {
            return;
        }
        run.setEnabled(true);
        cancel.setEnabled(false);
        result = res;
        canvas.setChart(SweepFigure.chart(r, res), () -> SweepFigure.csv(r, res));
        status.setText(String.format(Locale.ROOT, "%d spikes at %d values in %.2f s.", res.points().length, r.values(),
                (System.nanoTime() - t0) / 1e9));
    }

    private void failed(String message) {
        if (canvas.isDisposed()) {
            return;
        }
        run.setEnabled(true);
        cancel.setEnabled(false);
        canvas.setMessage(message);
        status.setText(message);
    }

    public ChartCanvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        cancel();
        super.dispose();
    }
}
