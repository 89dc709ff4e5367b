package org.neuropynamics.bifurcation.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;

/**
 * The side panel of a typed map in the Maps view: examples, the {@link TypedMapEditor}, the parameter swept by
 * the orbit diagram with its range, and the variable plotted. Every valid change hands a {@link Setup} on.
 */
final class TypedMapPanel {

    /** What the Maps view computes for a typed map. */
    record Setup(Model model, String swept, double from, double to, String observed) {
    }

    /** Ready examples: name, text, swept parameter, range. */
    private record Example(String name, String text, String swept, double from, double to) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("Henon map", "# Henon (1976): a strange attractor at a = 1.4, b = 0.3\nx' = 1 - a*x^2 + y\n"
                    + "y' = b*x\npar a=1.4, b=0.3\ninit x=0.1, y=0.1\n", "a", 0.2, 1.4),
            new Example("Logistic map", "x' = r*x*(1-x)\npar r=3.7\ninit x=0.2\n", "r", 2.5, 4),
            new Example("Tent map", "x' = mu*min(x, 1-x)\npar mu=1.8\ninit x=0.2\n", "mu", 1, 2));

    private final Composite panel;
    private final TypedMapEditor editor;
    private final Combo swept;
    private final Text from;
    private final Text to;
    private final Combo observed;
    private final Label problem;
    private final Consumer<Setup> onSetup;
    private Model model;

    TypedMapPanel(Composite parent, Consumer<Setup> onSetup) {
        this.onSetup = onSetup;
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(2, false));
        new Label(panel, SWT.NONE).setText("Example");
        Combo examples = new Combo(panel, SWT.READ_ONLY);
        EXAMPLES.forEach(e -> examples.add(e.name()));
        examples.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label help = new Label(panel, SWT.WRAP);
        help.setText("Type a map: x' is the next value of x (par: parameters, init: start).");
        GridData hd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hd.widthHint = 250;
        help.setLayoutData(hd);
        editor = new TypedMapEditor(panel, this::compiled);
        editor.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        org.eclipse.swt.widgets.Button save = new org.eclipse.swt.widgets.Button(panel, SWT.PUSH);
        save.setText("Save .ode...");
        save.setToolTipText("Save the typed map as an XPPAUT .ode file (File > Save and Save As do the same)");
        save.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        save.addListener(SWT.Selection, e -> onSave.run());
        new Label(panel, SWT.NONE).setText("Vary");
        swept = new Combo(panel, SWT.READ_ONLY);
        swept.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(panel, SWT.NONE).setText("From");
        from = new Text(panel, SWT.BORDER);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(panel, SWT.NONE).setText("To");
        to = new Text(panel, SWT.BORDER);
        to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(panel, SWT.NONE).setText("Plot");
        observed = new Combo(panel, SWT.READ_ONLY);
        observed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = new Label(panel, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData pd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        pd.widthHint = 250;
        problem.setLayoutData(pd);
        examples.addListener(SWT.Selection, e -> {
            if (guard.getAsBoolean()) {
                shownExample = examples.getSelectionIndex();
                showExample(shownExample);
            } else {
                examples.select(shownExample);
            }
        });
        swept.addListener(SWT.Selection, e -> {
            defaultRange();
            changed();
        });
        observed.addListener(SWT.Selection, e -> changed());
        from.addListener(SWT.DefaultSelection, e -> changed());
        to.addListener(SWT.DefaultSelection, e -> changed());
        from.addListener(SWT.FocusOut, e -> changed());
        to.addListener(SWT.FocusOut, e -> changed());
        examples.select(0);
    }

    Composite control() {
        return panel;
    }

    private java.util.function.BooleanSupplier guard = () -> true;
    private Runnable onSave = () -> {
    };
    private int shownExample;

    /** Asked before an example replaces the text (false: keep the text; the user cancelled a save prompt). */
    void guardReplacing(java.util.function.BooleanSupplier replacing) {
        guard = replacing;
    }

    /** Run by the panel's Save .ode... button. */
    void onSave(Runnable save) {
        onSave = save;
    }

    TypedMapEditor editor() {
        return editor;
    }

    /** Loads the first example (the Henon map). */
    void showFirstExample() {
        showExample(0);
    }

    private void showExample(int index) {
        Example e = EXAMPLES.get(index);
        model = null;
        editor.setSource(e.text());
        if (model != null) {
            swept.select(Math.max(0, model.parameterIndex(e.swept())));
            setRange(e.from(), e.to());
            changed();
        }
    }

    /** Sets the swept parameter's range (fields only; {@link #changed()} applies it). */
    void setRange(double lo, double hi) {
        from.setText(format(lo));
        to.setText(format(hi));
    }

    /** Selects the swept parameter and its range and recomputes. */
    void vary(String parameter, double lo, double hi) {
        if (model == null || model.parameterIndex(parameter) < 0) {
            throw new IllegalArgumentException("the typed map has no parameter '" + parameter + "'");
        }
        swept.select(model.parameterIndex(parameter));
        setRange(lo, hi);
        changed();
    }

    private void compiled(Model m) {
        String oldSwept = swept.getSelectionIndex() >= 0 ? swept.getItem(swept.getSelectionIndex()) : null;
        String oldObserved = observed.getSelectionIndex() >= 0 ? observed.getItem(observed.getSelectionIndex()) : null;
        boolean first = model == null;
        model = m;
        swept.removeAll();
        m.parameters().forEach(p -> swept.add(p.name()));
        int s = oldSwept == null ? -1 : m.parameterIndex(oldSwept);
        swept.select(Math.max(0, s));
        observed.removeAll();
        m.variableNames().forEach(observed::add);
        int o = oldObserved == null ? -1 : m.variableIndex(oldObserved);
        observed.select(Math.max(0, o));
        if (s < 0) {
            defaultRange();
        }
        if (!first) {
            changed();
        }
    }

    private void defaultRange() {
        Parameter p = model.parameters().get(Math.max(0, swept.getSelectionIndex()));
        setRange(p.min(), p.max());
    }

    /** Validates the controls and hands the setup on; a bad range is named under the controls. */
    private void changed() {
        if (model == null) {
            return;
        }
        double lo;
        double hi;
        try {
            lo = Double.parseDouble(from.getText().strip());
            hi = Double.parseDouble(to.getText().strip());
        } catch (NumberFormatException e) {
            problem.setText("From and To need numbers (e.g. 0.2 and 1.4)");
            panel.layout(true, true);
            return;
        }
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            problem.setText("To must be larger than From");
            panel.layout(true, true);
            return;
        }
        problem.setText("");
        onSetup.accept(new Setup(model, swept.getItem(swept.getSelectionIndex()), lo, hi,
                observed.getItem(observed.getSelectionIndex())));
    }

    /** The range problem shown, or "". */
    String problemText() {
        return problem.getText();
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("\\.?0+$", "");
    }
}
