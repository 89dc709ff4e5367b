package org.neuropynamics.network.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.neuropynamics.network.examples.NetworkTemplates;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.ui.PathEditorInput;

/**
 * File &gt; New &gt; Network: a name, a template (empty, the course network, CUBA, a two-neuron pair, a
 * Poisson-driven population) and where to save it. Finish saves the new network (named as typed, without
 * description, with the user's usual file permissions) and opens it in the network editor of the Networks
 * perspective.
 */
public final class NewNetworkWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.newNetwork";
    private static final String FOLDER = "folder";

    private IWorkbench workbench;
    private Page page;
    private NetworkEditor opened;

    public NewNetworkWizard() {
        setWindowTitle("New Network");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The wizard's page (for tests). */
    public Page page() {
        return page;
    }

    /** The editor Finish opened, or null. */
    public NetworkEditor openedEditor() {
        return opened;
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        Network n = page.template().create(page.networkName());
        try {
            NetworkFiles.save(n, file);
        } catch (NetworkFileException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        lastFolder = file.toAbsolutePath().getParent();
        try {
            IWorkbenchPage wp = workbench.getActiveWorkbenchWindow().getActivePage();
            if (wp.getPerspective() == null || !NetworkPerspective.ID.equals(wp.getPerspective().getId())) {
                workbench.showPerspective(NetworkPerspective.ID, workbench.getActiveWorkbenchWindow());
                wp = workbench.getActiveWorkbenchWindow().getActivePage();
            }
            opened = (NetworkEditor) wp.openEditor(new PathEditorInput(file), NetworkEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New Network", "Saved " + file + " but could not open it: "
                    + e.getMessage());
        } catch (WorkbenchException e) {
            MessageDialog.openError(getShell(), "New Network", e.getMessage());
        }
        return true;
    }

    /** The folder of the last network made in this session (the next one goes there too). */
    private static Path lastFolder;

    /** The page: name, template, folder and file. */
    public static final class Page extends WizardPage {

        private Text name;
        private List templates;
        private Label description;
        private Text folder;
        private Text fileName;
        private boolean fileNameEdited;
        private boolean updating;

        Page() {
            super("network");
            setTitle("New Network");
            setDescription("Name the network, choose what it starts from and where to save it.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText("&Name:");
            name = new Text(c, SWT.BORDER);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            name.setText("Untitled network");
            Label t = new Label(c, SWT.NONE);
            t.setText("&Start from:");
            t.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            templates = new List(c, SWT.BORDER | SWT.SINGLE);
            for (NetworkTemplates template : NetworkTemplates.values()) {
                templates.add(template.label());
            }
            templates.select(0);
            templates.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
            new Label(c, SWT.NONE);
            description = new Label(c, SWT.WRAP);
            GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            dd.widthHint = 420;
            dd.heightHint = 48;
            description.setLayoutData(dd);
            new Label(c, SWT.NONE).setText("&Folder:");
            folder = new Text(c, SWT.BORDER);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folder.setText(defaultFolder().toString());
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(getShell());
                d.setFilterPath(folder.getText());
                String chosen = d.open();
                if (chosen != null) {
                    folder.setText(chosen);
                }
            });
            new Label(c, SWT.NONE).setText("F&ile name:");
            fileName = new Text(c, SWT.BORDER);
            fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            name.addListener(SWT.Modify, e -> {
                if (!fileNameEdited) {
                    updating = true;
                    fileName.setText(fileNameFor(name.getText()));
                    updating = false;
                }
                validate();
            });
            fileName.addListener(SWT.Modify, e -> {
                fileNameEdited |= !updating;
                validate();
            });
            folder.addListener(SWT.Modify, e -> validate());
            templates.addListener(SWT.Selection, e -> validate());
            updating = true;
            fileName.setText(fileNameFor(name.getText()));
            updating = false;
            setControl(c);
            validate();
            name.setFocus();
            name.selectAll();
        }

        /** The typed name of the network. */
        public String networkName() {
            return name.getText().trim();
        }

        public void setNetworkName(String s) {
            name.setText(s);
        }

        /** The chosen template. */
        public NetworkTemplates template() {
            return NetworkTemplates.values()[Math.max(0, templates.getSelectionIndex())];
        }

        public void setTemplate(NetworkTemplates t) {
            templates.select(t.ordinal());
            templates.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }

        public void setFolder(Path dir) {
            folder.setText(dir.toString());
        }

        /** The file Finish writes. */
        public Path file() {
            String f = fileName.getText().trim();
            return Path.of(folder.getText().trim()).resolve(f.endsWith(".neuronet") ? f : f + ".neuronet");
        }

        private void validate() {
            description.setText(template().description());
            String problem = null;
            String f = fileName.getText().trim();
            Path dir = Path.of(folder.getText().trim().isEmpty() ? "." : folder.getText().trim());
            if (networkName().isEmpty()) {
                problem = "Type a name for the network.";
            } else if (f.isEmpty() || f.contains("/") || f.contains("\\")) {
                problem = "Type a file name (without folder).";
            } else if (!Files.isDirectory(dir)) {
                problem = "The folder " + dir + " does not exist.";
            } else if (!Files.isWritable(dir)) {
                problem = "The folder " + dir + " cannot be written.";
            } else if (Files.exists(file())) {
                problem = file().getFileName() + " exists in this folder: choose another file name.";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        private static String fileNameFor(String name) {
            String base = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            return (base.isEmpty() ? "network" : base) + ".neuronet";
        }

        private static Path defaultFolder() {
            if (lastFolder != null && Files.isDirectory(lastFolder)) {
                return lastFolder;
            }
            return Path.of(System.getProperty("user.home"));
        }
    }
}
