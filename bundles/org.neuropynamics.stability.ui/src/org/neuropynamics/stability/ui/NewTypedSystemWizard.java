package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.WorkbenchException;

/**
 * File &gt; New &gt; Typed System: a planar system typed in the phase plane's editor, started from the model
 * templates or the library of examples. Nothing is written until the user saves it (Save .ode).
 */
public final class NewTypedSystemWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.stability.ui.newTypedSystem";

    private IWorkbench workbench;
    private WizardPage page;
    private org.eclipse.swt.widgets.List list;
    private final List<ExampleSystems.Example> choices = new ArrayList<>();
    private PhasePlaneView opened;

    public NewTypedSystemWizard() {
        setWindowTitle("New Typed System");
        choices.addAll(NewModelWizard.TEMPLATES);
        choices.addAll(ExampleSystems.all());
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        workbench = wb;
    }

    @Override
    public void addPages() {
        page = new WizardPage("typed") {
            @Override
            public void createControl(Composite parent) {
                Composite c = new Composite(parent, SWT.NONE);
                c.setLayout(new GridLayout(2, true));
                Label l = new Label(c, SWT.NONE);
                l.setText("&Start from:");
                l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                list = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
                choices.forEach(e -> list.add(e.name()));
                list.select(0);
                GridData ld = new GridData(SWT.FILL, SWT.FILL, true, true);
                ld.heightHint = 200;
                list.setLayoutData(ld);
                Text preview = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
                GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true);
                pd.widthHint = 300;
                preview.setLayoutData(pd);
                preview.setText(choices.get(0).source());
                list.addListener(SWT.Selection, e -> preview.setText(choices.get(selected()).source()));
                setControl(c);
            }
        };
        page.setTitle("New Typed System");
        page.setDescription("A system of equations typed in the phase plane (x' = ..., y' = ..., par ...).");
        addPage(page);
    }

    /** Selects the start by name (for tests); false when there is none of that name. */
    public boolean select(String name) {
        for (int k = 0; k < choices.size(); k++) {
            if (choices.get(k).name().equals(name)) {
                list.select(k);
                return true;
            }
        }
        return false;
    }

    private int selected() {
        return Math.max(0, list.getSelectionIndex());
    }

    /** The phase plane Finish opened, or null. */
    public PhasePlaneView openedView() {
        return opened;
    }

    @Override
    public boolean performFinish() {
        String text = choices.get(selected()).source();
        try {
            workbench.showPerspective("org.neuropynamics.stability.ui.perspective",
                    workbench.getActiveWorkbenchWindow());
            opened = (PhasePlaneView) workbench.getActiveWorkbenchWindow().getActivePage()
                    .showView(PhasePlaneView.ID);
            opened.openSystem(text);
            return true;
        } catch (WorkbenchException e) {
            page.setErrorMessage("The phase plane could not open: " + e.getMessage());
            return false;
        }
    }
}
