package org.neuropynamics.stability.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

/**
 * Open and save the typed system as an XPPAUT {@code .ode} file (the same as File &gt; Open File and File &gt;
 * Save As: the view remembers the file, and it appears in File &gt; Open Recent).
 */
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
                view.openFile(Path.of(file));
            }
        });
        Button save = new Button(row, SWT.PUSH);
        save.setText("Save .ode...");
        save.addListener(SWT.Selection, e -> view.doSaveAs());
    }
}
