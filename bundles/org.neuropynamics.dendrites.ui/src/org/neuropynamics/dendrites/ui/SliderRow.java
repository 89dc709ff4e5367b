package org.neuropynamics.dendrites.ui;

import java.util.function.DoubleConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/** A labelled slider over [min, max] in steps, showing its value; notifies while dragging. */
final class SliderRow {

    private final Scale scale;
    private final Label value;
    private final double min;
    private final double step;
    private final String unit;

    SliderRow(Composite parent, String name, double min, double max, double step, double initial, String unit,
            DoubleConsumer changed) {
        this.min = min;
        this.step = step;
        this.unit = unit;
        new Label(parent, SWT.NONE).setText(name);
        scale = new Scale(parent, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum((int) Math.round((max - min) / step));
        scale.setPageIncrement(Math.max(1, scale.getMaximum() / 10));
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        value = new Label(parent, SWT.NONE);
        value.setLayoutData(new GridData(100, SWT.DEFAULT));
        set(initial);
        scale.addListener(SWT.Selection, e -> {
            show();
            changed.accept(get());
        });
    }

    double get() {
        return min + scale.getSelection() * step;
    }

    void set(double v) {
        scale.setSelection((int) Math.round((v - min) / step));
        show();
    }

    private void show() {
        value.setText(org.neuropynamics.dendrites.figures.JeffressFigure.number(get()) + " " + unit);
    }
}
