package org.neuropynamics.bifurcation.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * The row above the diagram: model (every flow of the registry), its preset parameter set, parameter, range,
 * plotted variable, whether to continue limit cycles, Run / Cancel (the exports are the view toolbar's).
 */
public final class ContinuationControls extends Composite {

    private static final String DEFAULTS = "defaults";

    /**
     * A validated request.
     *
     * @param model the model
     * @param parameters all parameter values (the continued one at its start value)
     * @param parameter the continued parameter
     * @param from start of the range
     * @param to end of the range
     * @param cycles continue limit cycles from Hopf points
     */
    public record Settings(Model model, double[] parameters, String parameter, double from, double to, boolean cycles) {
    }

    private final List<Model> models;
    private final Combo model;
    private final Combo parameter;
    private final Combo preset;
    private final Text from;
    private final Text to;
    private final Combo variable;
    private final Button cycles;
    private final Button run;
    private final Button cancel;
    private double[] values;

    ContinuationControls(Composite parent, Runnable onRun, Runnable onCancel, Runnable onVariable) {
        super(parent, SWT.NONE);
        models = new java.util.ArrayList<>(
                ModelRegistry.getDefault().models().stream().filter(m -> m.kind() == Model.Kind.FLOW).toList());
        ControlRow.wrap(this);
        Composite g = ControlRow.group(this, 2);
        new Label(g, SWT.NONE).setText("Model");
        model = new Combo(g, SWT.READ_ONLY);
        models.forEach(m -> model.add(m.name()));
        model.setLayoutData(width(190));
        g = ControlRow.group(this, 2);
        new Label(g, SWT.NONE).setText("Preset");
        preset = new Combo(g, SWT.READ_ONLY);
        preset.setLayoutData(width(130));
        g = ControlRow.group(this, 2);
        new Label(g, SWT.NONE).setText("Parameter");
        parameter = new Combo(g, SWT.READ_ONLY);
        g = ControlRow.group(this, 4);
        new Label(g, SWT.NONE).setText("from");
        from = ControlRow.text(g, 60);
        new Label(g, SWT.NONE).setText("to");
        to = ControlRow.text(g, 60);
        g = ControlRow.group(this, 3);
        new Label(g, SWT.NONE).setText("Plot");
        variable = new Combo(g, SWT.READ_ONLY);
        cycles = new Button(g, SWT.CHECK);
        // the e4 GTK theme paints a background over check boxes in views that hides their tick
        cycles.setData("org.eclipse.e4.ui.css.disabled", Boolean.TRUE);
        cycles.setText("Limit cycles");
        cycles.setSelection(true);
        g = ControlRow.group(this, 2);
        run = new Button(g, SWT.PUSH);
        run.setText("Run");
        cancel = new Button(g, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        model.addListener(SWT.Selection, e -> modelChanged());
        preset.addListener(SWT.Selection, e -> presetChanged());
        parameter.addListener(SWT.Selection, e -> parameterChanged());
        variable.addListener(SWT.Selection, e -> onVariable.run());
        run.addListener(SWT.Selection, e -> onRun.run());
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        from.addListener(SWT.DefaultSelection, e -> onRun.run());
        to.addListener(SWT.DefaultSelection, e -> onRun.run());
        selectModel("hodgkin-huxley");
        setRange(0, 200);
    }

    private static GridData width(int pixels) {
        GridData gd = new GridData();
        gd.widthHint = pixels;
        return gd;
    }

    /** Selects a model by id (the first flow when unknown) with its default parameters. */
    public void selectModel(String id) {
        int index = 0;
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).id().equals(id)) {
                index = i;
            }
        }
        if (models.isEmpty()) {
            return;
        }
        model.select(index);
        modelChanged();
    }

    /**
     * Adds a model that is not in the registry (the .ode editor's Open in Continuation) to the model list as
     * {@code label}, replacing an earlier one of that label, and chooses it with its default parameters.
     */
    public void showModel(Model m, String label) {
        int index = model.indexOf(label);
        if (index >= 0) {
            models.set(index, m);
        } else {
            models.add(m);
            model.add(label);
            index = models.size() - 1;
        }
        model.select(index);
        modelChanged();
    }

    private void modelChanged() {
        Model m = selected();
        values = m.defaultParameters();
        parameter.removeAll();
        m.parameters().forEach(p -> parameter.add(p.name()));
        int current = m.currentParameterIndex().orElse(0);
        parameter.select(current);
        variable.removeAll();
        m.variableNames().forEach(variable::add);
        variable.select(0);
        preset.removeAll();
        preset.add(DEFAULTS);
        m.presets().forEach(x -> preset.add(x.name()));
        preset.select(0);
        preset.setEnabled(!m.presets().isEmpty());
        parameterChanged();
        layout(true, true);
    }

    /** Applies the chosen preset over the model's defaults (the continued parameter keeps its range). */
    private void presetChanged() {
        Model m = selected();
        values = m.defaultParameters();
        int i = preset.getSelectionIndex() - 1;
        if (i >= 0) {
            m.presets().get(i).values().forEach((name, value) -> {
                int k = m.parameterIndex(name);
                if (k >= 0) {
                    values[k] = value;
                }
            });
        }
    }

    /** Chooses a preset of the model by name ("defaults" for none). */
    public void selectPreset(String name) {
        int i = preset.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("model " + selected().id() + " has no preset '" + name + "'");
        }
        preset.select(i);
        presetChanged();
    }

    private void parameterChanged() {
        Parameter p = selected().parameters().get(parameter.getSelectionIndex());
        setRange(p.min(), p.max());
    }

    /** The model list as shown: {id, name} of each item. */
    List<String[]> modelItems() {
        List<String[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            out.add(new String[] {models.get(i).id(), model.getItem(i)});
        }
        return out;
    }

    /** The model chosen. */
    public Model selected() {
        return models.get(Math.max(0, model.getSelectionIndex()));
    }

    /** Chooses the continued parameter. */
    public void setParameter(String name) {
        int i = selected().parameterIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("model " + selected().id() + " has no parameter '" + name + "'");
        }
        parameter.select(i);
    }

    /** Sets the range. */
    public void setRange(double a, double b) {
        from.setText(format(a));
        to.setText(format(b));
    }

    /** Sets a fixed parameter's value (not the continued one). */
    public void setValue(String name, double value) {
        int i = selected().parameterIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("model " + selected().id() + " has no parameter '" + name + "'");
        }
        values[i] = value;
    }

    /** Chooses the plotted variable. */
    public void setVariable(String name) {
        int i = selected().variableIndex(name);
        if (i >= 0) {
            variable.select(i);
        }
    }

    /** Whether limit cycles are continued. */
    public void setCycles(boolean on) {
        cycles.setSelection(on);
    }

    String variable() {
        return variable.getText();
    }

    void setRunning(boolean running) {
        run.setEnabled(!running);
        cancel.setEnabled(running);
    }

    /** The request, or an exception whose message names the bad field. */
    Settings settings() {
        Model m = selected();
        String name = parameter.getText();
        double a = number(from, "from");
        double b = number(to, "to");
        if (a == b) {
            throw new IllegalArgumentException("'from' and 'to' must differ (both are " + format(a) + ")");
        }
        double[] p = values.clone();
        p[m.parameterIndex(name)] = a;
        return new Settings(m, p, name, a, b, cycles.getSelection());
    }

    private static double number(Text t, String what) {
        try {
            double v = Double.parseDouble(t.getText().strip().replace('\u2212', '-'));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + what + "' must be a number, got '" + t.getText() + "'");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
