package org.neuropynamics.network.ui;

import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.Painting;

/**
 * A view that shows one figure of the last network run on a {@link FigureCanvas}: {@link #setResult} stores the
 * run and the network it came from and shows the figure the view builds (the same figure {@code neuropynamics
 * render} draws), exportable as PNG, SVG and CSV from the toolbar and the context menu.
 */
public abstract class ResultView extends ViewPart {

    private FigureCanvas canvas;
    private NetworkResult result;
    private Network network;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new FigureCanvas(parent);
        canvas.setExportName(exportName());
        FigureExportActions.installContextMenu(canvas);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> canvas);
        refresh();
    }

    /** Shows a run of {@code net} (net may be null when only the result is known). */
    public void setResult(NetworkResult r, Network net) {
        result = r;
        network = net;
        refresh();
    }

    private void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (result == null && network == null || !hasData()) {
            canvas.setPainting(null, null);
            canvas.setMessage(emptyMessage());
        } else {
            canvas.setPainting(painting(), csv());
        }
    }

    /** The result shown, or null. */
    public NetworkResult result() {
        return result;
    }

    /** The network of the result shown, or null. */
    protected Network network() {
        return network;
    }

    /** True when the result holds what this view draws. */
    public abstract boolean hasData();

    /** What the view says while it has nothing to draw. */
    protected abstract String emptyMessage();

    /** The figure of the result (called when there is data). */
    protected abstract Painting painting();

    /** The figure's data as CSV text (called when there is data). */
    protected abstract Supplier<String> csv();

    /** The file name stem offered when exporting. */
    protected abstract String exportName();

    /** The figure widget. */
    public final FigureCanvas canvas() {
        return canvas;
    }

    /** The whole run label (the line above the view may show a shorter one). */
    private String runLabel = "";

    /**
     * Says above the view which network and run it shows ("" for none): the whole label when it fits the view's
     * width, else the run without the network's name (the whole one as the tab's tooltip); an "&" shows as
     * itself (issue 18: the Network Graph's line was cut at the right, "Vogels & Abbott" showed "Vogels _Abbott").
     */
    public void showsRun(String label) {
        runLabel = label == null ? "" : label;
        fitRunLabel();
        if (canvas != null && !canvas.isDisposed() && canvas.getData("runLabelFit") == null) {
            canvas.setData("runLabelFit", Boolean.TRUE);
            canvas.addListener(org.eclipse.swt.SWT.Resize, e -> fitRunLabel());
        }
    }

    private void fitRunLabel() {
        String shown = runLabel;
        int dash = runLabel.indexOf(" \u2014 ");
        if (dash > 0 && canvas != null && !canvas.isDisposed() && canvas.getSize().x > 0) {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(canvas);
            try {
                gc.setFont(canvas.getFont());
                if (gc.textExtent(runLabel).x > canvas.getSize().x - 8) {
                    shown = runLabel.substring(dash + 3);
                }
            } finally {
                gc.dispose();
            }
        }
        String escaped = shown.replace("&", "&&");
        if (!escaped.equals(getContentDescription())) {
            setContentDescription(escaped);
        }
        setTitleToolTip(runLabel.isEmpty() ? null : runLabel);
    }

    /** What the view says about the run it shows (the whole label). */
    public String runLabel() {
        return runLabel;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
