package org.neuropynamics.stability.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.ui.widgets.ParameterPanel;

/**
 * The phase plane's and phase line's parameters: the UI kit's {@link ParameterPanel} (a slider, an exact-value
 * field and the unit per parameter, the model's presets and Reset), reporting every change at once so the
 * picture follows a drag. Typed values outside a parameter's range are accepted: here the range only scales the
 * slider.
 */
final class ParameterControls {

    private final ParameterPanel panel;

    ParameterControls(Composite parent, Consumer<double[]> onChange) {
        this.panel = new ParameterPanel(parent, SWT.NONE).acceptOutsideRange();
        panel.addChangeListener(c -> onChange.accept(c.values()));
    }

    Control control() {
        return panel;
    }

    /** The current values (a copy). */
    double[] values() {
        return panel.values();
    }

    /** Rebuilds the rows for a model's parameters with the given values. */
    void show(Model model, double[] initial) {
        panel.setModel(model, initial);
    }

    /** Sets one parameter programmatically (cheat sheet, tests) and reports the change. */
    void set(String name, double value) {
        panel.setValue(name, value);
    }

    static String format(double v) {
        return org.neuropynamics.stability.PlaneTitles.number(v);
    }
}
