package org.neuropynamics.network.ui;

import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.neuropynamics.network.model.Node;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.NetworkValidator;
import org.neuropynamics.network.sim.RunOptions;

/**
 * Graphical editor of a {@code .neuronet} file: a palette (tools, delete, zoom, run) over a
 * {@link NetworkCanvas}. Changes go through an EMF command stack (Undo/Redo in the Edit menu); the title
 * shows * while unsaved; saving is atomic. Run simulates in a Job and shows the raster.
 */
public final class NetworkEditor extends EditorPart {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.editor";

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
    private final NetworkEdits edits = new NetworkEdits(domain);
    private Network network;
    private Path file;
    private NetworkCanvas canvas;
    private Label status;
    private final NetworkSelection selection = new NetworkSelection();
    private NetworkOutlinePage outline;
    private PropertySheetPage properties;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        if (!(input instanceof IPathEditorInput pi)) {
            throw new PartInitException("The network editor opens files (" + input.getName() + " is not one).");
        }
        file = pi.getPath().toFile().toPath();
        try {
            network = NetworkFiles.load(file, domain.getResourceSet());
        } catch (NetworkFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        edits.setNetwork(network);
        setPartName(file.getFileName().toString());
        stack.addCommandStackListener((EventObject e) -> {
            if (canvas != null && !canvas.isDisposed()) {
                canvas.getDisplay().asyncExec(() -> {
                    firePropertyChange(PROP_DIRTY);
                    if (!canvas.isDisposed()) {
                        canvas.redraw();
                    }
                });
            }
        });
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        ToolBar palette = new ToolBar(parent, SWT.FLAT | SWT.WRAP);
        canvas = new NetworkCanvas(parent, edits);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tool(palette, "Select", NetworkCanvas.Tool.SELECT, true);
        tool(palette, "Population", NetworkCanvas.Tool.POPULATION, false);
        tool(palette, "Poisson input", NetworkCanvas.Tool.POISSON, false);
        tool(palette, "Projection", NetworkCanvas.Tool.PROJECTION, false);
        new ToolItem(palette, SWT.SEPARATOR);
        push(palette, "Delete", canvas::deleteSelection);
        push(palette, "Zoom +", () -> canvas.zoomBy(1.25));
        push(palette, "Zoom -", () -> canvas.zoomBy(0.8));
        new ToolItem(palette, SWT.SEPARATOR);
        push(palette, "Run", this::run);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(network.getName() == null ? "" : network.getName().replace("&", "&&"));
        canvas.setNetwork(network);
        canvas.onSelection(n -> {
            status.setText(n == null || n.getName() == null ? "" : n.getName().replace("&", "&&"));
            selection.set(n == null ? StructuredSelection.EMPTY : new StructuredSelection(n));
        });
        getSite().setSelectionProvider(selection);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action("Undo") {
            @Override
            public void run() {
                undo();
            }
        });
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action("Redo") {
            @Override
            public void run() {
                redo();
            }
        });
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new NetworkOutlinePage(network, domain.getAdapterFactory());
                outline.addSelectionChangedListener(e -> {
                    Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
                    if (first instanceof Node n && canvas != null && n != canvas.selection()) {
                        canvas.select(n);
                    }
                });
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            if (properties == null) {
                properties = new PropertySheetPage();
                properties.setPropertySourceProvider(this::propertySource);
            }
            return type.cast(properties);
        }
        return super.getAdapter(type);
    }

    /** The property source of a model element of this editor (for the Properties view and tests). */
    public IPropertySource propertySource(Object element) {
        return element instanceof EObject e ? new NetworkPropertySource(e, domain.getAdapterFactory(), domain)
                : null;
    }

    private void tool(ToolBar bar, String text, NetworkCanvas.Tool t, boolean selected) {
        ToolItem item = new ToolItem(bar, SWT.RADIO);
        item.setText(text);
        item.setSelection(selected);
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection()) {
                canvas.setTool(t);
            }
        });
    }

    private static void push(ToolBar bar, String text, Runnable r) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> r.run());
    }

    /** The edited network (for views and tests). */
    public Network network() {
        return network;
    }

    public NetworkCanvas canvas() {
        return canvas;
    }

    NetworkEdits edits() {
        return edits;
    }

    /** Undoes the last change. */
    public void undo() {
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    /** Redoes the last undone change. */
    public void redo() {
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    /**
     * Runs the network in a Job; the result views show the result. A network with problems (a projection
     * without a target, a negative size, an unknown model...) is not run: the problems are listed, each
     * naming its element, and null is returned.
     */
    public Job run() {
        java.util.List<String> problems = new NetworkValidator(
                org.neuropynamics.core.registry.ModelRegistry.getDefault()).problems(network);
        if (!problems.isEmpty()) {
            String text = String.join("\n", problems);
            if (status != null && !status.isDisposed()) {
                status.setText(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: "
                        + problems.get(0) + " ...");
            }
            MessageDialog.openError(getSite().getShell(), "Cannot run " + getPartName(),
                    "Fix these problems first:\n\n" + text);
            return null;
        }
        Network copy = NetworkFiles.copy(network);
        Job job = new Job("Running " + getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Simulating", 1000);
                RunMonitor rm = new RunMonitor() {
                    private int done;

                    @Override
                    public boolean isCanceled() {
                        return monitor.isCanceled();
                    }

                    @Override
                    public void worked(double fraction) {
                        int now = (int) (fraction * 1000);
                        monitor.worked(now - done);
                        done = now;
                    }
                };
                try {
                    NetworkResult r = new NetworkSimulator().run(copy, RunOptions.DEFAULT, rm);
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(r));
                    return Status.OK_STATUS;
                } catch (RunCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (NetworkBuildException e) {
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> MessageDialog.openError(
                            getSite().getShell(), "Cannot run the network", e.getMessage()));
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void show(NetworkResult r) {
        if (status != null && !status.isDisposed()) {
            status.setText(String.format(java.util.Locale.ROOT, "%s: %d spikes in %.0f ms simulated (build %.0f ms, "
                    + "run %.0f ms)", String.valueOf(network.getName()).replace("&", "&&"),
                    r.totalPopulationSpikes(), r.durationMs(), r.buildMs(), r.runMs()));
        }
        try {
            ResultViews.show(getSite().getPage(), r, network);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Result views", e.getMessage());
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            NetworkFiles.save(network, file);
            stack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (NetworkFileException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: the network stays in its file
    }

    @Override
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
