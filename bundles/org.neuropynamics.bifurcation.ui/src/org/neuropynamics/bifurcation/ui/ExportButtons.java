package org.neuropynamics.bifurcation.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.MessageBox;
import org.neuropynamics.ui.export.FigureExportActions;

/**
 * PNG, SVG and CSV buttons of a view: PNG and SVG write the chart of {@link #canvas()} at its on-screen size
 * through {@link FigureExportActions} (the same painter as the screen and as {@code render}), CSV writes the
 * full-resolution data.
 */
public abstract class ExportButtons {

    private final String baseName;

    ExportButtons(String baseName) {
        this.baseName = baseName;
    }

    /** The canvas whose chart is exported. */
    abstract ChartCanvas canvas();

    /** Writes the data. */
    abstract void writeCsv(Path file) throws IOException;

    /** Adds the three buttons to a composite. */
    void createButtons(Composite parent) {
        button(parent, "PNG", "png", "Save the figure as a PNG image");
        button(parent, "SVG", "svg", "Save the figure as an SVG vector drawing");
        button(parent, "CSV", "csv", "Save the computed points as CSV");
    }

    private void button(Composite parent, String text, String ext, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> {
            Path file = org.neuropynamics.ui.widgets.SaveLocation.ask(parent.getShell(),
                    "Export " + text, baseName, ext, null);
            if (file != null) {
                export(file, ext, parent);
            }
        });
    }

    /** Writes the figure or the data to a file by extension (png, svg, csv); reports problems in a message box. */
    void export(Path file, String ext, Composite parent) {
        try {
            exportTo(file, ext);
        } catch (IOException | RuntimeException e) {
            MessageBox box = new MessageBox(parent.getShell(), SWT.ICON_ERROR | SWT.OK);
            box.setText("Export");
            box.setMessage("Cannot write " + file + ": " + e.getMessage());
            box.open();
        }
    }

    /** Writes without dialogs: PNG and SVG as the canvas's export actions write them (the figure layer's files). */
    public void exportTo(Path file, String ext) throws IOException {
        if (ext.equals("csv")) {
            writeCsv(file);
            return;
        }
        if (canvas().chart() == null) {
            throw new IOException("nothing to export yet");
        }
        FigureExportActions.export(canvas(), ext.equals("png") ? FigureExportActions.Format.PNG
                : FigureExportActions.Format.SVG, file);
    }
}
