package org.neuropynamics.singleneuron.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.ui.export.FigureExport;

/** The view's toolbar: the traces as PNG or SVG, the data as CSV, image and data to the clipboard. */
final class ExportActions {

    private final SingleNeuronView view;

    ExportActions(SingleNeuronView view) {
        this.view = view;
    }

    void contribute(IToolBarManager toolbar) {
        toolbar.add(action("PNG", "Save the traces as a PNG image (the picture 'neuropynamics render' draws)",
                () -> save("png", file -> FigureExport.writePng(figure(), 1000, 700, file))));
        toolbar.add(action("SVG", "Save the traces as an SVG vector figure", () -> save("svg", file ->
                FigureExport.writeSvg(figure(), 1000, 700, file))));
        toolbar.add(action("CSV", "Save the data (t, every variable, the input current) as CSV", () -> save("csv",
                file -> FigureExport.writeCsv(SingleNeuronFigure.table(view.shownExperiment(), view.shownTrace()),
                        file))));
        toolbar.add(action("Copy", "Copy the traces (image) and their data (CSV text) to the clipboard", () -> {
            if (ready()) {
                FigureExport.copyToClipboard(view.shownCharts(),
                        SingleNeuronFigure.table(view.shownExperiment(), view.shownTrace()));
            }
        }));
    }

    private Figure figure() {
        return SingleNeuronFigure.figure(view.shownExperiment(), view.shownTrace());
    }

    private interface Writer {
        void write(Path file) throws Exception;
    }

    private boolean ready() {
        if (view.shownTrace() == null) {
            MessageDialog.openInformation(shell(), "Export", "Nothing is simulated yet.");
            return false;
        }
        return true;
    }

    private void save(String extension, Writer writer) {
        if (!ready()) {
            return;
        }
        Path name = org.neuropynamics.ui.widgets.SaveLocation.ask(shell(), "Export " + extension.toUpperCase(
                java.util.Locale.ROOT), view.shownExperiment().model().id(), extension, null);
        if (name == null) {
            return;
        }
        try {
            writer.write(name);
        } catch (Exception e) {
            MessageDialog.openError(shell(), "Export", "Could not write " + name + ": " + e.getMessage());
        }
    }

    private Shell shell() {
        return view.getSite().getShell();
    }

    private static Action action(String text, String tooltip, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(tooltip);
        return a;
    }
}
