package org.neuropynamics.dendrites.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.dendrites.jeffress.DetectorSettings;
import org.neuropynamics.dendrites.jeffress.JeffressConfig;
import org.neuropynamics.dendrites.jeffress.JeffressResult;
import org.neuropynamics.dendrites.figures.JeffressFigure;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.jobs.Recomputation;
import org.neuropynamics.ui.widgets.ParameterPanel;

/**
 * The Jeffress delay line: the workbench's parameter panel for the two input times, N and delta, the detector
 * model; the figure is recomputed by the workbench's latest-only {@link Recomputation} while a slider moves
 * (a newer request cancels the running one, stale results are dropped).
 */
public class JeffressView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.jeffress";

    private static final List<Parameter> INPUTS = List.of(
            new Parameter("Left input", "ms", 2.0, 2, 4, 0.01, "Arrival time of the left input"),
            new Parameter("Right input", "ms", 2.2, 2, 4, 0.01, "Arrival time of the right input"),
            new Parameter("Detectors N", "", 7, 2, 20, 1, "Number of coincidence detectors"),
            new Parameter("Delay step", "ms", 0.1, 0.05, 0.5, 0.01, "Delay between neighbouring detectors"));

    private ParameterPanel inputs;
    private Combo model;
    private Label status;
    private FigureCanvas figure;
    private JeffressResult shown;
    private Recomputation<JeffressConfig, JeffressFigure> recomputation;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Composite controls = ControlColumn.create(parent);
        inputs = new ParameterPanel(controls, SWT.NONE);
        inputs.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        inputs.setParameters(INPUTS, null);
        inputs.addChangeListener(c -> recompute());
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
        recomputation = new Recomputation<>(parent.getDisplay(), "Jeffress delay line",
                (config, monitor) -> JeffressFigure.compute(config, ModelRegistry.getDefault(), monitor),
                new Recomputation.Handler<>() {
                    @Override
                    public void done(JeffressConfig config, JeffressFigure f) {
                        show(f);
                    }

                    @Override
                    public void failed(JeffressConfig config, Throwable error) {
                        if (!status.isDisposed()) {
                            status.setText("Cannot simulate: " + error.getMessage());
                        }
                    }
                });
        FigureExportActions.installContextMenu(figure);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> figure);
        ControlColumn.refit(controls);
        recompute();
    }

    /** Sets every input at once (the cheat sheet and tests) and recomputes. */
    public void setInputs(double leftMs, double rightMs, int n, double deltaMs, String modelId) {
        model.select(Math.max(0, DetectorSettings.MODELS.indexOf(modelId)));
        inputs.setValues(Map.of("Left input", leftMs, "Right input", rightMs, "Detectors N", (double) n,
                "Delay step", deltaMs));
    }

    /** The left input time in ms. */
    public double left() {
        return inputs.value("Left input");
    }

    /** The right input time in ms. */
    public double right() {
        return inputs.value("Right input");
    }

    /** The number of detectors. */
    public int detectors() {
        return (int) Math.round(inputs.value("Detectors N"));
    }

    /** The delay step in ms. */
    public double delta() {
        return inputs.value("Delay step");
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

    /** True until the newest request's result (or its error) is shown. */
    public boolean isComputing() {
        return recomputation != null && !recomputation.isIdle();
    }

    private void recompute() {
        JeffressConfig config;
        try {
            config = JeffressConfig.of(left(), right(), detectors(), delta(), model());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        recomputation.request(config);
    }

    @Override
    public void dispose() {
        if (recomputation != null) {
            recomputation.dispose();
        }
        super.dispose();
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
        ControlColumn.refit(status.getParent());
    }

    @Override
    public void setFocus() {
        figure.setFocus();
    }
}
