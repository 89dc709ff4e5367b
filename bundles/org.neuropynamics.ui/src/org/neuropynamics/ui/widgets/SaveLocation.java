package org.neuropynamics.ui.widgets;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Where to save a file (or which file to open, {@link #askOpen}): one path field, prefilled with the last folder and a suggested name, a Browse... button
 * for the system's file chooser, and the extension added when the name has none. Every save and export of the
 * workbench asks here.
 * <p>
 * Why not the system's save dialog alone: GTK's is taller than a 720-pixel screen, and it preselects only the
 * part of the suggested name before the extension, so typing {@code hh-diagram.png} over
 * {@code continuation.png} gave {@code hh-diagram.png.png}. Here the whole path is selected and the extension
 * is added only when missing ({@link #withExtension}).
 */
public final class SaveLocation extends Dialog {

    private static Path lastFolder;

    private final String title;
    private final String extension;
    private final Path suggested;
    /** Choosing a file to open (it must exist; nothing is added to the name) rather than a place to save. */
    private boolean opening;
    private String[] openFilters;
    private Text path;
    private Label problem;
    private Path chosen;

    private SaveLocation(Shell parent, String title, Path suggested, String extension) {
        super(parent);
        this.title = title;
        this.suggested = suggested;
        this.extension = extension;
    }

    /**
     * Asks where to save; null when the user cancels. {@code folder} null: the folder of the last save.
     * An existing file is replaced only after the user agreed.
     *
     * @param extension without the dot ("png"); added to a name without extension
     */
    public static Path ask(Shell parent, String title, String name, String extension, Path folder) {
        Path dir = folder != null ? folder : lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        SaveLocation dialog = new SaveLocation(parent, title, dir.resolve(withExtension(name, extension)), extension);
        if (dialog.open() != OK) {
            return null;
        }
        Path parentDir = dialog.chosen.getParent();
        if (parentDir != null) {
            lastFolder = parentDir;
        }
        return dialog.chosen;
    }

    /**
     * Asks for a file to open: the same path field (prefilled with the last folder) and Browse... for the system's
     * chooser, which is taller than a 720-pixel screen; null when the user cancels. The file must exist.
     *
     * @param filters the chooser's filters, e.g. {"*.ode;*.neuronet", "*.*"}
     */
    public static Path askOpen(Shell parent, String title, String[] filters) {
        Path dir = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        SaveLocation dialog = new SaveLocation(parent, title, dir.resolve(""), "");
        dialog.opening = true;
        dialog.openFilters = filters;
        if (dialog.open() != OK) {
            return null;
        }
        if (dialog.chosen.getParent() != null) {
            lastFolder = dialog.chosen.getParent();
        }
        return dialog.chosen;
    }

    /** The name with ".extension" added when its last segment has no extension; otherwise as typed. */
    public static String withExtension(String name, String extension) {
        String trimmed = name.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String last = trimmed.substring(slash + 1);
        if (last.isEmpty() || last.lastIndexOf('.') > 0) {
            return trimmed;
        }
        return trimmed + "." + extension.toLowerCase(Locale.ROOT);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("File:");
        path = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridData pd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        pd.widthHint = 460;
        path.setLayoutData(pd);
        path.setText(opening ? suggested.toString() + java.io.File.separator : suggested.toString());
        if (opening) {
            path.setSelection(path.getText().length());
        } else {
            path.selectAll();
        }
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(opening ? "Type the file's path, or Browse... for it."
                : "Type a path or a name (saved in the folder shown); ." + extension
                        + " is added to a name without extension.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        return area;
    }

    private void browse() {
        if (opening) {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setText(title);
            d.setFilterExtensions(openFilters);
            Path current = resolve(path.getText());
            if (current != null) {
                d.setFilterPath((Files.isDirectory(current) ? current : current.getParent()).toString());
            }
            String picked = d.open();
            if (picked != null) {
                path.setText(picked);
                path.setSelection(picked.length());
            }
            return;
        }
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setText(title);
        d.setFilterExtensions(new String[] { "*." + extension, "*.*" });
        Path current = resolve(path.getText());
        if (current != null) {
            if (current.getParent() != null) {
                d.setFilterPath(current.getParent().toString());
            }
            // without its extension: GTK preselects the name up to the extension, and typing over it kept ".png"
            String name = current.getFileName() == null ? "" : current.getFileName().toString();
            String dotted = "." + extension.toLowerCase(Locale.ROOT);
            d.setFileName(name.toLowerCase(Locale.ROOT).endsWith(dotted)
                    ? name.substring(0, name.length() - dotted.length()) : name);
        }
        String picked = d.open();
        if (picked != null) {
            path.setText(withExtension(picked, extension));
            path.selectAll();
        }
    }

    private Path resolve(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(opening ? text : withExtension(text, extension));
            Path base = opening ? suggested : suggested.getParent();
            return p.isAbsolute() ? p.normalize() : base.resolve(p).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        Path p = resolve(path.getText());
        if (opening) {
            if (p == null || !Files.isRegularFile(p)) {
                problem.setText(p == null ? "Type a file's path." : Files.isDirectory(p) ? p + " is a folder."
                        : "There is no file " + p + ".");
                problem.getParent().layout(true);
                return;
            }
            chosen = p;
            super.okPressed();
            return;
        }
        if (p == null || p.getFileName() == null) {
            problem.setText("Type a file name.");
            problem.getParent().layout(true);
            return;
        }
        if (p.getParent() != null && !Files.isDirectory(p.getParent())) {
            problem.setText("The folder " + p.getParent() + " does not exist.");
            problem.getParent().layout(true);
            return;
        }
        if (Files.isDirectory(p)) {
            problem.setText(p + " is a folder.");
            problem.getParent().layout(true);
            return;
        }
        if (Files.exists(p) && MessageDialog.open(MessageDialog.QUESTION, getShell(), title,
                p.getFileName() + " already exists in " + p.getParent() + ". Replace it?", SWT.NONE,
                "Replace", IDialogConstants.CANCEL_LABEL) != 0) {
            return;
        }
        chosen = p;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, opening ? "Open" : "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
