package org.neuropynamics.stability.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.WorkbenchException;

/**
 * File &gt; New &gt; Model: an XPPAUT {@code .ode} file written from a short template (a planar neuron, a
 * blank planar system), saved with the user's usual permissions and opened in the phase plane, where it is
 * edited, analysed and saved again.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.stability.ui.newModel";

    /** The templates: name and {@code .ode} text. */
    static final List<ExampleSystems.Example> TEMPLATES = List.of(
            new ExampleSystems.Example("Planar neuron (FitzHugh-Nagumo)", """
                    # FitzHugh-Nagumo neuron: v' = v - v^3/3 - w + I, w' = (v + a - b w)/tau.
                    # Change the equations, parameters (par) and initial values (init) to make it yours.
                    par a=0.7, b=0.8, tau=12.5, I=0.5
                    v' = v - v^3/3 - w + I
                    w' = (v + a - b*w)/tau
                    init v=-1.2, w=-0.62
                    @ total=200, dt=0.01, xp=v, yp=w, xlo=-2.5, xhi=2.5, ylo=-1, yhi=2
                    done
                    """),
            new ExampleSystems.Example("Blank planar system (linear)", """
                    # A linear system x' = a x + b y, y' = c x + d y: replace the right-hand sides.
                    par a=-1, b=1, c=-1, d=-1
                    x' = a*x + b*y
                    y' = c*x + d*y
                    init x=1, y=0
                    @ xp=x, yp=y, xlo=-2, xhi=2, ylo=-2, yhi=2
                    done
                    """));

    /** The {@code .ode} text of template {@code k} (0: the planar neuron). */
    public static String templateText(int k) {
        return TEMPLATES.get(k).source();
    }

    private IWorkbench workbench;
    private Page page;
    private Path written;

    public NewModelWizard() {
        setWindowTitle("New Model");
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

    /** The file Finish wrote, or null. */
    public Path written() {
        return written;
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        String text = TEMPLATES.get(page.template).source();
        try {
            write(file, text);
        } catch (IOException e) {
            page.setErrorMessage("Cannot write " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
        written = file;
        try {
            workbench.showPerspective("org.neuropynamics.stability.ui.perspective",
                    workbench.getActiveWorkbenchWindow());
            IWorkbenchPage wp = workbench.getActiveWorkbenchWindow().getActivePage();
            PhasePlaneView view = (PhasePlaneView) wp.showView(PhasePlaneView.ID);
            view.openSystem(text);
        } catch (WorkbenchException e) {
            page.setErrorMessage("Saved " + file + " but the phase plane could not open: " + e.getMessage());
        }
        return true;
    }

    /**
     * Writes {@code text} to a new file atomically (a hidden file next to it, renamed), with the permissions
     * of any file the user creates (0666 less the umask); fails when the file exists.
     */
    static void write(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "it exists");
        }
        org.neuropynamics.core.io.OutputFiles.writeString(file, text);
    }

    /** The page: template, folder and file name. */
    public static final class Page extends WizardPage {

        private int template;
        private Text folder;
        private Text fileName;

        Page() {
            super("model");
            setTitle("New Model");
            setDescription("Write an XPPAUT .ode file from a template and open it in the phase plane.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            Label t = new Label(c, SWT.NONE);
            t.setText("&Template:");
            t.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.SINGLE);
            TEMPLATES.forEach(e -> list.add(e.name()));
            list.select(0);
            list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
            new Label(c, SWT.NONE);
            Text preview = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
            GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            pd.heightHint = 140;
            pd.widthHint = 460;
            preview.setLayoutData(pd);
            preview.setText(TEMPLATES.get(0).source());
            list.addListener(SWT.Selection, e -> {
                template = Math.max(0, list.getSelectionIndex());
                preview.setText(TEMPLATES.get(template).source());
                if (fileName.getText().isEmpty() || fileName.getText().startsWith("untitled-")) {
                    fileName.setText("untitled-" + (template == 0 ? "neuron" : "system") + ".ode");
                }
            });
            new Label(c, SWT.NONE).setText("&Folder:");
            folder = new Text(c, SWT.BORDER);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folder.setText(System.getProperty("user.home"));
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
            fileName.setText("untitled-neuron.ode");
            folder.addListener(SWT.Modify, e -> validate());
            fileName.addListener(SWT.Modify, e -> validate());
            setControl(c);
            validate();
        }

        public void setFolder(Path dir) {
            folder.setText(dir.toString());
        }

        public void setFileName(String name) {
            fileName.setText(name);
        }

        /** The file Finish writes. */
        public Path file() {
            String f = fileName.getText().trim();
            return Path.of(folder.getText().trim())
                    .resolve(f.toLowerCase(Locale.ROOT).endsWith(".ode") ? f : f + ".ode");
        }

        private void validate() {
            String f = fileName.getText().trim();
            Path dir = Path.of(folder.getText().trim().isEmpty() ? "." : folder.getText().trim());
            String problem = null;
            if (f.isEmpty() || f.contains("/") || f.contains("\\")) {
                problem = "Type a file name (without folder).";
            } else if (!Files.isDirectory(dir)) {
                problem = "The folder " + dir + " does not exist.";
            } else if (Files.exists(file())) {
                problem = file().getFileName() + " exists in this folder: choose another file name.";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
