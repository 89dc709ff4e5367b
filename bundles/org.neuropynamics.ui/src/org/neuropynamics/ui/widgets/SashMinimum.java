package org.neuropynamics.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps the first pane of a two-pane {@link SashForm} (a column of controls beside a chart) at least as wide
 * as it needs, so that sliders stay usable and fields are not cut off when the view is narrow (a tutorial
 * open beside it at 1280x720), but never wider than a share of the sash: the chart keeps the rest. When the
 * view is wide, the panes keep their weights.
 */
public final class SashMinimum {

    private SashMinimum() {
    }

    /**
     * @param sash a horizontal sash with two panes
     * @param content what the first pane shows (its preferred width is the minimum), or null to use
     *        {@code minimumPixels} alone (for a column whose preferred width is a long row that wraps)
     * @param minimumPixels a lower bound of the first pane's width (e.g. for usable sliders)
     * @param share the first pane's share when the view is wide (e.g. 0.28)
     * @param maxShare the largest share the first pane may take (e.g. 0.55)
     */
    public static void keep(SashForm sash, Control content, int minimumPixels, double share, double maxShare) {
        sash.addListener(SWT.Resize, e -> apply(sash, content, minimumPixels, share, maxShare));
    }

    static void apply(SashForm sash, Control content, int minimumPixels, double share, double maxShare) {
        int width = sash.getClientArea().width;
        if (width <= 0 || (content != null && content.isDisposed())) {
            return;
        }
        int needed = content == null ? minimumPixels
                : Math.max(minimumPixels, content.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 20);
        int first = (int) Math.round(Math.min(maxShare * width, Math.max(share * width, needed)));
        int[] weights = sash.getWeights();
        int total = weights[0] + weights[1];
        int current = total == 0 ? 0 : (int) Math.round((double) weights[0] * width / total);
        if (Math.abs(current - first) > 2) {
            sash.setWeights(first, Math.max(1, width - first));
        }
    }
}
