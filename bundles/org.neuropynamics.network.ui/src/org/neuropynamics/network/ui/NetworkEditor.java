package org.neuropynamics.network.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkValidator;
import org.neuropynamics.ui.PathEditorInput;

/**
 * Graphical editor of a {@code .neuronet} file: a palette (tools, delete, auto layout, zoom, run) over a
 * {@link NetworkCanvas}. Changes go through an EMF command stack (Undo/Redo in the Edit menu); the title
 * shows * while unsaved and closing asks to save; saving is atomic; Save As writes a new file and edits it.
 * The canvas selection (several nodes and projections) is the part's selection and stays in step with the
 * Outline. Run simulates in a Job and shows the result views.
 */
public final class NetworkEditor extends EditorPart {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.editor";

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
    private final NetworkEdits edits = new NetworkEdits(domain);
    private final NetworkSelection selection = new NetworkSelection();
    private Network network;
    private Path file;
    private NetworkCanvas canvas;
    private EditorPalette palette;
    private Label status;
    private OutlineSync outline;
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
        stack.addCommandStackListener(e -> {
            if (canvas != null && !canvas.isDisposed()) {
                canvas.getDisplay().asyncExec(this::stackChanged);
            }
        });
    }

    private void stackChanged() {
        firePropertyChange(PROP_DIRTY);
        if (canvas.isDisposed()) {
            return;
        }
        canvas.selection().retainAttached();
        canvas.redraw();
        palette.update();
        if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
            properties.refresh();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        palette = new EditorPalette(this, stack);
        palette.createPalette(parent);
        canvas = new NetworkCanvas(parent, edits);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(escape(network.getName()));
        canvas.setNetwork(network);
        palette.createContextMenu(canvas);
        canvas.selection().addListener(this::canvasSelectionChanged);
        getSite().setSelectionProvider(selection);
        palette.registerGlobalActions(getEditorSite().getActionBars());
    }

    private void canvasSelectionChanged(List<EObject> now) {
        EObject primary = canvas.selection().primary();
        status.setText(now.size() > 1 ? now.size() + " selected (" + name(primary) + " last)"
                : primary == null ? escape(network.getName()) : name(primary));
        selection.set(NetworkSelection.of(now));
        if (outline != null) {
            outline.canvasChanged(now);
        }
        palette.update();
    }

    private static String name(EObject e) {
        Object n = e == null ? null : e.eGet(e.eClass().getEStructuralFeature("name"));
        return escape(n == null ? "" : n.toString());
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new OutlineSync(new NetworkOutlinePage(network, domain.getAdapterFactory()), canvas);
            }
            return type.cast(outline.page());
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

    /**
     * The property source of a model element of this editor (for the Properties view and tests). A value set
     * for several selected elements at once is one undoable change.
     */
    public IPropertySource propertySource(Object element) {
        return element instanceof EObject e ? new NetworkPropertySource(e, domain.getAdapterFactory(), domain,
                c -> edits.executeGrouped(c, () -> canvas.getDisplay().asyncExec(edits::endGesture))) : null;
    }

    /** The edited network (for views and tests). */
    public Network network() {
        return network;
    }

    public NetworkCanvas canvas() {
        return canvas;
    }

    public NetworkEdits edits() {
        return edits;
    }

    /** The file edited (changes with Save As). */
    public Path file() {
        return file;
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
     * Lays the boxes out with ELK Layered (spikes flowing left to right) as one undoable change, then zooms
     * to fit.
     */
    public void autoLayout() {
        try {
            edits.place(NetworkAutoLayout.places(network), "Auto Layout");
            canvas.fit();
        } catch (RuntimeException | LinkageError e) {
            MessageDialog.openError(getSite().getShell(), "Auto Layout",
                    "The layout engine (ELK) failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Runs the network in a Job; the result views show the result. A network with problems (a projection
     * without a target, a negative size, an unknown model...) is not run: the problems are listed, each
     * naming its element, and null is returned.
     */
    public Job run() {
        List<String> problems = new NetworkValidator(ModelRegistry.getDefault()).problems(network);
        if (!problems.isEmpty()) {
            if (status != null && !status.isDisposed()) {
                status.setText(escape(problems.size() == 1 ? problems.get(0)
                        : problems.size() + " problems: " + problems.get(0) + " ..."));
            }
            MessageDialog.openError(getSite().getShell(), "Cannot run " + getPartName(),
                    "Fix these problems first:\n\n" + String.join("\n", problems));
            return null;
        }
        Job job = new NetworkRunJob(getPartName(), NetworkFiles.copy(network), getSite().getShell(), this::show);
        job.schedule();
        return job;
    }

    private void show(NetworkResult r) {
        if (status != null && !status.isDisposed()) {
            status.setText(escape(String.format(Locale.ROOT, "%s: %d spikes in %.0f ms simulated (build %.0f ms, "
                    + "run %.0f ms)", network.getName(), r.totalPopulationSpikes(), r.durationMs(), r.buildMs(),
                    r.runMs())));
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
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save Network As");
        dialog.setFilterExtensions(new String[] {"*.neuronet", "*.*"});
        dialog.setFilterPath(file.toAbsolutePath().getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen.endsWith(".neuronet") ? chosen : chosen + ".neuronet"));
        }
    }

    /**
     * Saves the network (atomically) to {@code target} and goes on editing that file; the old file keeps
     * what it had. On failure a message names the file and the editor stays on the old one.
     */
    public boolean saveAs(Path target) {
        URI old = network.eResource().getURI();
        network.eResource().setURI(URI.createFileURI(target.toAbsolutePath().toString()));
        try {
            NetworkFiles.save(network, target);
        } catch (NetworkFileException e) {
            network.eResource().setURI(old);
            MessageDialog.openError(getSite().getShell(), "Save As failed", e.getMessage());
            return false;
        }
        file = target;
        setInputWithNotify(new PathEditorInput(target));
        setPartName(target.getFileName().toString());
        stack.saveIsDone();
        firePropertyChange(PROP_DIRTY);
        return true;
    }

    @Override
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
