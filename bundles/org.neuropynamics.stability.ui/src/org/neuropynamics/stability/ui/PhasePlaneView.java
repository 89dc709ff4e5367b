package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.core.phaseplane.Direction;
import org.neuropynamics.core.phaseplane.PhasePortrait;
import org.neuropynamics.core.phaseplane.PlaneProjection;
import org.neuropynamics.core.phaseplane.PlaneWindow;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.stability.draw.PlaneFigure;
import org.neuropynamics.ui.export.FigureExportActions;

/**
 * The phase plane of any catalogue model with two or more variables, or of a typed system: vector field,
 * nullclines, classified equilibria with their Jacobian, trajectories launched by clicking, separatrices,
 * limit cycles, live parameter sliders, zoom and pan, export. Computation runs off the UI thread.
 */
public final class PhasePlaneView extends ViewPart implements PlaneCanvas.Listener, ResultTables.Actions {

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
        source.addListener(SWT.Selection, e -> selectSource(source.getText()));
        editor = new SystemEditor(left, this::typedSystem);
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
        status = new Label(top, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        series = new SeriesCanvas(right);
        tables = new ResultTables(right, this);
        right.setWeights(52, 26, 22);
        sash.setWeights(28, 72);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> canvas);
        computer = new PortraitComputer(parent.getDisplay(), this::show, this::failed);
        boolean fhn = List.of(source.getItems()).contains(PlaneSources.MODEL + "fitzhugh-nagumo");
        selectSource(fhn ? PlaneSources.MODEL + "fitzhugh-nagumo" : PlaneSources.EXAMPLE + "FitzHugh-Nagumo");
    }

    /** Shows a catalogue model ("Model: id" or the bare id) or an example ("Example: name" or its name). */
    public void selectSource(String label) {
        ExampleSystems.Example example = PlaneSources.example(label);
        String id = label.startsWith(PlaneSources.MODEL) ? label.substring(PlaneSources.MODEL.length()) : label;
        if (example != null) {
            source.setText(PlaneSources.EXAMPLE + example.name());
            editor.setEditable(true);
            state.resetOnNextSystem = true;
            editor.setSource(example.source());
            return;
        }
        Model model = ModelRegistry.getDefault().get(id);
        source.setText(PlaneSources.MODEL + id);
        editor.setEditable(false);
        editor.setSource("# catalogue model '" + id + "': " + model.name() + "\n# its equations are built in; "
                + "choose an Example (or Open .ode) to type your own system.\n");
        double[] p = model.defaultParameters();
        List<String> names = model.variableNames();
        setModel(model, names.get(0), names.get(1), p, PlaneSources.windowFor(model, p, 0, 1));
    }

    /** Opens a typed system (the text of an .ode file) in the editor. */
    public void openSystem(String odeText) {
        source.deselectAll();
        editor.setEditable(true);
        state.resetOnNextSystem = true;
        editor.setSource(odeText);
    }

    private void typedSystem(Model model, OdeFile file) {
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
                    .seeds(state.seeds);
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
        status.setText(String.format(java.util.Locale.ROOT, "%s   computed in %.1f ms   (click: trajectory; wheel: zoom;"
                + " middle-drag or Shift-drag: pan; right-click: export)", state.model.name(), s.millis()));
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            status.setText("Cannot compute the picture: " + message);
        }
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
        if (computer != null) {
            computer.dispose();
        }
        super.dispose();
    }
}
