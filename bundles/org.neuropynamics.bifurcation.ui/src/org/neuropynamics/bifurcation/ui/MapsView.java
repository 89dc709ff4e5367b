package org.neuropynamics.bifurcation.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.bifurcation.maps.OrbitDiagram;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.bifurcation.draw.MapFigures;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.Range;
import org.neuropynamics.ui.figures.FigureNavigation;
import org.neuropynamics.ui.jobs.Recomputation;
import org.neuropynamics.ui.export.FigureExportActions;

/**
 * Maps and chaos: the orbit diagram of a map (drag a rectangle to zoom, recomputed on the zoomed range by a
 * newest-only {@link Recomputation}; double-click for the full range), its
 * largest Lyapunov exponent below on the same axis, and on the right the cobweb plot (1-D maps) or the iterates
 * in the plane (2-D maps) at the parameter value chosen with the slider or by a click. The map is a 1-D map of
 * the catalogue (the logistic map) or one typed like a system in the side panel ({@link TypedMapPanel}).
 * <p>
 * A typed map is a document, like the Phase Plane's typed system: it belongs to an {@code .ode} file once saved
 * (File &gt; Save, Save As, the panel's Save .ode... button), is dirty while its text differs from the file's or
 * the example's, and the workbench asks to save it when the view or the window closes; it is kept in a
 * {@link TypedMapSession} at every change, so that it comes back after a restart or a crash.
 */
public final class MapsView extends ViewPart implements org.eclipse.ui.ISaveablePart2 {

    /** View id. */
    public static final String ID = "org.neuropynamics.bifurcation.ui.views.maps";
    private static final int COLUMNS = 700;
    private static final int SLIDER = 4000;
    private static final String TYPED = "Typed map";

    private List<Model> maps;
    private Combo mapChoice;
    private SashForm sides;
    private TypedMapPanel typedPanel;
    private ChartCanvas orbit;
    private ChartCanvas lyapunov;
    private ChartCanvas right;
    private Scale slider;
    private Label valueLabel;
    private Label status;
    private Model model;
    private double[] parameters;
    private String parameter;
    private String observed;
    private double[] sliderRange = {0, 1};
    private boolean autoY;
    private double[] window = {2.5, 4, 0, 1};
    private double marked = 3.7;
    private Recomputation<OrbitDiagram.Request, OrbitDiagram> orbits;
    private OrbitDiagram diagram;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(8, false));
        new Label(row, SWT.NONE).setText("Map");
        mapChoice = new Combo(row, SWT.READ_ONLY);
        maps = ModelRegistry.getDefault().models().stream()
                .filter(m -> m.kind() == Model.Kind.MAP && m.dimension() == 1).toList();
        maps.forEach(m -> mapChoice.add(m.name()));
        mapChoice.add(TYPED);
        Button reset = new Button(row, SWT.PUSH);
        reset.setText("Full range");
        sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        typedPanel = new TypedMapPanel(sides, this::showTyped);
        SashForm left = new SashForm(sides, SWT.VERTICAL);
        orbit = new ChartCanvas(left);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> orbit);
        orbit.setExportName("orbit-diagram");
        // the orbit diagram's ranges are recomputed, not magnified: the navigation hands them to the view
        orbit.navigation().zoomWindow(new FigureNavigation.Window() {
            @Override
            public void zoomTo(Range x, Range y) {
                zoom(x.min(), x.max(), y == null ? window[2] : y.min(), y == null ? window[3] : y.max());
            }

            @Override
            public void reset() {
                fullRange();
            }
        }).wheel(FigureNavigation.Wheel.NONE);
        orbits = new Recomputation<OrbitDiagram.Request, OrbitDiagram>(parent.getDisplay(), "Orbit diagram",
                OrbitDiagram::compute, new Recomputation.Handler<>() {
                    @Override
                    public void done(OrbitDiagram.Request r, OrbitDiagram d) {
                        shown(d);
                    }

                    @Override
                    public void failed(OrbitDiagram.Request r, Throwable error) {
                        MapsView.this.failed(error.getMessage() == null ? error.getClass().getSimpleName()
                                : error.getMessage());
                    }
                }).newestOnly();
        lyapunov = new ChartCanvas(left);
        lyapunov.setExportName("lyapunov");
        left.setWeights(3, 2);
        Composite rightPanel = new Composite(sides, SWT.NONE);
        rightPanel.setLayout(new GridLayout(2, false));
        right = new ChartCanvas(rightPanel);
        right.setExportName("cobweb");
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        valueLabel = new Label(rightPanel, SWT.NONE);
        valueLabel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        slider = new Scale(rightPanel, SWT.HORIZONTAL);
        slider.setMaximum(SLIDER);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sides.setWeights(2, 5, 3);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        mapChoice.addListener(SWT.Selection, e -> {
            int i = mapChoice.getSelectionIndex();
            if (i != maps.size() && showsTypedMap() && !okToReplace()) {
                mapChoice.select(maps.size());
                return;
            }
            if (i == maps.size()) {
                showTypedPanel();
            } else {
                selectMap(maps.get(i).id());
            }
        });
        reset.addListener(SWT.Selection, e -> fullRange());
        slider.addListener(SWT.Selection, e -> mark(sliderRange[0]
                + (sliderRange[1] - sliderRange[0]) * slider.getSelection() / SLIDER));
        orbit.navigation().addListener(new FigureNavigation.Listener() {
            @Override
            public void hovered(FigureNavigation.Pointer p) {
                orbit.setToolTipText(p == null ? null
                        : String.format(Locale.ROOT, "%s = %.6g, %s = %.5g", parameter, p.x(), observed, p.y()));
            }

            @Override
            public boolean clicked(FigureNavigation.Pointer p, boolean twice) {
                mark(p.x());
                return true;
            }
        });
        typedPanel.editor().onReplaced(() -> {
            savedMap = typedPanel.editor().source();
            dirtyChanged();
            if (ready) {
                // a new text (an example, a map typed in by a command): stored at once, not after a pause
                rememberTypedMap();
            }
        });
        typedPanel.guardReplacing(() -> {
            boolean ok = okToReplace();
            if (ok) {
                mapFile = null;
            }
            return ok;
        });
        typedPanel.onSave(() -> save(null));
        TypedMapSession stored = TypedMapSession.load();
        if (!maps.isEmpty() && (stored == null || !stored.shown())) {
            selectMap(maps.stream().anyMatch(m -> m.id().equals("logistic")) ? "logistic" : maps.get(0).id());
        } else {
            showTypedPanel();
            if (stored != null) {
                typedPanel.editor().setSource(stored.text());
                savedMap = stored.savedText() != null ? stored.savedText() : stored.text();
                mapFile = stored.file();
                dirtyChanged();
            }
        }
        typedPanel.editor().addModifyListener(this::typedMapEdited);
        ready = true;
    }

    /** The view is created (its session restored). */
    private boolean ready;

    private int rememberStamp;
    /** The .ode file of the typed map (null: none yet). */
    private Path mapFile;
    /** The typed map's text as last loaded or saved (the baseline of the dirty state). */
    private String savedMap;
    private boolean wasDirty;

    /** The typed map changed: stored shortly after, for the next start (and after a crash). */
    private void typedMapEdited() {
        dirtyChanged();
        last = session();
        int stamp = ++rememberStamp;
        status.getDisplay().timerExec(400, () -> {
            if (stamp == rememberStamp && !status.isDisposed()) {
                rememberTypedMap();
            }
        });
    }

    private void rememberTypedMap() {
        last = session();
        last.store();
    }

    /** What the view shows, as of the last change (dispose cannot read the disposed widgets). */
    private TypedMapSession last;

    private TypedMapSession session() {
        return new TypedMapSession(typedPanel.control().getVisible(), typedPanel.editor().source(), mapFile,
                savedMap);
    }

    private void dirtyChanged() {
        boolean dirty = isDirty();
        if (dirty != wasDirty) {
            wasDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Asks to save the typed map's unsaved changes before they are replaced; false when the user cancels. */
    private boolean okToReplace() {
        if (!isDirty()) {
            return true;
        }
        org.eclipse.jface.dialogs.MessageDialog ask = new org.eclipse.jface.dialogs.MessageDialog(
                getSite().getShell(), "Unsaved Map", null,
                "The typed map" + (mapFile == null ? "" : " of " + mapFile.getFileName())
                        + " has unsaved changes. Save them first?",
                org.eclipse.jface.dialogs.MessageDialog.QUESTION, 0,
                org.eclipse.jface.dialogs.IDialogConstants.YES_LABEL,
                org.eclipse.jface.dialogs.IDialogConstants.NO_LABEL,
                org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        int answer = ask.open();
        if (answer == 0) {
            return save(mapFile);
        }
        return answer == 1;
    }

    /** True while the typed map has changes that were not saved (typing after loading or saving). */
    @Override
    public boolean isDirty() {
        if (typedPanel != null && typedPanel.control().isDisposed()) {
            // asked while the window closes: the state of the last edit
            return last != null && last.shown() && last.dirty();
        }
        return typedPanel != null && savedMap != null && typedPanel.control().getVisible()
                && !typedPanel.editor().source().equals(savedMap);
    }

    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        if (!save(mapFile) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        save(null);
    }

    @Override
    public boolean isSaveAsAllowed() {
        // the workbench's Save As handler may still ask a view whose window was closed
        return typedPanel != null && !typedPanel.control().isDisposed() && typedPanel.control().getVisible();
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    @Override
    public int promptToSaveOnClose() {
        return org.eclipse.ui.ISaveablePart2.DEFAULT;
    }

    /** Saves the typed map to {@code target}, or where the user says when null; true when written. */
    boolean save(Path target) {
        Path to = target;
        if (to == null) {
            to = org.neuropynamics.ui.widgets.SaveLocation.ask(getSite().getShell(), "Save Typed Map",
                    mapFile == null ? "map.ode" : mapFile.getFileName().toString(), "ode",
                    mapFile == null ? null : mapFile.getParent());
            if (to == null) {
                return false;
            }
        }
        return saveTypedMapTo(to);
    }

    /** Writes the typed map to {@code to} without asking; true when written (errors are shown). */
    public boolean saveTypedMapTo(Path to) {
        String text = typedPanel.editor().source();
        Path absolute = to.toAbsolutePath().normalize();
        try {
            org.neuropynamics.core.io.OutputFiles.writeString(absolute, text);
        } catch (org.neuropynamics.core.io.FileProblem e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save", e.getMessage());
            return false;
        }
        mapFile = absolute;
        savedMap = text;
        org.neuropynamics.ui.RecentFiles.add(absolute);
        dirtyChanged();
        rememberTypedMap();
        return true;
    }

    /** The .ode file the typed map belongs to (null: none). */
    public Path typedMapFile() {
        return mapFile;
    }

    /** Types at the end of the typed map as the keyboard would (the map becomes dirty). */
    public void typeIntoMap(String typed) {
        typedPanel.editor().type(typed);
    }

    /** Where the view keeps its typed map (for tests). */
    public static java.nio.file.Path typedMapSessionFile() {
        return TypedMapSession.location();
    }

    /** Shows a 1-D map of the catalogue by id over its full parameter range. */
    public void selectMap(String id) {
        Model found = maps.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown 1-D map '" + id + "'"));
        mapChoice.select(maps.indexOf(found));
        boolean wasTyped = typedPanel.control().getVisible();
        typedPanel.control().setVisible(false);
        sides.layout(true);
        if (wasTyped) {
            rememberTypedMap();
        }
        model = found;
        diagram = null;
        parameters = found.defaultParameters();
        parameter = found.parameters().get(0).name();
        observed = found.variableNames().get(0);
        Parameter p = found.parameters().get(0);
        sliderRange = new double[] {p.min(), p.max()};
        autoY = false;
        fullRange();
    }

    /** Shows the typed-map panel with the Henon map (the first example). */
    public void showTypedPanel() {
        mapChoice.select(maps.size());
        typedPanel.control().setVisible(true);
        sides.layout(true);
        typedPanel.showFirstExample();
    }

    /** Types a map into the side panel (compiled at once; errors appear under the text). */
    public void typeMap(String text) {
        if (!typedPanel.control().getVisible()) {
            showTypedPanel();
        }
        typedPanel.editor().setSource(text);
    }

    /** The typed map's swept parameter and range (recomputes the orbit diagram). */
    public void varyTyped(String name, double from, double to) {
        typedPanel.vary(name, from, to);
    }

    /** The typed map's text ("" before the typed-map panel was shown). */
    public String typedMapSource() {
        return typedPanel.editor().source();
    }

    /** True when the typed-map panel is shown (not a catalogue map). */
    public boolean showsTypedMap() {
        return typedPanel.control().getVisible();
    }

    /** The typing error shown under the typed map, or "" when it compiles. */
    public String typedMapError() {
        return typedPanel.editor().errorText();
    }

    private void showTyped(TypedMapPanel.Setup setup) {
        model = setup.model();
        diagram = null;
        parameters = setup.model().defaultParameters();
        parameter = setup.swept();
        observed = setup.observed();
        sliderRange = new double[] {setup.from(), setup.to()};
        double value = parameters[model.parameterIndex(parameter)];
        marked = value >= setup.from() && value <= setup.to() ? value : setup.to();
        autoY = true;
        zoom(setup.from(), setup.to(), Double.NaN, Double.NaN);
        mark(marked);
    }

    /** The full range: the catalogue map's parameter range (r from 2.5 for the logistic map), x in [0, 1]. */
    public void fullRange() {
        if (autoY) {
            zoom(sliderRange[0], sliderRange[1], Double.NaN, Double.NaN);
            return;
        }
        Parameter p = model.parameters().get(0);
        double lo = model.id().equals("logistic") ? 2.5 : p.min();
        zoom(lo, p.max(), 0, 1);
        mark(Math.max(lo, Math.min(p.max(), marked)));
    }

    /** Recomputes the orbit diagram on [r0, r1] x [y0, y1] (NaN y: the range of the orbits). */
    public void zoom(double r0, double r1, double y0, double y1) {
        window = new double[] {r0, r1, y0, y1};
        // more kept points when zoomed in vertically, so that the zoomed window is as dense as the full one
        double fraction = Double.isNaN(y0) || diagram == null ? 1 : (y1 - y0) / span(MapFigures.valueRange(diagram));
        int kept = (int) Math.min(4000, 300 / Math.max(0.075, Math.min(1, fraction)));
        OrbitDiagram.Request request = new OrbitDiagram.Request(model, parameters, parameter, r0, r1, COLUMNS,
                observed, 1000, kept, true);
        orbit.setMessage("Computing the orbit diagram...");
        status.setText(String.format(Locale.ROOT, "%s from %.6g to %.6g", parameter, r0, r1));
        // newest only: a superseded run is cancelled and its result, if already queued, dropped
        orbits.request(request);
    }

    private static double span(double[] range) {
        return range[1] - range[0];
    }

    /** Marks a parameter value: the cobweb (1-D) or the iterates (2-D) at it, and the slider. */
    public void mark(double value) {
        marked = Math.max(sliderRange[0], Math.min(sliderRange[1], value));
        slider.setSelection((int) Math.round((marked - sliderRange[0]) / (sliderRange[1] - sliderRange[0]) * SLIDER));
        valueLabel.setText(String.format(Locale.ROOT, "%s = %.4f", parameter, marked));
        valueLabel.getParent().layout();
        right.setExportName(model.dimension() == 1 ? "cobweb" : "iterates");
        if (model.dimension() == 1) {
            double lo = Double.isNaN(window[2]) ? 0 : window[2];
            double hi = Double.isNaN(window[3]) ? 1 : window[3];
            Chart cobweb = MapFigures.cobweb(model, parameters, parameter, marked, model.initialState(parameters)[0],
                    lo, hi);
            right.setChart(cobweb, () -> MapFigures.cobwebCsv(cobweb));
        } else {
            right.setChart(MapFigures.iterates(model, parameters, parameter, marked));
        }
        if (diagram != null) {
            redrawDiagram();
        }
    }

    private void shown(OrbitDiagram d) {
        if (orbit.isDisposed()) {
            return;
        }
        diagram = d;
        if (Double.isNaN(window[2])) {
            double[] range = MapFigures.valueRange(d);
            window[2] = range[0];
            window[3] = range[1];
            mark(marked);
        }
        redrawDiagram();
        status.setText(String.format(Locale.ROOT, "%s from %.6g to %.6g: %d values, %d points each. Drag a rectangle "
                + "to zoom; click to show the %s at that %s.", parameter, window[0], window[1], d.parameter().length,
                d.points()[0].length, model.dimension() == 1 ? "cobweb" : "iterates", parameter));
    }

    private void redrawDiagram() {
        OrbitDiagram d = diagram;
        String p = parameter;
        String o = observed;
        orbit.setChart(MapFigures.orbit(autoY ? "Typed map" : model.name(), parameter, observed, diagram, window[2],
                window[3], marked), () -> MapFigures.csv(p, o, d));
        lyapunov.setChart(MapFigures.lyapunov(parameter, diagram, marked), () -> MapFigures.csv(p, o, d));
    }

    private void failed(String message) {
        if (!orbit.isDisposed()) {
            orbit.setMessage(message);
            status.setText(message);
        }
    }

    /** The orbit diagram shown (null while the first one is computed). */
    public OrbitDiagram diagram() {
        return diagram;
    }

    /** The map shown. */
    public Model model() {
        return model;
    }

    /** True while an orbit diagram is computed. */
    public boolean isRunning() {
        return orbits != null && !orbits.isIdle();
    }

    public ChartCanvas orbitCanvas() {
        return orbit;
    }

    public ChartCanvas rightCanvas() {
        return right;
    }

    ChartCanvas lyapunovCanvas() {
        return lyapunov;
    }

    @Override
    public void setFocus() {
        orbit.setFocus();
    }

    @Override
    public void dispose() {
        if (last != null) {
            // still dirty while closing: the user answered Don't Save, so the next start shows the saved text
            // (after a crash, the session stored at the last edit brings the unsaved text back)
            (last.dirty() ? last.reverted() : last).store();
        }
        if (orbits != null) {
            orbits.dispose();
        }
        super.dispose();
    }
}
