package org.neuropynamics.singleneuron.ui;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.GcCanvas;

/**
 * The view's toolbar: PNG, SVG and CSV of the figure of the tab shown (the workbench's one set of export
 * actions, {@link FigureExportActions}: the picture {@code neuropynamics render single-neuron} draws), and Copy:
 * the figure as the screen shows it (image) and its data (CSV text) to the clipboard.
 */
final class ExportActions {

    private final SingleNeuronView view;
    private final Supplier<FigureCanvas> figure;

    ExportActions(SingleNeuronView view, Supplier<FigureCanvas> figure) {
        this.view = view;
        this.figure = figure;
    }

    void contribute(IToolBarManager toolbar) {
        FigureExportActions.contribute(toolbar, figure);
        Action copy = new Action("Copy") {
            @Override
            public void run() {
                copy();
            }
        };
        copy.setToolTipText("Copy the figure (image) and its data (CSV text) to the clipboard");
        toolbar.add(copy);
    }

    private void copy() {
        FigureCanvas canvas = figure.get();
        if (canvas == null || canvas.isDisposed() || canvas.painting() == null || canvas.data() == null) {
            MessageDialog.openInformation(view.getSite().getShell(), "Copy", "There is nothing to copy yet.");
            return;
        }
        Point size = canvas.getSize();
        int w = Math.max(1, size.x);
        int h = Math.max(1, size.y);
        Image image = new Image(canvas.getDisplay(), w, h);
        ImageData data;
        GC gc = new GC(image);
        GcCanvas c = new GcCanvas(gc);
        try {
            canvas.painting().paint(c, w, h);
        } finally {
            c.dispose();
            gc.dispose();
        }
        data = image.getImageData();
        image.dispose();
        Clipboard clipboard = new Clipboard(canvas.getDisplay());
        try {
            clipboard.setContents(new Object[] {data, canvas.data().get()},
                    new Transfer[] {ImageTransfer.getInstance(), TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }
}
