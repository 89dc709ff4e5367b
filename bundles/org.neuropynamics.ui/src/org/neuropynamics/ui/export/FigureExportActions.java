package org.neuropynamics.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.neuropynamics.plot.render.FigureFiles;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.Painting;
import org.neuropynamics.ui.widgets.SaveLocation;

/**
 * The one set of export actions of the workbench's figures: PNG and SVG of what a {@link FigureCanvas} shows
 * (painted by the same painter at the widget's size, written by {@link FigureFiles} exactly as the command
 * line's {@code render} writes it) and the figure's data as CSV. Installed on a canvas's context menu and,
 * for a view's main figure, on the view's toolbar.
 */
public final class FigureExportActions {

    /** The file formats. */
    public enum Format {
        PNG, SVG, CSV;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private FigureExportActions() {
    }

    /** Adds "Export PNG/SVG/CSV..." to the canvas's context menu. */
    public static void installContextMenu(FigureCanvas canvas) {
        MenuManager menu = new MenuManager();
        contribute(menu, () -> canvas);
        canvas.setMenu(menu.createContextMenu(canvas));
        canvas.addDisposeListener(e -> menu.dispose());
    }

    /** Adds the three export actions for the figure {@code target} supplies (a view's toolbar). */
    public static void contribute(IContributionManager manager, Supplier<FigureCanvas> target) {
        for (Format f : Format.values()) {
            Action a = new Action(f.name()) {
                @Override
                public void run() {
                    ask(target.get(), f);
                }
            };
            // short on a toolbar, spelled out in a menu
            boolean toolbar = manager instanceof org.eclipse.jface.action.IToolBarManager;
            a.setText(toolbar ? f.name() : f == Format.CSV ? "Export data as CSV..."
                    : "Export figure as " + f.name() + "...");
            a.setToolTipText(f == Format.CSV ? "Save the figure's data as CSV"
                    : "Save the figure as " + f.name() + " (the same picture 'neuropynamics render' draws)");
            a.setId("org.neuropynamics.ui.export." + f.extension());
            manager.add(a);
        }
    }

    private static void ask(FigureCanvas canvas, Format format) {
        if (canvas == null || canvas.isDisposed() || canvas.painting() == null
                || (format == Format.CSV && canvas.data() == null)) {
            MessageDialog.openInformation(canvas == null ? null : canvas.getShell(), "Export",
                    "There is nothing to export yet.");
            return;
        }
        Path name = SaveLocation.ask(canvas.getShell(), "Export " + format.name(), canvas.exportName(),
                format.extension(), null);
        if (name == null) {
            return;
        }
        try {
            export(canvas, format, name);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(canvas.getShell(), "Export", "Could not write " + name + ": " + e.getMessage());
        }
    }

    /** Writes what the canvas shows, at its current size, in the given format. */
    public static void export(FigureCanvas canvas, Format format, Path file) throws IOException {
        Point size = canvas.getSize();
        Painting p = canvas.painting();
        if (p == null) {
            throw new IOException("there is no figure to export");
        }
        switch (format) {
            case PNG, SVG -> FigureFiles.write(file, format == Format.PNG, Math.max(1, size.x), Math.max(1, size.y),
                    c -> p.paint(c, Math.max(1, size.x), Math.max(1, size.y)));
            case CSV -> {
                if (canvas.data() == null) {
                    throw new IOException("this figure has no data table");
                }
                FigureFiles.write(file, canvas.data().get().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
