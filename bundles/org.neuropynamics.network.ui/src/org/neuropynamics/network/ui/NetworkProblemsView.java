package org.neuropynamics.network.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.network.sim.NetworkProblem;

/**
 * Network Problems: every error and warning of the last validation of a network editor, one row each (what,
 * element, problem, how to fix it). Selecting a row selects its element on the canvas; a double-click also
 * brings the editor forward so that Properties shows the element.
 */
public final class NetworkProblemsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.problems";

    private TableViewer table;
    private Label summary;
    private NetworkEditor editor;
    private List<NetworkProblem> problems = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Validate a network (Edit > Validate, or Run) to list its problems here.");
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Element", 18, p -> elementName(p.element()), true);
        column(layout, "Problem", 52, NetworkProblem::message, false);
        column(layout, "Fix", 30, NetworkProblem::hint, false);
        table.setInput(problems);
        table.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof NetworkProblem p) {
                select(p, false);
            }
        });
        table.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof NetworkProblem p) {
                select(p, true);
            }
        });
        getSite().setSelectionProvider(table);
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<NetworkProblem, String> text, boolean icon) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 80));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((NetworkProblem) element);
            }

            @Override
            public Image getImage(Object element) {
                return icon ? PlatformUI.getWorkbench().getSharedImages().getImage(((NetworkProblem) element).error()
                        ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((NetworkProblem) element).message();
            }

            @Override
            public Color getForeground(Object element) {
                return null;
            }
        });
    }

    /** Shows the problems of {@code source}'s network (an empty list: no problems). */
    public void show(NetworkEditor source, List<NetworkProblem> found) {
        editor = source;
        problems = List.copyOf(found);
        if (table == null || table.getTable().isDisposed()) {
            return;
        }
        table.setInput(problems);
        long errors = problems.stream().filter(NetworkProblem::error).count();
        long warnings = problems.size() - errors;
        String name = source.network().getName() == null || source.network().getName().isEmpty()
                ? source.getPartName() : source.network().getName();
        summary.setText((name + ": " + (problems.isEmpty() ? "no problems"
                : errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                        + (warnings == 1 ? " warning" : " warnings") + (errors > 0 ? " (Run is refused until the "
                                + "errors are fixed)" : ""))).replace("&", "&&"));
        summary.getParent().layout();
    }

    /** The problems listed now. */
    public List<NetworkProblem> problems() {
        return problems;
    }

    /** The summary line above the table. */
    public String summary() {
        return summary.getText();
    }

    /** The table (for tests). */
    public TableViewer table() {
        return table;
    }

    private void select(NetworkProblem p, boolean activate) {
        if (editor == null || editor.canvas() == null || editor.canvas().isDisposed()) {
            return;
        }
        EObject e = p.element();
        EObject onCanvas = e instanceof org.neuropynamics.network.model.RunSettings ? null : e;
        editor.canvas().select(onCanvas);
        if (activate) {
            getSite().getPage().activate(editor);
        }
    }

    private static String elementName(EObject e) {
        if (e == null) {
            return "";
        }
        if (e instanceof org.neuropynamics.network.model.RunSettings) {
            return "Run settings";
        }
        Object n = e.eClass().getEStructuralFeature("name") == null ? null
                : e.eGet(e.eClass().getEStructuralFeature("name"));
        return (n == null ? "" : n.toString()) + " (" + e.eClass().getName() + ")";
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
