package org.neuropynamics.singleneuron.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.registry.ModelDescriptor;
import org.neuropynamics.singleneuron.Stimulus;
import org.neuropynamics.ui.widgets.ParameterValues;

/**
 * Model chooser, integrator and step, duration and the current protocol editor (constant, step, ramp, pulse
 * train). Reports a model choice and settings changes; a bad number is refused with a message under the fields.
 */
final class ExperimentControls {

    /** Settings read from the fields. */
    record Settings(String method, double dt, double duration, Stimulus stimulus) {
    }

    private static final Color ERROR = new Color(176, 0, 32);

    final Combo model;
    final Combo method;
    final Text dt;
    final Text duration;
    final Combo protocol;
    final Text start;
    final Text end;
    final Text width;
    final Text period;
    final Label message;
    /** The group of the model chooser: the view puts the parameter sliders right below it. */
    final Group modelGroup;
    private final List<ModelDescriptor> models;

    ExperimentControls(Composite parent, List<ModelDescriptor> models, Consumer<String> onModel,
            Consumer<Settings> onSettings) {
        this.models = models;
        modelGroup = group(parent, "Model", 1);
        model = new Combo(modelGroup, SWT.READ_ONLY | SWT.DROP_DOWN);
        model.setVisibleItemCount(Math.min(16, models.size()));
        for (ModelDescriptor d : models) {
            model.add(d.name());
        }
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        model.setData("name", "model");
        model.addListener(SWT.Selection, e -> {
            if (model.getSelectionIndex() < models.size()) {
                onModel.accept(models.get(model.getSelectionIndex()).id());
            }
        });
        // the integrator and the protocol come after the sliders (issue 18: at 1280x720 the sliders were below
        // the fold); a user changes them less often
        Group simulation = group(parent, "Simulation", 2);
        new Label(simulation, SWT.NONE).setText("Integrator");
        method = new Combo(simulation, SWT.READ_ONLY);
        IntegrationMethods.names().forEach(method::add);
        method.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        method.setData("name", "method");
        dt = field(simulation, "Step dt (ms)", "dt");
        duration = field(simulation, "Duration (ms)", "duration");

        Group stim = group(parent, "Input current protocol", 2);
        new Label(stim, SWT.NONE).setText("Shape");
        protocol = new Combo(stim, SWT.READ_ONLY);
        for (Stimulus.Kind k : Stimulus.Kind.values()) {
            protocol.add(k.label());
        }
        protocol.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        protocol.setData("name", "protocol");
        start = field(stim, "Onset (ms)", "onset");
        end = field(stim, "Offset (ms)", "offset");
        width = field(stim, "Pulse width (ms)", "pulse-width");
        period = field(stim, "Pulse period (ms)", "pulse-period");
        Label hint = new Label(stim, SWT.WRAP);
        hint.setText("The amplitude is the current parameter I above.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        message = new Label(parent, SWT.WRAP);
        message.setForeground(ERROR);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message.setData("name", "settings-message");

        Runnable apply = () -> {
            Settings s = read();
            if (s != null) {
                onSettings.accept(s);
            }
        };
        method.addListener(SWT.Selection, e -> apply.run());
        protocol.addListener(SWT.Selection, e -> {
            updateEnablement();
            apply.run();
        });
        for (Text t : new Text[] { dt, duration, start, end, width, period }) {
            t.addListener(SWT.DefaultSelection, e -> apply.run());
            t.addListener(SWT.FocusOut, e -> apply.run());
        }
    }

    private static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(columns, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static Text field(Composite parent, String label, String name) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER | SWT.RIGHT);
        t.setData("name", name);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    /** Shows the model selected and the settings of an experiment (without notifying). */
    void show(String modelId, String methodName, double dtValue, double durationValue, Stimulus s) {
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).id().equals(modelId)) {
                model.select(i);
            }
        }
        method.select(Math.max(0, IntegrationMethods.names().indexOf(methodName)));
        dt.setText(ParameterValues.format(dtValue));
        duration.setText(ParameterValues.format(durationValue));
        protocol.select(s.kind().ordinal());
        start.setText(ParameterValues.format(s.start()));
        end.setText(ParameterValues.format(s.end()));
        width.setText(ParameterValues.format(s.width()));
        period.setText(ParameterValues.format(s.period()));
        updateEnablement();
        showMessage("");
    }

    /**
     * Lists and selects a model from outside the registry (after the registry's models), or removes that entry
     * ({@code label} null).
     */
    void showExternal(String label) {
        if (model.getItemCount() > models.size()) {
            model.remove(models.size());
        }
        if (label != null) {
            model.add(label);
            model.select(models.size());
        }
    }

    private void updateEnablement() {
        Stimulus.Kind k = Stimulus.Kind.values()[Math.max(0, protocol.getSelectionIndex())];
        start.setEnabled(k != Stimulus.Kind.CONSTANT);
        end.setEnabled(k != Stimulus.Kind.CONSTANT);
        width.setEnabled(k == Stimulus.Kind.PULSES);
        period.setEnabled(k == Stimulus.Kind.PULSES);
    }

    /** The settings, or null (with a message shown) when a field is not acceptable. */
    Settings read() {
        try {
            double dtValue = number(dt, "Step dt");
            double durationValue = number(duration, "Duration");
            if (!(dtValue > 0) || dtValue > durationValue / 10) {
                throw new IllegalArgumentException("Step dt must be > 0 ms and at most a tenth of the duration");
            }
            if (durationValue / dtValue > 5e7) {
                throw new IllegalArgumentException("Duration / dt is over 50 million steps: use a larger dt");
            }
            Stimulus.Kind k = Stimulus.Kind.values()[Math.max(0, protocol.getSelectionIndex())];
            Stimulus s = new Stimulus(k, number(start, "Onset"), number(end, "Offset"), number(width, "Pulse width"),
                    number(period, "Pulse period"));
            showMessage("");
            return new Settings(method.getText(), dtValue, durationValue, s);
        } catch (IllegalArgumentException e) {
            showMessage(e.getMessage());
            return null;
        }
    }

    private static double number(Text t, String what) {
        String text = t.getText().strip();
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException(what + ": '" + text + "' must be a finite number >= 0");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a number");
        }
    }

    private void showMessage(String text) {
        if (!message.getText().equals(text)) {
            message.setText(text);
            message.getParent().layout(true);
        }
    }
}
