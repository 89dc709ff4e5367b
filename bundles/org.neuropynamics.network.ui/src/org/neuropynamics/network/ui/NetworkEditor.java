package org.neuropynamics.network.ui;

import java.nio.file.Path;
import java.util.List;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkProblem;
import org.neuropynamics.network.sim.NetworkValidator;
import org.neuropynamics.network.model.RunSettings;
import org.neuropynamics.network.model.build.Describe;
import org.neuropynamics.ui.PathEditorInput;

/**
 * Graphical editor of a {@code .neuronet} file: a vertical palette of tools beside a {@link NetworkCanvas}, the
 * commands (delete, auto layout, zoom, fit, validate, run) in a row above it. Changes go through an EMF command
 * stack (Undo/Redo in the Edit menu, named after the change); the title shows * while unsaved and closing asks to
 * save; saving is atomic; Save As writes a new file and edits it. The canvas selection (several nodes and
 * projections) is the part's selection and stays in step with the Outline; with nothing selected Properties
 * shows the network and its run settings. Validate lists every problem in Network Problems and marks the
 * elements; Run validates, simulates in a Job and shows the result views, which follow the active editor.
 */
public final class NetworkEditor extends EditorPart implements org.neuropynamics.ui.ModelLists {

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
    /** Whether the problems were listed once: from then on every change re-validates. */
    private boolean validated;
    private String lastInfo = "";
    private LastRun lastRun;
    private final IPartListener2 follow = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == NetworkEditor.this && lastRun != null) {
                showResult(lastRun, false);
            }
        }
    };

    /**
     * The last run of this editor's network: its result, what the result views say about it (network, time,
     * duration, dt, seed).
     */
    public record LastRun(NetworkResult result, String label) {
    }

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
            // models kept in the file (a NeuroML ionChannelHH cell, issue 15): registered from their data
            org.neuropynamics.network.sim.ModelDefinitions.install(network,
                    org.neuropynamics.core.registry.ModelRegistry.getDefault());
        } catch (NetworkFileException | IllegalArgumentException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        edits.setNetwork(network);
        // once the problems were listed, every change to the network (from any view) re-validates
        network.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                if (!n.isTouch() && validated) {
                    revalidateLater();
                }
            }
        });
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

    private boolean revalidating;

    private void revalidateLater() {
        if (revalidating || canvas == null || canvas.isDisposed()) {
            return;
        }
        revalidating = true;
        canvas.getDisplay().asyncExec(() -> {
            revalidating = false;
            if (!canvas.isDisposed()) {
                problems(false);
            }
        });
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 2;
        parent.setLayout(layout);
        palette = new EditorPalette(this, stack);
        palette.createPalette(parent).setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true, 1, 2));
        GridData commandsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        commandsData.widthHint = 120; // the row wraps to the column's width instead of widening it
        palette.createCommands(parent).setLayoutData(commandsData);
        canvas = new NetworkCanvas(parent, edits);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        status.setText(escape(network.getName()));
        canvas.setNetwork(network);
        palette.createContextMenu(canvas);
        canvas.selection().addListener(this::canvasSelectionChanged);
        getSite().setSelectionProvider(selection);
        palette.registerGlobalActions(getEditorSite().getActionBars());
        getSite().getPage().addPartListener(follow);
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(follow);
        if (lastRun != null) {
            ResultViews.forget(getSite().getPage(), lastRun.result());
        }
        super.dispose();
    }

    private void canvasSelectionChanged(List<EObject> now) {
        EObject primary = canvas.selection().primary();
        status.setText(now.size() > 1 ? now.size() + " selected (" + name(primary) + " last)"
                : primary == null ? escape(network.getName()) : name(primary));
        // nothing selected: Properties shows the network (name, description, run settings)
        selection.set(now.isEmpty() ? new org.eclipse.jface.viewers.StructuredSelection(network)
                : NetworkSelection.of(now));
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
                // categories in a modeller's order, the properties inside one in the order given: Model before
                // its parameters (in the model's order), Rule before its field, a kind before its values
                properties = new PropertySheetPage() {
                    @Override
                    public void createControl(Composite parent) {
                        super.createControl(parent);
                        if (getControl() instanceof org.eclipse.swt.widgets.Tree tree) {
                            // names whole: the sheet gives them 40 % once; at 1280x720 that cut "Target Variable"
                            tree.addListener(SWT.Resize, e -> fitNameColumn(tree));
                            tree.addListener(SWT.Expand, e -> tree.getDisplay().asyncExec(() -> fitNameColumn(tree)));
                        }
                    }

                    {
                        setSorter(new PropertySheetSorter() {
                            @Override
                            public int compare(IPropertySheetEntry a, IPropertySheetEntry b) {
                                return 0;
                            }

                            @Override
                            public int compareCategories(String a, String b) {
                                int byRank = Integer.compare(categoryRank(a), categoryRank(b));
                                return byRank != 0 || a == null || b == null ? byRank : a.compareTo(b);
                            }
                        });
                    }
                };
                properties.setPropertySourceProvider(this::propertySource);
            }
            return type.cast(properties);
        }
        return super.getAdapter(type);
    }

    /**
     * Widens the Properties view's name column to its widest shown name (with the tree's indentation), at most
     * 60 % of the view; the value column gets the rest (issue 18).
     */
    static void fitNameColumn(org.eclipse.swt.widgets.Tree tree) {
        if (tree.isDisposed() || tree.getColumnCount() < 2) {
            return;
        }
        int width = tree.getClientArea().width;
        if (width <= 0) {
            return;
        }
        int wanted = 0;
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
        gc.setFont(tree.getFont());
        java.util.ArrayDeque<org.eclipse.swt.widgets.TreeItem> items = new java.util.ArrayDeque<>(
                java.util.List.of(tree.getItems()));
        while (!items.isEmpty()) {
            org.eclipse.swt.widgets.TreeItem item = items.pop();
            if (item.isDisposed()) {
                continue;
            }
            org.eclipse.swt.graphics.Rectangle text = item.getTextBounds(0);
            wanted = Math.max(wanted, text.x + (tree.getHorizontalBar() == null ? 0
                    : tree.getHorizontalBar().getSelection())
                    + gc.textExtent(item.getText(0)).x + 12);
            if (item.getExpanded()) {
                items.addAll(java.util.List.of(item.getItems()));
            }
        }
        gc.dispose();
        int name = Math.max(width * 40 / 100, Math.min(wanted, width * 60 / 100));
        tree.getColumn(0).setWidth(name);
        tree.getColumn(1).setWidth(Math.max(40, width - name));
    }

    /** The choices of the population's model picker in Properties (issue 17's dropins test reads them). */
    @Override
    public List<String[]> modelItems() {
        return ElementProperties.networkModels().stream()
                .map(m -> new String[] {m.id(), ElementProperties.modelLabel(m)}).toList();
    }

    /** The Properties view's categories, what a modeller edits first on top; the generic ones (Misc) last. */
    private static final List<String> CATEGORIES = List.of("Neuron", "Parameters", "Initial values", "Connectivity",
            "Weight", "Delay", "Synapse", "Spikes");

    private static int categoryRank(String category) {
        int k = CATEGORIES.indexOf(category);
        return k < 0 ? CATEGORIES.size() : k;
    }

    /**
     * The property source of a model element of this editor (for the Properties view and tests). A value set
     * for several selected elements at once is one undoable change.
     */
    public IPropertySource propertySource(Object element) {
        return element instanceof EObject e ? new NetworkPropertySource(e, domain.getAdapterFactory(), domain,
                c -> {
                    edits.executeGrouped(c, () -> canvas.getDisplay().asyncExec(edits::endGesture));
                    // a change added to the gesture's compound does not notify the stack's listeners
                    canvas.getDisplay().asyncExec(this::stackChanged);
                }, this::info)
                : null;
    }

    /** Tells the user what a change did beyond its value: in the editor's status line and the workbench's. */
    void info(String message) {
        lastInfo = message;
        if (status != null && !status.isDisposed()) {
            status.setText(escape(message));
        }
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** The last message of {@link #info} (for tests). */
    public String lastInfo() {
        return lastInfo;
    }

    /** The editor's status line text (for tests). */
    public String statusText() {
        return status == null || status.isDisposed() ? "" : status.getText().replace("&&", "&");
    }

    /** The last run of this network in this editor, or null. */
    public LastRun lastRun() {
        return lastRun;
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
     * Edit &gt; Validate: lists every problem of the network in the Network Problems view (shown even when
     * there is none, to say so), marks the elements on the canvas, and keeps the list current while the
     * network is edited.
     */
    public List<NetworkProblem> validate() {
        return problems(true);
    }

    private List<NetworkProblem> problems(boolean showView) {
        List<NetworkProblem> found = new NetworkValidator(ModelRegistry.getDefault()).check(network);
        validated = true;
        Map<EObject, Boolean> marks = new LinkedHashMap<>();
        for (NetworkProblem p : found) {
            marks.merge(p.element(), p.error(), Boolean::logicalOr);
        }
        if (canvas != null && !canvas.isDisposed()) {
            canvas.setProblems(marks);
        }
        try {
            NetworkProblemsView view = (NetworkProblemsView) (showView
                    ? getSite().getPage().showView(NetworkProblemsView.ID, null, IWorkbenchPage.VIEW_VISIBLE)
                    : getSite().getPage().findView(NetworkProblemsView.ID));
            if (view != null) {
                view.show(this, found);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Network Problems", e.getMessage());
        }
        return found;
    }

    /**
     * Runs the network in a Job (with progress, cancellable); the result views show the result, named after
     * the network and the run. It is validated first: while it has errors it is not run, the problems are
     * listed at once in the Network Problems view, and null is returned. Warnings do not block.
     */
    public Job run() {
        List<NetworkProblem> found = problems(false);
        long errors = found.stream().filter(NetworkProblem::error).count();
        if (errors > 0) {
            problems(true);
            if (status != null && !status.isDisposed()) {
                status.setText(escape("Not run: " + errors + (errors == 1 ? " error" : " errors")
                        + " (listed in Network Problems, marked in red)"));
            }
            return null;
        }
        RunSettings settings = network.getRun();
        String label = String.format(Locale.ROOT, "%s — run at %s: %s ms, dt %s ms, seed %d",
                network.getName() == null || network.getName().isEmpty() ? getPartName() : network.getName(),
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                Describe.number(settings == null ? 1000 : settings.getDuration()),
                Describe.number(settings == null ? 0.1 : settings.getDt()), settings == null ? 1 : settings.getSeed());
        Job job = NetworkRunJob.create(getPartName(), NetworkFiles.copy(network), getSite().getShell(),
                r -> show(r, label));
        job.schedule();
        return job;
    }

    private void show(NetworkResult r, String label) {
        if (status != null && !status.isDisposed()) {
            status.setText(escape(String.format(Locale.ROOT, "%s: %d spikes in %.0f ms simulated (build %.0f ms, "
                    + "run %.0f ms)", network.getName(), r.totalPopulationSpikes(), r.durationMs(), r.buildMs(),
                    r.runMs())));
        }
        lastRun = new LastRun(r, label);
        showResult(lastRun, true);
    }

    private void showResult(LastRun run, boolean bringToTop) {
        try {
            ResultViews.show(getSite().getPage(), run.result(), network, run.label(), bringToTop);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Result views", e.getMessage());
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            org.neuropynamics.network.sim.ModelDefinitions.attach(network); // issue 15
            NetworkFiles.save(network, file);
            stack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (NetworkFileException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        Path chosen = org.neuropynamics.ui.widgets.SaveLocation.ask(getSite().getShell(), "Save Network As",
                file.getFileName().toString(), "neuronet", file.toAbsolutePath().getParent());
        if (chosen != null) {
            saveAs(chosen);
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
            org.neuropynamics.network.sim.ModelDefinitions.attach(network); // issue 15
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
