package org.neuropynamics.stability.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.Dropins;
import org.neuropynamics.core.registry.ModelDescriptor;
import org.neuropynamics.core.registry.ModelPluginJar;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * File &gt; New &gt; Model Plug-in: the workbench's {@code neuropynamics new-model}. Makes a model plug-in jar
 * ({@link ModelPluginJar}) from an XPPAUT {@code .ode} file, checked first (an error names its line and column and
 * nothing is written), into a dropins folder ({@link Dropins}): the installation's when it is writable, else the
 * user's {@code ~/.neuropynamics/dropins}. The workbench installs it at its next start; Finish offers to restart.
 */
public final class NewModelPluginWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.stability.ui.newModelPlugin";

    private IWorkbench workbench;
    private Page page;
    private Path written;
    private boolean askRestart = true;

    public NewModelPluginWizard() {
        setWindowTitle("New Model Plug-in");
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        workbench = wb;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The page (for tests). */
    public Page page() {
        return page;
    }

    /** The jar Finish wrote, or null. */
    public Path written() {
        return written;
    }

    /** Whether Finish asks to restart the workbench (tests turn it off). */
    public void setAskRestart(boolean ask) {
        askRestart = ask;
    }

    /** The dropins folder a new plug-in goes to by default: the installation's if writable, else the user's. */
    static Path defaultFolder() {
        Path install = Dropins.folderOfArea(Platform.getInstallLocation() == null ? null
                : Platform.getInstallLocation().getURL().toString());
        if (install != null) {
            Path dropins = install.resolve(Dropins.FOLDER);
            if (Files.isDirectory(dropins) && Files.isWritable(dropins)) {
                return dropins;
            }
        }
        Path user = Dropins.userFolder();
        return user != null ? user : Path.of(System.getProperty("user.home", "."));
    }

    @Override
    public boolean performFinish() {
        Path source = page.source();
        String text;
        try {
            text = InputFiles.readText(source, "model file");
        } catch (FileProblem e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        String id = page.id.getText().strip();
        ModelPluginJar plugin = new ModelPluginJar(id, page.name.getText().strip(),
                ModelPluginJar.MODEL_ID.matcher(id).matches() ? ModelPluginJar.defaultSymbolicName(id) : "", "1.0.0",
                text);
        Model model;
        try {
            model = plugin.validate(source.getFileName().toString());
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        } catch (EquationException e) {
            page.setErrorMessage(source.getFileName() + ": " + e.getMessage());
            return false;
        }
        for (ModelDescriptor d : ModelRegistry.getDefault().descriptors()) {
            if (d.id().equals(id) && !d.contributor().equals(plugin.symbolicName())) {
                page.setErrorMessage("Model id '" + id + "' is already installed (" + d.name() + "): choose another.");
                return false;
            }
        }
        Path folder = page.folder();
        Path jar = folder.resolve(plugin.fileName());
        try {
            if (folder.equals(Dropins.userFolder())) {
                Files.createDirectories(folder);
            }
            OutputFiles.writeBytes(jar, plugin.toBytes(), source);
        } catch (IOException e) {
            page.setErrorMessage(e instanceof FileProblem ? e.getMessage() : "Cannot write " + jar + ": " + e);
            return false;
        }
        written = jar;
        if (askRestart && workbench != null) {
            boolean dropins = Dropins.folders(Dropins.folderOfArea(Platform.getInstallLocation() == null ? null
                    : Platform.getInstallLocation().getURL().toString())).contains(folder.toAbsolutePath().normalize());
            String what = "Wrote " + jar + "\n\nModel '" + model.name() + "' (" + id + ": "
                    + String.join(", ", model.variableNames()) + ")";
            if (dropins) {
                if (MessageDialog.openQuestion(getShell(), "Model Plug-in", what + " is installed when the workbench"
                        + " starts; the command line lists it now.\n\nRestart the workbench now?")) {
                    getShell().getDisplay().asyncExec(() -> workbench.restart());
                }
            } else {
                MessageDialog.openInformation(getShell(), "Model Plug-in", what + " is not in a dropins folder: copy"
                        + " the jar into one (" + String.join(" or ", Dropins.folders(null).stream()
                                .map(Path::toString).toList()) + ", or dropins/ of an installation) to install it.");
            }
        }
        return true;
    }

    /** The page: the .ode file, the model id and name, and the folder of the jar. */
    public static final class Page extends WizardPage {

        private Text file;
        private Text id;
        private Text name;
        private Text folder;
        private boolean idEdited;
        private boolean nameEdited;

        Page() {
            super("modelPlugin");
            setTitle("New Model Plug-in");
            setDescription("Make a plug-in from an XPPAUT .ode file and install it into a dropins folder.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText("&Model file (.ode):");
            file = new Text(c, SWT.BORDER);
            GridData fd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            fd.widthHint = 380;
            file.setLayoutData(fd);
            Button browseFile = new Button(c, SWT.PUSH);
            browseFile.setText("B&rowse...");
            browseFile.addListener(SWT.Selection, e -> {
                FileDialog d = new FileDialog(getShell(), SWT.OPEN);
                d.setFilterNames(new String[] { "XPPAUT models (*.ode)", "All files (*.*)" });
                d.setFilterExtensions(new String[] { "*.ode", "*.*" });
                String chosen = d.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            new Label(c, SWT.NONE).setText("Model &id:");
            id = new Text(c, SWT.BORDER);
            id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            id.setMessage("lower-case, e.g. my-neuron");
            new Label(c, SWT.NONE).setText("&Name:");
            name = new Text(c, SWT.BORDER);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(c, SWT.NONE).setText("&Install into:");
            folder = new Text(c, SWT.BORDER);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folder.setText(defaultFolder().toString());
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("Bro&wse...");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(getShell());
                d.setFilterPath(folder.getText());
                String chosen = d.open();
                if (chosen != null) {
                    folder.setText(chosen);
                }
            });
            Label hint = new Label(c, SWT.WRAP);
            GridData hd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            hd.widthHint = 520;
            hint.setLayoutData(hd);
            hint.setText("The plug-in (a jar with its manifest, plugin.xml and the .ode file) is installed when the"
                    + " workbench starts from " + String.join(" or ", Dropins.folders(null).stream().map(Path::toString)
                            .toList()) + " or the dropins folder of the installation; the command line (models,"
                    + " simulate, ...) sees it at once. Delete the jar to remove it.");
            file.addListener(SWT.Modify, e -> {
                String stem = stem();
                if (!idEdited) {
                    setQuietly(id, stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                            .replaceAll("^[^a-z]+", ""));
                }
                if (!nameEdited) {
                    setQuietly(name, stem);
                }
                validate();
            });
            id.addListener(SWT.Modify, e -> {
                if (!Boolean.TRUE.equals(id.getData("quiet"))) {
                    idEdited = true;
                }
                validate();
            });
            name.addListener(SWT.Modify, e -> {
                if (!Boolean.TRUE.equals(name.getData("quiet"))) {
                    nameEdited = true;
                }
                validate();
            });
            folder.addListener(SWT.Modify, e -> validate());
            setControl(c);
            validate();
            setErrorMessage(null);
        }

        private static void setQuietly(Text text, String value) {
            text.setData("quiet", Boolean.TRUE);
            text.setText(value);
            text.setData("quiet", null);
        }

        private String stem() {
            Path p = source();
            return p == null || p.getFileName() == null ? ""
                    : p.getFileName().toString().replaceFirst("(?i)\\.ode$", "");
        }

        /** Sets the fields (for tests). */
        public void set(Path odeFile, String modelId, String modelName, Path into) {
            file.setText(odeFile.toString());
            if (modelId != null) {
                id.setText(modelId);
            }
            if (modelName != null) {
                name.setText(modelName);
            }
            folder.setText(into.toString());
        }

        /** The .ode file, or null for a bad path. */
        Path source() {
            try {
                String f = file.getText().strip();
                return f.isEmpty() ? null : Path.of(f);
            } catch (InvalidPathException e) {
                return null;
            }
        }

        Path folder() {
            return Path.of(folder.getText().strip()).toAbsolutePath().normalize();
        }

        private void validate() {
            String problem = null;
            Path src = source();
            String f = folder.getText().strip();
            Path dir = null;
            try {
                dir = f.isEmpty() ? null : Path.of(f).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                dir = null;
            }
            if (src == null || !Files.isRegularFile(src)) {
                problem = "Choose an existing XPPAUT .ode file.";
            } else if (!ModelPluginJar.MODEL_ID.matcher(id.getText().strip()).matches()) {
                problem = "The model id: lower-case letters, digits and - _ . starting with a letter.";
            } else if (name.getText().isBlank()) {
                problem = "Give the model a name.";
            } else if (dir == null || !(Files.isDirectory(dir) || dir.equals(Dropins.userFolder()))) {
                problem = "The folder " + f + " does not exist.";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
