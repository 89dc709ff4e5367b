package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.ui.RecentFiles;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.stability.phaseplane.Direction;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PlaneProjection;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.ui.export.FigureExportActions;

/**
 * The phase plane of any catalogue model with two or more variables, or of a typed system: vector field,
 * nullclines, classified equilibria with their Jacobian, trajectories launched by clicking, separatrices,
 * limit cycles, live parameter sliders, zoom and pan, export. Computation runs off the UI thread.
 * <p>
 * A typed system is a document: it belongs to an {@code .ode} file once opened or saved (File &gt; Save,
 * Save As), is dirty while its text differs from the file's (the workbench asks to save it on quit), and is
 * kept in a {@link PlaneSession} at every change, so that it comes back after a restart or a crash (changes
 * the user chose not to save when the view closed are dropped).
 */
public final class PhasePlaneView extends ViewPart
        implements PlaneCanvas.Listener, ResultTables.Actions, ISaveablePart2, org.neuropynamics.ui.ModelLists {

    /** The source list's entry for a typed system that belongs to no file. */
    static final String TYPED = "Typed system";
    /** Prefix of the source list's entry for a system opened from a file. */
    static final String FILE = "File: ";
    /** Prefix of the source list's entry for a system run from the .ode editor. */
    static final String EDITOR = "Editor: ";

    /** View id. */
    public static final String ID = "org.neuropynamics.stability.ui.views.phasePlane";

    final PlaneState state = new PlaneState();
    private Combo source;
    private SystemEditor editor;
    private ParameterControls parameters;
    private DisplayControls display;
    private PlaneCanvas canvas;
    private ResultTables tables;
    private SeriesCanvas series;
    private PortraitComputer computer;
    private Label status;
    private PortraitComputer.Snapshot last;
    /** The {@code @ total} of the shown {@code .ode} text: how long trajectories run (as in XPPAUT), or NaN. */
    private double fileTotal = Double.NaN;
    /** The .ode file of the typed system (null: none yet). */
    private Path file;
    /** The typed system's text as last opened or saved (null for a catalogue model). */
    private String savedText;
    /** The entry added to the source list for a typed or opened system (null: none). */
    private String extraSource;
    private boolean wasDirty;
    /** The source list's entry of the system shown. */
    private String shownSource;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite left = new Composite(scroll, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        new Label(left, SWT.NONE).setText("System");
        source = new Combo(left, SWT.READ_ONLY | SWT.DROP_DOWN);
        source.setItems(PlaneSources.labels().toArray(String[]::new));
        source.setVisibleItemCount(20);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        source.addListener(SWT.Selection, e -> {
            String chosen = source.getText();
            if (chosen.equals(extraSource) || chosen.equals(shownSource)) {
                return;
            }
            if (!okToReplace()) {
                source.setText(shownSource == null ? "" : shownSource);
                return;
            }
            selectSource(chosen);
        });
        editor = new SystemEditor(left, this::typedSystem);
        editor.addModifyListener(this::edited);
        editor.onReplaced(() -> {
            if (savedText != null) {
                savedText = editor.source();
                dirtyChanged();
            }
        });
        editor.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new OdeFileButtons(left, this);
        parameters = new ParameterControls(left, values -> {
            state.params = values;
            recompute();
        });
        parameters.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        display = new DisplayControls(left, this);
        display.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroll.setContent(left);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        left.addListener(SWT.Resize, e -> scroll.setMinSize(left.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        Composite top = new Composite(right, SWT.NONE);
        GridLayout tl = new GridLayout(1, false);
        tl.marginWidth = 0;
        tl.marginHeight = 0;
        top.setLayout(tl);
        canvas = new PlaneCanvas(top, this);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(top, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 200; // wraps to the canvas's width (the line was cut beside the tutorial, issue 18)
        status.setLayoutData(sd);
        series = new SeriesCanvas(right);
        tables = new ResultTables(right, this);
        right.setWeights(54, 16, 30);
        sash.setWeights(28, 72);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> canvas);
        // the left column keeps its fields and check boxes whole beside a tutorial (at most half the view)
        org.neuropynamics.ui.widgets.SashMinimum.keep(sash, left, 340, 0.28, 0.5);
        computer = new PortraitComputer(parent.getDisplay(), this::show, this::failed);
        if (!restore(PlaneSession.load())) {
            boolean fhn = List.of(source.getItems()).contains(PlaneSources.MODEL + "fitzhugh-nagumo");
            selectSource(fhn ? PlaneSources.MODEL + "fitzhugh-nagumo" : PlaneSources.EXAMPLE + "FitzHugh-Nagumo");
        }
    }

    /** Shows the stored session; false when there is none to show. */
    private boolean restore(PlaneSession session) {
        if (session == null) {
            return false;
        }
        try {
            if (session.text() == null) {
                if (session.source() == null || PlaneSources.example(session.source()) != null) {
                    return false;
                }
                selectSource(session.source());
                return true;
            }
            ExampleSystems.Example example = session.source() == null ? null : PlaneSources.example(session.source());
            showTyped(session.text(), session.file(), session.savedText(),
                    example != null ? PlaneSources.EXAMPLE + example.name() : null);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Shows a catalogue model ("Model: id" or the bare id) or an example ("Example: name" or its name). */
    public void selectSource(String label) {
        ExampleSystems.Example example = PlaneSources.example(label);
        String id = label.startsWith(PlaneSources.MODEL) ? label.substring(PlaneSources.MODEL.length()) : label;
        if (example != null) {
            showTyped(example.source(), null, example.source(), PlaneSources.EXAMPLE + example.name());
            return;
        }
        Model model = ModelRegistry.getDefault().get(id);
        dropExtraSource();
        source.setText(PlaneSources.MODEL + id);
        file = null;
        savedText = null;
        editor.setEditable(false);
        editor.setSource("# catalogue model '" + id + "': " + model.name() + "\n# its equations are built in; "
                + "choose an Example (or Open .ode) to type your own system.\n");
        double[] p = model.defaultParameters();
        List<String> names = model.variableNames();
        fileTotal = Double.NaN;
        setModel(model, names.get(0), names.get(1), p, PlaneSources.windowFor(model, p, 0, 1));
        dirtyChanged();
        remember();
    }

    /** Opens a typed system (the text of an .ode file) in the editor; it belongs to no file. */
    public void openSystem(String odeText) {
        showTyped(odeText, null, odeText, null);
    }

    /**
     * Opens an .ode file (File &gt; Open, Open Recent, the Open .ode button): its text in the editor, a syntax
     * error shown at its line and column. Asks first when the system shown has unsaved changes.
     */
    public void openFile(Path odeFile) {
        if (!okToReplace()) {
            return;
        }
        String text;
        try {
            text = org.neuropynamics.core.io.InputFiles.readText(odeFile, "model file");
        } catch (org.neuropynamics.core.io.FileProblem e) {
            MessageDialog.openError(getSite().getShell(), "Open", e.getMessage());
            return;
        }
        Path absolute = odeFile.toAbsolutePath().normalize();
        showTyped(text, absolute, text, null);
        RecentFiles.add(absolute);
    }

    /**
     * Shows the text of the .ode editor (Run in Phase Plane): a typed system labelled with the file's name that
     * belongs to no file here (the editor owns the file; changes made here are saved with Save As). Asks first
     * when the system shown has unsaved changes; false when the user cancels.
     */
    public boolean showEditorText(String odeText, Path editedFile) {
        if (!okToReplace()) {
            return false;
        }
        showTyped(odeText, null, odeText, null);
        showExtraSource(EDITOR + editedFile.getFileName());
        remember();
        return true;
    }

    private void showTyped(String text, Path belongsTo, String saved, String sourceLabel) {
        file = belongsTo;
        savedText = saved;
        if (sourceLabel != null) {
            dropExtraSource();
            source.setText(sourceLabel);
        } else {
            showExtraSource(belongsTo == null ? TYPED : FILE + belongsTo.getFileName());
        }
        editor.setEditable(true);
        state.resetOnNextSystem = true;
        editor.setSource(text);
        savedText = saved;
        dirtyChanged();
        remember();
    }

    private void showExtraSource(String label) {
        dropExtraSource();
        source.add(label);
        extraSource = label;
        source.setText(label);
    }

    private void dropExtraSource() {
        if (extraSource != null) {
            source.remove(extraSource);
            extraSource = null;
        }
    }

    /** Where the view keeps its session (for tests: a restart reads it). */
    public static Path sessionFile() {
        return PlaneSession.location();
    }

    /** The .ode file the typed system belongs to (null: none). */
    public Path file() {
        return file;
    }

    /** The source list's entry shown ("Model: id", "Example: name", "File: name.ode" or "Typed system"). */
    public String sourceLabel() {
        return source.getText();
    }

    private void edited() {
        shownSource = source.getText();
        dirtyChanged();
        session = snapshot();
        int stamp = ++rememberStamp;
        source.getDisplay().timerExec(400, () -> {
            if (stamp == rememberStamp && !source.isDisposed()) {
                remember();
            }
        });
    }

    private int rememberStamp;
    /** What the view shows, as last stored or about to be stored. */
    private PlaneSession session;

    private PlaneSession snapshot() {
        String label = source.getText();
        boolean typed = savedText != null;
        return new PlaneSession(label.equals(extraSource) ? null : label, typed ? editor.source() : null, file,
                savedText);
    }

    /** Stores what the view shows, for the next start (and after a crash). */
    void remember() {
        if (source == null || source.isDisposed()) {
            return;
        }
        shownSource = source.getText();
        session = snapshot();
        session.store();
    }

    private void dirtyChanged() {
        boolean dirty = isDirty();
        if (dirty != wasDirty) {
            wasDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Asks to save unsaved changes before they are replaced; false when the user cancels. */
    private boolean okToReplace() {
        if (!isDirty()) {
            return true;
        }
        MessageDialog ask = new MessageDialog(getSite().getShell(), "Unsaved System", null,
                "The typed system" + (file == null ? "" : " of " + file.getFileName())
                        + " has unsaved changes. Save them first?",
                MessageDialog.QUESTION, 0, IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL,
                IDialogConstants.CANCEL_LABEL);
        int answer = ask.open();
        if (answer == 0) {
            return save(file);
        }
        return answer == 1;
    }

    @Override
    public boolean isDirty() {
        // the workbench's Save handler may still ask a view whose window was closed
        return savedText != null && editor != null && !editor.control().isDisposed()
                && !editor.source().equals(savedText);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!save(file) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        save(null);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return savedText != null;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    @Override
    public int promptToSaveOnClose() {
        return ISaveablePart2.DEFAULT;
    }

    /**
     * Saves the typed system to {@code target}, or to a file the user picks when it is null; true when
     * written. The file is written to a temporary file beside it and moved into place.
     */
    boolean save(Path target) {
        if (savedText == null) {
            return true;
        }
        Path to = target;
        if (to == null) {
            to = org.neuropynamics.ui.widgets.SaveLocation.ask(getSite().getShell(), "Save Typed System",
                    file == null ? "system.ode" : file.getFileName().toString(), "ode",
                    file == null ? null : file.getParent());
            if (to == null) {
                return false;
            }
        }
        return saveTo(to);
    }

    /** Writes the typed system to {@code to} without asking; true when written (errors are shown). */
    public boolean saveTo(Path to) {
        String text = editor.source();
        String content = text.strip().endsWith("done") ? text : text.stripTrailing() + "\ndone\n";
        Path absolute = to.toAbsolutePath().normalize();
        try {
            org.neuropynamics.core.io.OutputFiles.writeString(absolute, content);
        } catch (org.neuropynamics.core.io.FileProblem e) {
            MessageDialog.openError(getSite().getShell(), "Save", e.getMessage());
            return false;
        }
        file = absolute;
        savedText = text;
        showExtraSource(FILE + absolute.getFileName());
        RecentFiles.add(absolute);
        dirtyChanged();
        remember();
        return true;
    }

    private void typedSystem(Model model, OdeFile file) {
        fileTotal = file.options().total().orElse(Double.NaN);
        List<String> names = model.variableNames();
        String x = file.options().xPlot().filter(names::contains).orElse(names.get(0));
        String y = file.options().yPlot().filter(v -> names.contains(v) && !v.equals(x))
                .orElse(names.get(names.get(0).equals(x) ? 1 : 0));
        boolean sameShape = !state.resetOnNextSystem && state.model != null
                && state.model.variableNames().equals(names) && state.model.parameters().equals(model.parameters());
        double[] p = sameShape ? state.params : model.defaultParameters();
        PlaneWindow w = sameShape ? state.window : PlaneSources.windowFor(file);
        state.resetOnNextSystem = false;
        if (sameShape) {
            state.model = model;
            recompute();
        } else {
            setModel(model, x, y, p, w);
        }
    }

    private void setModel(Model model, String x, String y, double[] p, PlaneWindow window) {
        state.model = model;
        state.xName = x;
        state.yName = y;
        state.params = p.clone();
        state.fixed = model.initialState(p);
        state.window = window;
        state.defaultWindow = window;
        state.seeds = new ArrayList<>();
        state.hidden = new HashSet<>();
        state.selectedEquilibrium = -1;
        state.selectedTrajectory = -1;
        parameters.show(model, p);
        display.showAxes(model, x, y);
        getViewSite().getShell().getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                canvas.getParent().getParent().getParent().layout(true, true);
            }
        });
        recompute();
    }

    /** Recomputes the picture in the background (the newest request wins). */
    void recompute() {
        if (state.model == null || computer == null) {
            return;
        }
        try {
            PhasePortrait portrait = new PhasePortrait(state.model, state.xName, state.yName, state.fixed, state.window)
                    .arrows(state.arrows).separatrices(state.separatrices).integrateAllVariables(state.integrateAll)
                    .seeds(state.seeds).duration(fileTotal);
            Model planar = PlaneProjection.of(state.model, state.xName, state.yName, state.fixed).planarModel();
            computer.submit(new PortraitComputer.Request(portrait, planar, state.params.clone(), state.cycles));
        } catch (IllegalArgumentException e) {
            failed(e.getMessage());
        }
    }

    private void show(PortraitComputer.Snapshot s) {
        if (canvas.isDisposed()) {
            return;
        }
        last = s;
        if (state.selectedEquilibrium >= s.result().equilibria().size()) {
            state.selectedEquilibrium = -1;
        }
        if (state.selectedEquilibrium < 0 && s.result().equilibria().size() == 1) {
            state.selectedEquilibrium = 0;
        }
        canvas.setFigure(figure());
        tables.showEquilibria(s.result().equilibria(), state.selectedEquilibrium, state.xName, state.yName);
        tables.showCycles(s.cycles(), state.cycles);
        tables.showTrajectories(s.result().trajectories(), state.hidden, state.selectedTrajectory);
        int k = state.selectedTrajectory;
        series.show(k >= 0 && k < s.result().trajectories().size() ? s.result().trajectories().get(k) : null,
                state.xName, state.yName);
        showStatus(String.format(java.util.Locale.ROOT, "%s   computed in %.1f ms   (click: trajectory; wheel: zoom;"
                + " middle-drag or Shift-drag: pan; right-click: export)", state.model.name(), s.millis()));
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            showStatus("Cannot compute the picture: " + message);
        }
    }

    /** The catalogue models of the source list ("Model: id"; issue 17's dropins test reads them). */
    @Override
    public List<String[]> modelItems() {
        List<String[]> out = new java.util.ArrayList<>();
        for (String item : source.getItems()) {
            if (item.startsWith(PlaneSources.MODEL)) {
                out.add(new String[] {item.substring(PlaneSources.MODEL.length()), item});
            }
        }
        return out;
    }

    /** The status line under the plane, laid out again when its text takes another number of lines. */
    private void showStatus(String text) {
        if (status.getText().equals(text)) {
            return;
        }
        status.setText(text);
        status.getParent().layout(true);
    }

    /** The status line under the plane (for tests). */
    public Label statusLabel() {
        return status;
    }

    /** The figure currently shown (null before the first result). */
    public PlaneFigure figure() {
        if (last == null) {
            return null;
        }
        return new PlaneFigure(last.result(), last.cycles(), state.title(), state.scaledArrows,
                state.selectedEquilibrium, state.selectedTrajectory, Set.copyOf(state.hidden));
    }

    /** The last computed result (for tests and exports). */
    public PortraitComputer.Snapshot lastSnapshot() {
        return last;
    }

    public SystemEditor editor() {
        return editor;
    }

    ParameterControls parameterControls() {
        return parameters;
    }

    public ResultTables tables() {
        return tables;
    }

    /** Sets a parameter of the shown system as if its slider moved. */
    public void setParameter(String name, double value) {
        parameters.set(name, value);
    }

    /** Launches a trajectory from (x, y). */
    public void launch(double x, double y, Direction direction) {
        state.seeds.add(new PhasePortrait.Seed(x, y, direction));
        state.selectedTrajectory = state.seeds.size() - 1;
        recompute();
    }

    @Override
    public void clicked(double x, double y) {
        launch(x, y, state.direction);
    }

    @Override
    public void equilibriumSelected(int index) {
        selectEquilibrium(index);
    }

    @Override
    public void windowChanged(PlaneWindow window) {
        state.window = window;
        recompute();
    }

    @Override
    public void selectEquilibrium(int index) {
        state.selectedEquilibrium = index;
        if (last != null) {
            show(last);
        }
    }

    @Override
    public void selectTrajectory(int index) {
        state.selectedTrajectory = index;
        if (last != null) {
            show(last);
        }
    }

    @Override
    public void toggleTrajectory(int index) {
        if (index >= 0 && !state.hidden.remove(index)) {
            state.hidden.add(index);
        }
        if (last != null) {
            show(last);
        }
    }

    @Override
    public void deleteTrajectory(int index) {
        if (index < 0 || index >= state.seeds.size()) {
            return;
        }
        state.seeds.remove(index);
        Set<Integer> shifted = new HashSet<>();
        for (int h : state.hidden) {
            if (h != index) {
                shifted.add(h > index ? h - 1 : h);
            }
        }
        state.hidden = shifted;
        state.selectedTrajectory = -1;
        recompute();
    }

    @Override
    public void clearTrajectories() {
        state.seeds.clear();
        state.hidden.clear();
        state.selectedTrajectory = -1;
        recompute();
    }

    public PlaneCanvas canvas() {
        return canvas;
    }

    public SeriesCanvas series() {
        return series;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            // still dirty while closing: the user answered Don't Save, so the next start shows the saved text
            // (after a crash, the session stored at the last edit brings the unsaved text back)
            (session.dirty() ? session.reverted() : session).store();
        }
        if (computer != null) {
            computer.dispose();
        }
        super.dispose();
    }
}
