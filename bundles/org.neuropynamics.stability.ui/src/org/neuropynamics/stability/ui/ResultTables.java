package org.neuropynamics.stability.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.Trajectory;

/**
 * Under the plane: the equilibria with their type and eigenvalues, the Jacobian of the selected one, the
 * limit cycles, and the list of trajectories (hide, delete).
 */
public final class ResultTables {

    /** Trajectory list actions. */
    interface Actions {
        void selectEquilibrium(int index);

        void selectTrajectory(int index);

        void toggleTrajectory(int index);

        void deleteTrajectory(int index);

        void clearTrajectories();
    }

    /** The pane's width from which the trajectory list stands beside the table of equilibria, not under it. */
    static final int WIDE = 900;

    private final Table equilibria;
    private final Label jacobian;
    private final Label cycles;
    private final org.eclipse.swt.widgets.List trajectories;

    ResultTables(Composite parent, Actions actions) {
        // scrolls when the pane is short, so that the Jacobian's text never covers the table of equilibria
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite panel = new Composite(scroll, SWT.NONE);
        panel.setLayout(new GridLayout(2, false));
        scroll.setContent(panel);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Runnable fit = () -> {
            int w = scroll.getClientArea().width;
            if (w > 0) {
                scroll.setMinSize(panel.computeSize(w, SWT.DEFAULT));
            }
        };
        scroll.addListener(SWT.Resize, e -> fit.run());
        panel.addListener(SWT.Resize, e -> {
            int w = scroll.getClientArea().width;
            if (w > 0 && panel.computeSize(w, SWT.DEFAULT).y != scroll.getMinHeight()) {
                panel.getDisplay().asyncExec(() -> {
                    if (!scroll.isDisposed()) {
                        fit.run();
                    }
                });
            }
        });
        Composite left = new Composite(panel, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        equilibria = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        equilibria.setHeaderVisible(true);
        equilibria.setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 70;
        equilibria.setLayoutData(td);
        for (String[] c : new String[][] {{"#", "30"}, {"x", "100"}, {"y", "100"}, {"type", "170"},
            {"eigenvalues", "260"}}) {
            TableColumn col = new TableColumn(equilibria, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        equilibria.addListener(SWT.Selection, e -> actions.selectEquilibrium(equilibria.getSelectionIndex()));
        jacobian = new Label(left, SWT.WRAP);
        jacobian.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        cycles = new Label(left, SWT.WRAP);
        cycles.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite right = new Composite(panel, SWT.NONE);
        right.setLayout(new GridLayout(3, false));
        GridData rd = new GridData(SWT.FILL, SWT.FILL, false, true);
        right.setLayoutData(rd);
        // beside a tutorial the pane is narrow: the trajectories go under the equilibria so that the table keeps
        // the pane's width (it was squeezed to a few columns beside the trajectory list, issue 18)
        GridLayout panelLayout = (GridLayout) panel.getLayout();
        scroll.addListener(SWT.Resize, e -> {
            boolean wide = scroll.getClientArea().width >= WIDE;
            if (wide != (panelLayout.numColumns == 2)) {
                panelLayout.numColumns = wide ? 2 : 1;
                rd.grabExcessHorizontalSpace = !wide;
                panel.layout(true);
                fit.run();
            }
        });
        Label title = new Label(right, SWT.NONE);
        title.setText("Trajectories (click the plane to add)");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        trajectories = new org.eclipse.swt.widgets.List(right, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        ld.widthHint = 220;
        ld.heightHint = 70;
        trajectories.setLayoutData(ld);
        trajectories.addListener(SWT.Selection, e -> actions.selectTrajectory(trajectories.getSelectionIndex()));
        button(right, "Hide/show", () -> actions.toggleTrajectory(trajectories.getSelectionIndex()));
        button(right, "Delete", () -> actions.deleteTrajectory(trajectories.getSelectionIndex()));
        button(right, "Clear all", actions::clearTrajectories);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    public Table equilibriumTable() {
        return equilibria;
    }

    public Label jacobianLabel() {
        return jacobian;
    }

    /** Shows the equilibria and, for the selected one, its Jacobian and eigenvalues. */
    void showEquilibria(List<Equilibrium> list, int selected, String xName, String yName) {
        equilibria.removeAll();
        for (int k = 0; k < list.size(); k++) {
            Equilibrium e = list.get(k);
            TableItem item = new TableItem(equilibria, SWT.NONE);
            item.setText(new String[] {Integer.toString(k + 1), num(e.state()[0]), num(e.state()[1]),
                typeText(e.type().label(), e.detail()),
                eigenvalues(e)});
        }
        if (selected >= 0 && selected < list.size()) {
            equilibria.setSelection(selected);
            Equilibrium e = list.get(selected);
            double[][] j = e.jacobian();
            double tr = j[0][0] + j[1][1];
            double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
            jacobian.setText(String.format(Locale.ROOT, "Equilibrium %d at (%s, %s) = (%s, %s):  J = [[%s, %s], [%s, %s]],"
                    + "  tr J = %s, det J = %s, tr\u00b2 \u2212 4 det = %s;  \u03bb = %s  \u2192 %s", selected + 1,
                    xName, yName, num(e.state()[0]), num(e.state()[1]), num(j[0][0]), num(j[0][1]), num(j[1][0]),
                    num(j[1][1]), num(tr), num(det), num(tr * tr - 4 * det), eigenvalues(e), e.detail()));
        } else {
            jacobian.setText(list.isEmpty() ? "No equilibrium in the window."
                    : "Select an equilibrium (table or plane) for its Jacobian.");
        }
        jacobian.getParent().layout(true, true);
        jacobian.getParent().getParent().notifyListeners(SWT.Resize, new org.eclipse.swt.widgets.Event());
    }

    /** Shows the limit cycles. */
    void showCycles(List<LimitCycle> list, boolean searched) {
        if (!searched) {
            cycles.setText("Limit cycles: not searched (tick 'limit cycles').");
            return;
        }
        if (list.isEmpty()) {
            cycles.setText("Limit cycles: none found from the equilibria and the trajectories' starts.");
            return;
        }
        StringBuilder s = new StringBuilder("Limit cycles:");
        for (LimitCycle c : list) {
            s.append(String.format(Locale.ROOT, "  %s, period %s, multiplier %s;", c.stable() ? "stable" : "unstable",
                    num(c.period()), num(c.returnMapDerivative())));
        }
        cycles.setText(s.toString());
    }

    /** Shows the trajectories with their start, direction and end. */
    void showTrajectories(List<Trajectory> list, java.util.Set<Integer> hidden, int selected) {
        trajectories.removeAll();
        for (int k = 0; k < list.size(); k++) {
            Trajectory t = list.get(k);
            trajectories.add(String.format(Locale.ROOT, "%d%s: (%s, %s) %s, %s", k + 1, hidden.contains(k) ? " [hidden]" : "",
                    num(t.start()[0]), num(t.start()[1]), t.direction().name().toLowerCase(Locale.ROOT),
                    t.stop().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        if (selected >= 0 && selected < list.size()) {
            trajectories.setSelection(selected);
        }
    }

    private static String eigenvalues(Equilibrium e) {
        StringBuilder s = new StringBuilder();
        for (Eigenvalue ev : e.eigenvalues()) {
            s.append(s.length() == 0 ? "" : ", ");
            s.append(ev.im() == 0 ? num(ev.re()) : num(ev.re()) + (ev.im() > 0 ? " + " : " \u2212 ") + num(Math.abs(ev.im())) + "i");
        }
        return s.toString();
    }

    static String num(double v) {
        return org.neuropynamics.stability.PhaseLineNotes.num(v);
    }

    /**
     * The type column: the class, with the classifier's detail in brackets unless the detail already begins
     * with the class ("center", "center (non-hyperbolic)" gives "center (non-hyperbolic)", not "center (center
     * (non-hyperbolic))").
     */
    static String typeText(String label, String detail) {
        if (detail == null || detail.isBlank() || detail.equals(label)) {
            return label;
        }
        return detail.startsWith(label) ? detail : label + " (" + detail + ")";
    }
}
