package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;

/**
 * One slider and one number field per parameter of a model (this topic's own small panel; the shared
 * slider panel lives in the workbench bundle). Every slider movement reports the new values at once, so the
 * picture follows the drag; typed values outside the slider range are accepted.
 */
final class ParameterControls {

    private static final int STEPS = 1000;

    private final Composite panel;
    private final Consumer<double[]> onChange;
    private final List<Scale> scales = new ArrayList<>();
    private final List<Text> fields = new ArrayList<>();
    private List<Parameter> parameters = List.of();
    private double[] values = new double[0];

    ParameterControls(Composite parent, Consumer<double[]> onChange) {
        this.panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(3, false));
        this.onChange = onChange;
    }

    Control control() {
        return panel;
    }

    /** The current values (a copy). */
    double[] values() {
        return values.clone();
    }

    /** Rebuilds the rows for a model's parameters with the given values. */
    void show(Model model, double[] initial) {
        for (Control c : panel.getChildren()) {
            c.dispose();
        }
        scales.clear();
        fields.clear();
        parameters = model.parameters();
        values = initial.clone();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            Label name = new Label(panel, SWT.NONE);
            name.setText(p.unit().isEmpty() ? p.name() : p.name() + " (" + p.unit() + ")");
            name.setToolTipText(p.description());
            Scale scale = new Scale(panel, SWT.HORIZONTAL);
            scale.setMinimum(0);
            scale.setMaximum(STEPS);
            scale.setPageIncrement(50);
            scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            scale.setData("parameter", p.name());
            Text field = new Text(panel, SWT.BORDER | SWT.RIGHT);
            GridData fd = new GridData(SWT.FILL, SWT.CENTER, false, false);
            fd.widthHint = 64;
            field.setLayoutData(fd);
            int index = i;
            scale.addListener(SWT.Selection, e -> {
                values[index] = fromScale(p, scale.getSelection());
                field.setText(format(values[index]));
                onChange.accept(values.clone());
            });
            field.addListener(SWT.DefaultSelection, e -> typed(index, field));
            field.addListener(SWT.FocusOut, e -> typed(index, field));
            scales.add(scale);
            fields.add(field);
            sync(i);
        }
        panel.layout(true, true);
    }

    /** Sets one parameter programmatically (cheat sheet, tests) and reports the change. */
    void set(String name, double value) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                values[i] = value;
                sync(i);
                onChange.accept(values.clone());
                return;
            }
        }
        throw new IllegalArgumentException("no parameter '" + name + "'");
    }

    private void typed(int index, Text field) {
        try {
            double v = Double.parseDouble(field.getText().strip());
            if (Double.isFinite(v) && v != values[index]) {
                values[index] = v;
                sync(index);
                onChange.accept(values.clone());
            }
            field.setForeground(null);
        } catch (NumberFormatException e) {
            field.setForeground(field.getDisplay().getSystemColor(SWT.COLOR_RED));
            field.setToolTipText("'" + field.getText() + "' is not a number");
        }
    }

    private void sync(int i) {
        Parameter p = parameters.get(i);
        double span = p.max() - p.min();
        int pos = span > 0 ? (int) Math.round((values[i] - p.min()) / span * STEPS) : 0;
        scales.get(i).setSelection(Math.max(0, Math.min(STEPS, pos)));
        fields.get(i).setText(format(values[i]));
    }

    private static double fromScale(Parameter p, int position) {
        double v = p.min() + (p.max() - p.min()) * position / STEPS;
        if (p.step() > 0) {
            v = p.min() + Math.round((v - p.min()) / p.step()) * p.step();
        }
        return Math.min(p.max(), Math.max(p.min(), v));
    }

    static String format(double v) {
        return org.neuropynamics.stability.PlaneTitles.number(v);
    }
}
