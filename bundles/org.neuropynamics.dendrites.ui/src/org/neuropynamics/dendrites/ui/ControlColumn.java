package org.neuropynamics.dendrites.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The left column of a dendrites view: a fixed width (the parameter panel's sliders keep at least 150 px at
 * 1280x720 beside the tutorial, LayoutAt1280x720Test) that scrolls vertically when the view is low.
 */
final class ControlColumn {

    /** Width of the column in pixels. */
    static final int WIDTH = 430;

    private ControlColumn() {
    }

    /** The column's content (a 3-column grid) in a vertical scroller, laid out in {@code parent}'s grid. */
    static Composite create(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, false, true);
        data.widthHint = WIDTH;
        scroll.setLayoutData(data);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite controls = new Composite(scroll, SWT.NONE);
        controls.setLayout(new GridLayout(3, false));
        scroll.setContent(controls);
        scroll.addListener(SWT.Resize, e -> refit(controls));
        return controls;
    }

    /** Lays the column out again after its content changed (a longer status text). */
    static void refit(Composite controls) {
        if (controls.isDisposed() || !(controls.getParent() instanceof ScrolledComposite scroll)) {
            return;
        }
        scroll.setMinSize(controls.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
        controls.layout(true, true);
    }
}
