package org.neuropynamics.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Parameter;

/**
 * One parameter in a {@link ParameterPanel}: name, slider over its range, a field for the exact value, its unit,
 * and below them a message line that explains a refused value.
 */
final class ParameterRow {

    private static final Color ERROR = new Color(176, 0, 32);

    final Parameter parameter;
    final Scale scale;
    final Text field;
    final Label message;
    private double value;

    ParameterRow(Composite parent, Parameter parameter) {
        this.parameter = parameter;
        Label name = new Label(parent, SWT.NONE);
        name.setText(parameter.name());
        name.setToolTipText(parameter.description());
        scale = new Scale(parent, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum(ParameterValues.steps(parameter));
        scale.setIncrement(1);
        scale.setPageIncrement(Math.max(1, ParameterValues.steps(parameter) / 10));
        scale.setToolTipText(parameter.description() + " [" + ParameterValues.format(parameter.min()) + ", "
                + ParameterValues.format(parameter.max()) + "]");
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.setData("parameter", parameter.name());
        scale.addListener(SWT.MouseWheel, ParameterRow::wheelScrollsNotSlides);
        field = new Text(parent, SWT.BORDER | SWT.RIGHT);
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        fieldData.widthHint = 72;
        field.setLayoutData(fieldData);
        field.setData("parameter", parameter.name());
        field.setToolTipText("Exact value of " + parameter.name() + "; Enter applies it");
        Label unit = new Label(parent, SWT.NONE);
        unit.setText(parameter.unit());
        GridData unitData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        unitData.widthHint = 64;
        unit.setLayoutData(unitData);
        message = new Label(parent, SWT.WRAP);
        message.setForeground(ERROR);
        message.setData("parameter", parameter.name());
        GridData md = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        md.exclude = true;
        message.setLayoutData(md);
        message.setVisible(false);
    }

    /**
     * The mouse wheel over a slider that has not been clicked scrolls the panel instead of moving the slider:
     * scrolling a column of sliders (Single Neuron at 1280x720) must not change a parameter that passes under the
     * pointer. A slider the user clicked (focused) still takes the wheel.
     */
    private static void wheelScrollsNotSlides(org.eclipse.swt.widgets.Event e) {
        Scale scale = (Scale) e.widget;
        if (scale.isFocusControl()) {
            return;
        }
        e.doit = false;
        for (Composite c = scale.getParent(); c != null; c = c.getParent()) {
            if (c instanceof org.eclipse.swt.custom.ScrolledComposite sc) {
                org.eclipse.swt.graphics.Point o = sc.getOrigin();
                sc.setOrigin(o.x, Math.max(0, o.y - e.count * 10));
                return;
            }
        }
    }

    double value() {
        return value;
    }

    /** Shows a value in slider and field (without notifying anyone). */
    void show(double v) {
        value = v;
        scale.setSelection(ParameterValues.positionOf(parameter, v));
        field.setText(ParameterValues.format(v));
        clearMessage();
    }

    /** Shows a refused value's explanation next to the field; returns true if the layout changed. */
    boolean showMessage(String text) {
        boolean changed = !message.getVisible();
        message.setText(text);
        message.setVisible(true);
        ((GridData) message.getLayoutData()).exclude = false;
        field.setBackground(new Color(255, 228, 228));
        return changed || !text.equals(message.getText());
    }

    /** Hides the message; returns true if the layout changed. */
    boolean clearMessage() {
        field.setBackground(null);
        if (!message.getVisible()) {
            return false;
        }
        message.setVisible(false);
        message.setText("");
        ((GridData) message.getLayoutData()).exclude = true;
        return true;
    }
}
