package org.neuropynamics.dendrites.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.dendrites.jeffress.DetectorSettings;
import org.neuropynamics.dendrites.jeffress.JeffressConfig;
import org.neuropynamics.dendrites.jeffress.JeffressResult;
import org.neuropynamics.dendrites.figures.JeffressFigure;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;

/**
 * The Jeffress delay line: sliders for the two input times, N and delta, the detector model; the figure is
 * recomputed in a job while a slider moves (the newest request cancels the previous one).
 */
public class JeffressView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.jeffress";
    /** Family of the view's computation jobs (tests join it). */
    public static final Object JOB_FAMILY = new Object();

    private SliderRow left;
    private SliderRow right;
    private SliderRow size;
    private SliderRow delta;
    private Combo model;
    private Label status;
    private FigureCanvas figure;
    private JeffressResult shown;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayout(new GridLayout(3, false));
        controls.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        ((GridData) controls.getLayoutData()).widthHint = 370;
        left = new SliderRow(controls, "Left input", 2, 4, 0.01, 2.0, "ms", v -> recompute());
        right = new SliderRow(controls, "Right input", 2, 4, 0.01, 2.2, "ms", v -> recompute());
        size = new SliderRow(controls, "Detectors N", 2, 20, 1, 7, "", v -> recompute());
        delta = new SliderRow(controls, "Delay step", 0.05, 0.5, 0.01, 0.1, "ms", v -> recompute());
        new Label(controls, SWT.NONE).setText("Detector");
        model = new Combo(controls, SWT.READ_ONLY);
        model.setItems(DetectorSettings.MODELS.toArray(String[]::new));
        model.select(0);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        model.addListener(SWT.Selection, e -> recompute());
        status = new Label(controls, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        figure = new FigureCanvas(parent);
        figure.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figure.setExportName("jeffress");
        figure.setMessage("computing...");
        FigureExportActions.installContextMenu(figure);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> figure);
        recompute();
    }

    /** Sets every input at once (the cheat sheet and tests) and recomputes. */
    public void setInputs(double leftMs, double rightMs, int n, double deltaMs, String modelId) {
        left.set(leftMs);
        right.set(rightMs);
        size.set(n);
        delta.set(deltaMs);
        model.select(Math.max(0, DetectorSettings.MODELS.indexOf(modelId)));
        recompute();
    }

    /** The left input time in ms. */
    public double left() {
        return left.get();
    }

    /** The right input time in ms. */
    public double right() {
        return right.get();
    }

    /** The number of detectors. */
    public int detectors() {
        return (int) Math.round(size.get());
    }

    /** The delay step in ms. */
    public double delta() {
        return delta.get();
    }

    /** The detector model's id. */
    public String model() {
        int i = model.getSelectionIndex();
        return DetectorSettings.MODELS.get(Math.max(0, i));
    }

    /** The status line ("Winner: detector 4 ..."). */
    public String statusText() {
        return status.getText();
    }

    /** The last result shown, or null. */
    public JeffressResult result() {
        return shown;
    }

    /** The newest request; results of older ones are dropped. */
    private int generation;
    /** The request whose result (or error) is shown. */
    private int shownGeneration;

    /** True until the newest request's result (or its error) is shown. */
    public boolean isComputing() {
        return shownGeneration != generation;
    }

    private void recompute() {
        // a cancelled job may still finish (after a newer one, on a loaded machine): only the newest is shown
        final int mine = ++generation;
        if (job != null) {
            job.cancel();
        }
        JeffressConfig config;
        try {
            config = JeffressConfig.of(left.get(), right.get(), (int) Math.round(size.get()), delta.get(),
                    model.getText());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        job = new Job("Jeffress delay line") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                RunMonitor rm = new RunMonitor() {
                    @Override
                    public boolean isCanceled() {
                        return monitor.isCanceled();
                    }

                    @Override
                    public void worked(double fraction) {
                    }
                };
                try {
                    JeffressFigure f = JeffressFigure.compute(config, ModelRegistry.getDefault(), rm);
                    figure.getDisplay().asyncExec(() -> {
                        if (mine == generation) {
                            shownGeneration = mine;
                            show(f);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (RunCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    figure.getDisplay().asyncExec(() -> {
                        shownGeneration = mine;
                        status.setText("Cannot simulate: " + e.getMessage());
                    });
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule(20);
    }

    private void show(JeffressFigure f) {
        if (figure.isDisposed()) {
            return;
        }
        JeffressResult r = f.result();
        shown = r;
        figure.setPainting((c, w, h) -> {
            f.paint(c, w, h);
            return null;
        }, f::csv);
        status.setText("Winner: " + (r.winner().isPresent() ? "detector " + r.winner().getAsInt() : "none fired")
                + "\nAnalytic k* = (N+1)/2 + (tR - tL)/(2 delta) = " + JeffressFigure.number(r.config().coincidentDetector())
                + "\nWeight " + JeffressFigure.number(r.config().detector().weight()) + " mV per input: one input is "
                + "subthreshold, two coincident inputs fire.");
        status.getParent().layout();
    }

    @Override
    public void setFocus() {
        figure.setFocus();
    }
}
