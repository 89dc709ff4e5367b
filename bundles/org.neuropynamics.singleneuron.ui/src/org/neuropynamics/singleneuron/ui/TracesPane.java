package org.neuropynamics.singleneuron.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.SpikeTrain;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;

/**
 * The traces tab: a status line (spikes, rate, ISIs, or the core's message when a run failed) and the figure of
 * the run, {@link SingleNeuronFigure#figure}: the membrane potential above the recovery or gating variables on
 * the same time axis, painted by the figure layer exactly as the PNG, SVG and {@code neuropynamics render
 * single-neuron} draw it (docs/architecture.md, "The figure layer"). Zoom, pan and hover are the canvas's
 * {@code FigureNavigation}; the zoom stays while new runs replace the figure.
 */
final class TracesPane {

    private static final Color ERROR = new Color(176, 0, 32);
    private static final Color INK = new Color(34, 34, 34);

    final Composite control;
    final Label status;
    final FigureCanvas figure;

    TracesPane(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        control.setLayout(layout);
        control.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        status = new Label(control, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        status.setData("name", "status");
        figure = new FigureCanvas(control);
        figure.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figure.setData("name", "traces");
        figure.setExportName("single-neuron");
        figure.enableNavigation();
        figure.setMessage("Simulating...");
        FigureExportActions.installContextMenu(figure);
    }

    /** Shows a run and its figure, {@link SingleNeuronFigure#figure}{@code (e, trace)}. */
    void show(NeuronExperiment e, Trace trace, org.neuropynamics.plot.Figure runFigure) {
        figure.setExportName(e.model().id());
        figure.showFigure(runFigure,
                () -> FigureFiles.csv(SingleNeuronFigure.table(e, trace)));
        status.setForeground(INK);
        double[] window = e.inputWindow();
        setStatus(SpikeTrain.of(trace.spikeTimes(), window[0], window[1]).summary(SingleNeuronFigure.windowName(e)) + "  (" + e.model().name()
                + ", " + e.method() + ", dt " + e.dt() + " ms)");
    }

    /** Shows the message of a failed run in the status line; the last good traces stay. */
    void showError(String message) {
        status.setForeground(ERROR);
        setStatus(message);
    }

    private void setStatus(String text) {
        if (!text.equals(status.getText())) {
            int before = status.computeSize(status.getSize().x, SWT.DEFAULT).y;
            status.setText(text);
            if (status.computeSize(status.getSize().x, SWT.DEFAULT).y != before) {
                control.layout(true);
            }
        }
    }
}
