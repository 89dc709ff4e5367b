package org.neuropynamics.singleneuron.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.plot.Plot;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.SpikeTrain;
import org.neuropynamics.ui.charts.TraceChart;

/**
 * The traces tab: a status line (spikes, rate, ISIs, or the core's message when a run failed), the membrane
 * potential chart and, linked on the same time axis, the chart of recovery or gating variables.
 */
final class TracesPane {

    private static final Color ERROR = new Color(176, 0, 32);
    private static final Color INK = new Color(34, 34, 34);

    final Composite control;
    final Label status;
    final TraceChart voltage;
    final TraceChart variables;
    private final SashForm charts;

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
        charts = new SashForm(control, SWT.VERTICAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        voltage = new TraceChart(charts, SWT.NONE);
        variables = new TraceChart(charts, SWT.NONE);
        variables.setMirrorAxis(true);
        voltage.linkXAxis(variables);
        charts.setWeights(3, 2);
    }

    /** Shows a run. */
    void show(NeuronExperiment e, Trace trace) {
        voltage.setInput(SingleNeuronFigure.voltagePlot(e, trace));
        Plot other = SingleNeuronFigure.variablesPlot(e, trace);
        if (other == null) {
            charts.setMaximizedControl(voltage);
        } else {
            charts.setMaximizedControl(null);
            variables.setInput(other);
        }
        status.setForeground(INK);
        double[] window = e.inputWindow();
        String name = e.inputWindowIsPartOfRun() ? "while the input is on" : "the whole run";
        setStatus(SpikeTrain.of(trace.spikeTimes(), window[0], window[1]).summary(name) + "  (" + e.model().name()
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

    /** The SWTChart widgets that are shown, top to bottom. */
    List<Chart> shownCharts() {
        return charts.getMaximizedControl() == voltage ? List.of(voltage.getChart())
                : List.of(voltage.getChart(), variables.getChart());
    }
}
