package org.neuropynamics.ui.widgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.model.Preset;

/**
 * Sliders and exact-value fields generated from a model's parameters (ranges, steps and units from its
 * metadata), with the model's preset buttons and Reset to defaults. Listeners hear every change, also while a
 * slider is dragged. A typed value that is not a number, is NaN or lies outside the parameter's range is
 * refused: the previous value stays and a message next to the field says why.
 */
public class ParameterPanel extends Composite {

    private final Map<String, ParameterRow> rows = new LinkedHashMap<>();
    private final List<Consumer<ParameterChange>> listeners = new ArrayList<>();
    private Composite grid;
    private Composite buttons;
    private Model model;
    private boolean outsideRange;

    /** An empty panel; {@link #setModel} fills it. */
    public ParameterPanel(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
    }

    /**
     * Accepts any finite typed or set value, also outside the parameter's range (the slider then stays at its
     * end): for views where the range only scales the slider (the phase plane). Returns this.
     */
    public ParameterPanel acceptOutsideRange() {
        outsideRange = true;
        return this;
    }

    private double parse(ParameterRow row, String text) {
        return outsideRange ? ParameterValues.parseFinite(row.parameter, text)
                : ParameterValues.parse(row.parameter, text);
    }

    /** Rebuilds the panel for a model, showing the given values (null: the defaults). Fires nothing. */
    public void setModel(Model newModel, double[] values) {
        this.model = newModel;
        build(newModel.parameters(), newModel.presets(), values == null ? newModel.defaultParameters() : values);
    }

    /**
     * Rebuilds the panel for parameters that belong to no model (a view's own inputs: ranges, steps and units
     * from the records), with Reset to defaults and no presets, showing the given values (null: the defaults).
     * Fires nothing.
     */
    public void setParameters(List<Parameter> parameters, double[] values) {
        this.model = null;
        double[] v = values;
        if (v == null) {
            v = new double[parameters.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = parameters.get(i).defaultValue();
            }
        }
        build(parameters, List.of(), v);
    }

    private void build(List<Parameter> parameters, List<Preset> presets, double[] v) {
        for (Control c : getChildren()) {
            c.dispose();
        }
        rows.clear();
        buttons = new Composite(this, SWT.NONE);
        RowLayout rowLayout = new RowLayout(SWT.HORIZONTAL);
        rowLayout.wrap = true;
        rowLayout.marginLeft = 0;
        rowLayout.spacing = 4;
        buttons.setLayout(rowLayout);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button reset = new Button(buttons, SWT.PUSH);
        reset.setText("Reset to defaults");
        reset.setData("action", "reset");
        reset.addListener(SWT.Selection, e -> reset());
        for (Preset preset : presets) {
            Button b = new Button(buttons, SWT.PUSH);
            b.setText(preset.name());
            b.setData("preset", preset.name());
            b.setToolTipText(describe(preset));
            b.addListener(SWT.Selection, e -> applyPreset(preset.name()));
        }
        grid = new Composite(this, SWT.NONE);
        GridLayout gl = new GridLayout(4, false);
        gl.marginWidth = 0;
        gl.verticalSpacing = 2;
        grid.setLayout(gl);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            ParameterRow row = new ParameterRow(grid, p);
            row.show(v[i]);
            row.scale.addListener(SWT.Selection, e -> sliderMoved(row));
            row.field.addListener(SWT.DefaultSelection, e -> typed(row));
            row.field.addListener(SWT.FocusOut, e -> typed(row));
            rows.put(p.name(), row);
        }
        layout(true, true);
    }

    private static String describe(Preset preset) {
        StringBuilder s = new StringBuilder();
        preset.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ")
                        .append(ParameterValues.format(e.getValue())));
        return s.toString();
    }

    private void sliderMoved(ParameterRow row) {
        double v = ParameterValues.valueAt(row.parameter, row.scale.getSelection());
        boolean hadMessage = row.message.getVisible();
        row.show(v);
        relayoutIf(hadMessage);
        fire(row.parameter.name(), ParameterChange.Source.SLIDER);
    }

    private void typed(ParameterRow row) {
        if (row.field.isDisposed()) {
            return;
        }
        String text = row.field.getText();
        if (text.strip().equals(ParameterValues.format(row.value()))) {
            relayoutIf(row.clearMessage());
            return;
        }
        try {
            double v = parse(row, text);
            boolean hadMessage = row.message.getVisible();
            row.show(v);
            relayoutIf(hadMessage);
            fire(row.parameter.name(), ParameterChange.Source.TEXT);
        } catch (IllegalArgumentException e) {
            relayoutIf(row.showMessage(e.getMessage() + "; kept " + ParameterValues.format(row.value())));
        }
    }

    private void relayoutIf(boolean changed) {
        if (changed && !isDisposed()) {
            grid.layout(true);
            Composite top = this;
            while (top.getParent() != null && !(top.getParent() instanceof org.eclipse.swt.widgets.Shell)) {
                top = top.getParent();
                if (top instanceof org.eclipse.swt.custom.ScrolledComposite sc && sc.getContent() != null) {
                    sc.setMinSize(sc.getContent().computeSize(sc.getClientArea().width, SWT.DEFAULT));
                    break;
                }
            }
            layout(true, true);
        }
    }

    /** The model shown, or null. */
    public Model model() {
        return model;
    }

    /** The current values, indexed like the model's parameters (a copy). */
    public double[] values() {
        double[] v = new double[rows.size()];
        int i = 0;
        for (ParameterRow row : rows.values()) {
            v[i++] = row.value();
        }
        return v;
    }

    /** The value of one parameter. */
    public double value(String name) {
        return row(name).value();
    }

    /**
     * Sets one value as if typed and notifies listeners.
     *
     * @throws IllegalArgumentException when the value is not finite or (unless {@link #acceptOutsideRange()}) outside
     *         the parameter's range
     */
    public void setValue(String name, double value) {
        ParameterRow row = row(name);
        double v = parse(row, Double.toString(value));
        row.show(v);
        fire(name, ParameterChange.Source.PROGRAM);
    }

    /**
     * Sets several values as if typed and notifies listeners once.
     *
     * @throws IllegalArgumentException when a value is outside its parameter's range or not finite (nothing
     *         is changed then)
     */
    public void setValues(Map<String, Double> values) {
        Map<ParameterRow, Double> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            ParameterRow row = row(e.getKey());
            checked.put(row, parse(row, Double.toString(e.getValue())));
        }
        checked.forEach(ParameterRow::show);
        relayoutIf(true);
        fire(null, ParameterChange.Source.PROGRAM);
    }

    /** Applies a preset of the model by name and notifies listeners once. */
    public void applyPreset(String presetName) {
        if (model == null) {
            throw new IllegalArgumentException("these parameters have no presets");
        }
        Preset preset = model.presets().stream().filter(p -> p.name().equals(presetName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model " + model.id() + " has no preset '"
                        + presetName + "'"));
        for (Map.Entry<String, Double> e : preset.values().entrySet()) {
            row(e.getKey()).show(e.getValue());
        }
        relayoutIf(true);
        fire(null, ParameterChange.Source.PRESET);
    }

    /** Restores every default value and notifies listeners once. */
    public void reset() {
        for (ParameterRow row : rows.values()) {
            row.show(row.parameter.defaultValue());
        }
        relayoutIf(true);
        fire(null, ParameterChange.Source.RESET);
    }

    /** Adds a listener of changes. */
    public void addChangeListener(Consumer<ParameterChange> listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeChangeListener(Consumer<ParameterChange> listener) {
        listeners.remove(listener);
    }

    /** The slider of a parameter (for tests and cheat sheets). */
    public Scale scale(String name) {
        return row(name).scale;
    }

    /** The exact-value field of a parameter. */
    public Text field(String name) {
        return row(name).field;
    }

    /** The message shown next to a parameter's field, or "" when its value was accepted. */
    public String message(String name) {
        Label m = row(name).message;
        return m.getVisible() ? m.getText() : "";
    }

    private ParameterRow row(String name) {
        ParameterRow row = rows.get(name);
        if (row == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'" + (model == null ? ""
                    : " in model " + model.id() + "; its parameters: " + String.join(", ", rows.keySet())));
        }
        return row;
    }

    private void fire(String name, ParameterChange.Source source) {
        ParameterChange change = new ParameterChange(name, values(), source);
        for (Consumer<ParameterChange> l : List.copyOf(listeners)) {
            l.accept(change);
        }
    }
}
