package org.neuropynamics.stability.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.Direction;

/** Axes, display options, trajectory direction and initial point, window reset. */
final class DisplayControls {

    private final Group group;
    private final PhasePlaneView view;
    private final Combo xAxis;
    private final Combo yAxis;
    private final Button integrateAll;

    /** Widget data key that excludes a widget from e4 CSS styling. */
    private static final String CSS_DISABLED = "org.eclipse.e4.ui.css.disabled";

    DisplayControls(Composite parent, PhasePlaneView view) {
        this.view = view;
        PlaneState s = view.state;
        group = new Group(parent, SWT.NONE);
        group.setText("Plane");
        group.setLayout(new GridLayout(4, false));
        new Label(group, SWT.NONE).setText("x axis");
        xAxis = new Combo(group, SWT.READ_ONLY);
        new Label(group, SWT.NONE).setText("y axis");
        yAxis = new Combo(group, SWT.READ_ONLY);
        xAxis.addListener(SWT.Selection, e -> axes());
        yAxis.addListener(SWT.Selection, e -> axes());
        integrateAll = check(group, "integrate the other variables (else fixed)", 4, false, v -> {
            s.integrateAll = v;
            view.recompute();
        });
        new Label(group, SWT.NONE).setText("arrows");
        Spinner arrows = new Spinner(group, SWT.BORDER);
        arrows.setValues(s.arrows, 4, 60, 0, 1, 5);
        arrows.addListener(SWT.Selection, e -> {
            s.arrows = arrows.getSelection();
            view.recompute();
        });
        check(group, "scaled by speed", 2, false, v -> {
            s.scaledArrows = v;
            view.recompute();
        });
        check(group, "separatrices", 2, s.separatrices, v -> {
            s.separatrices = v;
            view.recompute();
        });
        check(group, "limit cycles", 2, s.cycles, v -> {
            s.cycles = v;
            view.recompute();
        });
        new Label(group, SWT.NONE).setText("click:");
        for (Direction d : Direction.values()) {
            Button b = new Button(group, SWT.RADIO);
            b.setText(d.name().toLowerCase(java.util.Locale.ROOT));
            b.setSelection(d == s.direction);
            b.addListener(SWT.Selection, e -> s.direction = d);
        }
        new Label(group, SWT.NONE).setText("start x, y");
        Text start = new Text(group, SWT.BORDER);
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        start.setMessage("e.g. -1.5, 0.5");
        Button go = new Button(group, SWT.PUSH);
        go.setText("Launch");
        Runnable launch = () -> {
            String[] parts = start.getText().split("[,;\\s]+");
            try {
                view.launch(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), s.direction);
                start.setForeground(null);
            } catch (RuntimeException ex) {
                start.setForeground(start.getDisplay().getSystemColor(SWT.COLOR_RED));
                start.setToolTipText("type two numbers: x, y");
            }
        };
        go.addListener(SWT.Selection, e -> launch.run());
        start.addListener(SWT.DefaultSelection, e -> launch.run());
        button(group, "Reset window", () -> {
            s.window = s.defaultWindow;
            view.recompute();
        });
    }

    Control control() {
        return group;
    }

    /** Fills the axis choosers for a model. */
    void showAxes(Model model, String x, String y) {
        List<String> names = model.variableNames();
        xAxis.setItems(names.toArray(String[]::new));
        yAxis.setItems(names.toArray(String[]::new));
        xAxis.setText(x);
        yAxis.setText(y);
        boolean more = names.size() > 2;
        xAxis.setEnabled(more);
        yAxis.setEnabled(more);
        integrateAll.setEnabled(more);
        group.layout(true, true);
    }

    private void axes() {
        PlaneState s = view.state;
        if (xAxis.getText().equals(yAxis.getText())) {
            return;
        }
        s.xName = xAxis.getText();
        s.yName = yAxis.getText();
        int ix = s.model.variableIndex(s.xName);
        int iy = s.model.variableIndex(s.yName);
        s.window = PlaneSources.windowFor(s.model, s.params, ix, iy);
        s.defaultWindow = s.window;
        s.seeds.clear();
        s.hidden.clear();
        s.selectedEquilibrium = -1;
        view.recompute();
    }

    private static Button check(Composite parent, String text, int span, boolean initial,
            java.util.function.Consumer<Boolean> onChange) {
        Button b = new Button(parent, SWT.CHECK);
        // The e4 GTK theme gives check boxes in views "background-color: inherit"; SWT/GTK3 then paints the
        // Adwaita check node's background over its tick, so a selected box looked unticked. Keep the theme off
        // check boxes (radio buttons are not restyled and draw fine).
        b.setData(CSS_DISABLED, Boolean.TRUE);
        b.setText(text);
        b.setSelection(initial);
        b.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, span, 1));
        b.addListener(SWT.Selection, e -> onChange.accept(b.getSelection()));
        return b;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }
}
