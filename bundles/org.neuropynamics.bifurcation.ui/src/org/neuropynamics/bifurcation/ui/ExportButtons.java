package org.neuropynamics.bifurcation.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.neuropynamics.bifurcation.draw.Chart;

/**
 * PNG, SVG and CSV buttons of a view: PNG and SVG draw the chart of {@link #canvas()} at its on-screen size (the
 * same painter as the screen), CSV writes the full-resolution data.
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
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
            dialog.setFileName(baseName + "." + ext);
            dialog.setFilterExtensions(new String[] {"*." + ext});
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                export(Path.of(file), ext, parent);
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

    /** Writes without dialogs (tests). */
    public void exportTo(Path file, String ext) throws IOException {
        if (ext.equals("csv")) {
            writeCsv(file);
            return;
        }
        Chart chart = canvas().chart();
        if (chart == null) {
            throw new IOException("nothing to export yet");
        }
        Point size = canvas().getSize();
        int w = Math.max(400, size.x);
        int h = Math.max(300, size.y);
        if (ext.equals("png")) {
            ChartCanvas.writePng(canvas().getDisplay(), chart, w, h, file);
        } else {
            ChartCanvas.writeSvg(chart, w, h, file);
        }
    }
}
