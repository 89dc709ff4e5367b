package org.neuropynamics.stability.ui;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.io.OutputFiles;

/** Open and save the typed system as an XPPAUT {@code .ode} file. */
final class OdeFileButtons {

    OdeFileButtons(Composite parent, PhasePlaneView view) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(2, true));
        Button open = new Button(row, SWT.PUSH);
        open.setText("Open .ode...");
        open.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(parent.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.ode", "*.*"});
            String file = d.open();
            if (file != null) {
                try {
                    view.openSystem(InputFiles.readText(Path.of(file), "model file"));
                } catch (FileProblem ex) {
                    MessageDialog.openError(parent.getShell(), "Open", ex.getMessage());
                }
            }
        });
        Button save = new Button(row, SWT.PUSH);
        save.setText("Save .ode...");
        save.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(parent.getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] {"*.ode"});
            d.setFileName("system.ode");
            d.setOverwrite(true);
            String file = d.open();
            if (file != null) {
                try {
                    String text = view.editor().source();
                    OutputFiles.writeString(Path.of(file),
                            text.strip().endsWith("done") ? text : text.stripTrailing() + "\ndone\n");
                } catch (FileProblem ex) {
                    MessageDialog.openError(parent.getShell(), "Save", ex.getMessage());
                }
            }
        });
    }
}
