package org.neuropynamics.singleneuron.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.ui.math.FormulaImages;
import org.neuropynamics.ui.widgets.ParameterValues;

/** The model tab: its equations typeset as mathematics, its explanation and a table of its parameters. */
final class EquationsPane {

    final ScrolledComposite control;
    private final Composite body;
    private final Label title;
    private final Label formula;
    private final Label description;
    private final Label parameters;
    private Image image;
    /** The parameter table changed while the tab was hidden: lay it out when the tab is shown. */
    private boolean stale;

    EquationsPane(Composite parent) {
        control = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(control, SWT.NONE);
        body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 16;
        layout.marginHeight = 12;
        layout.verticalSpacing = 12;
        body.setLayout(layout);
        title = label(SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        formula = label(SWT.NONE);
        formula.setData("name", "equations");
        description = label(SWT.WRAP);
        parameters = label(SWT.WRAP);
        parameters.setData("name", "equations-parameters");
        control.setContent(body);
        control.setExpandHorizontal(true);
        control.setExpandVertical(true);
        control.addListener(SWT.Resize, e -> reflow());
        control.addListener(SWT.Show, e -> {
            if (stale) {
                reflow();
            }
        });
    }

    private Label label(int style) {
        Label l = new Label(body, style);
        l.setBackground(body.getBackground());
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 600;
        l.setLayoutData(gd);
        return l;
    }

    /** Shows a model. */
    void show(Model model) {
        title.setText(model.name() + "  (id " + model.id() + ")");
        if (image != null) {
            image.dispose();
            image = null;
        }
        String latex = model.equationsLatex();
        if (latex.isBlank()) {
            formula.setImage(null);
            formula.setText("(this model does not state its equations in LaTeX)");
        } else {
            try {
                image = new Image(body.getDisplay(), FormulaImages.imageData(latex, 20f));
                formula.setText("");
                formula.setImage(image);
                formula.setData("latex", latex);
            } catch (RuntimeException | LinkageError e) {
                formula.setImage(null);
                formula.setText(latex + "\n(" + e.getMessage() + ")");
            }
        }
        description.setText(model.description());
        showValues(model, model.defaultParameters());
    }

    /** The parameter table with the values the sliders have now (the run shown), not the defaults. */
    void showValues(Model model, double[] values) {
        StringBuilder s = new StringBuilder("Parameters (the values of the sliders):\n");
        List<Parameter> list = model.parameters();
        for (int i = 0; i < list.size(); i++) {
            Parameter p = list.get(i);
            double v = values != null && i < values.length ? values[i] : p.defaultValue();
            s.append("  ").append(p.name()).append(" = ").append(ParameterValues.format(v))
                    .append(p.unit().isEmpty() ? "" : " " + p.unit()).append("   ").append(p.description())
                    .append(v == p.defaultValue() ? "" : "  (default " + ParameterValues.format(p.defaultValue()) + ")")
                    .append('\n');
        }
        if (!s.toString().equals(parameters.getText())) {
            parameters.setText(s.toString());
            // a slider drag calls this for every value; laying out the hidden tab (the formula image, the wrapped
            // texts) cost about as much as the run and its figure together (issue 13), so it waits for the tab
            if (control.getVisible()) {
                reflow();
            } else {
                stale = true;
            }
        }
    }

    private void reflow() {
        stale = false;
        int width = Math.max(300, control.getClientArea().width - 40);
        ((GridData) description.getLayoutData()).widthHint = width;
        ((GridData) parameters.getLayoutData()).widthHint = width;
        ((GridData) formula.getLayoutData()).widthHint = image == null ? width : image.getBounds().width;
        body.layout(true);
        control.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    void dispose() {
        if (image != null) {
            image.dispose();
        }
    }
}
