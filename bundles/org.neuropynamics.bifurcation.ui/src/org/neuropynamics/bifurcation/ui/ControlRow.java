package org.neuropynamics.bifurcation.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The controls row of the continuation and sweep views: labelled groups in a row that wraps, so that nothing is
 * cut off in a narrow view (a tutorial open beside it at 1280x720, issue 18).
 */
final class ControlRow {

    private ControlRow() {
    }

    /** Lays {@code row} out as a wrapping row of groups. */
    static void wrap(Composite row) {
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginLeft = 0;
        layout.marginRight = 0;
        layout.spacing = 10;
        row.setLayout(layout);
    }

    /** A group of {@code columns} widgets side by side, without margins. */
    static Composite group(Composite row, int columns) {
        Composite g = new Composite(row, SWT.NONE);
        GridLayout l = new GridLayout(columns, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        g.setLayout(l);
        return g;
    }

    /** A text field of the given width in pixels. */
    static Text text(Composite parent, int width) {
        Text t = new Text(parent, SWT.BORDER);
        GridData gd = new GridData();
        gd.widthHint = width;
        t.setLayoutData(gd);
        return t;
    }

    /** A label and a text field in a group of their own. */
    static Text field(Composite row, String label, int width) {
        Composite g = group(row, 2);
        new Label(g, SWT.NONE).setText(label);
        return text(g, width);
    }
}
