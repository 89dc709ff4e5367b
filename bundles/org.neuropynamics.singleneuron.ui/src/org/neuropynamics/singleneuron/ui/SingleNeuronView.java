package org.neuropynamics.singleneuron.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelDescriptor;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.singleneuron.Stimulus;
import org.neuropynamics.ui.WorkbenchPreferences;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.jobs.Recomputation;
import org.neuropynamics.ui.widgets.ParameterChange;
import org.neuropynamics.ui.widgets.ParameterPanel;

/**
 * The Single Neuron view: any model of the registry on sliders, re-simulated in the background on every change
 * (also while a slider is dragged), with its traces, f-I curve and equations. The view only wires widgets to the
 * {@link NeuronExperiment} it holds; computing is done by the core and {@link Recomputation}, drawing by the figure
 * layer (docs/architecture.md, "The figure layer"). Its methods are the cheat-sheet commands' entry points
 * (package-private); tests drive its widgets, found by their "name" data, and read its figures (issue 13).
 */
public class SingleNeuronView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.singleneuron.view";
    /** The model shown first. */
    public static final String FIRST_MODEL = "izhikevich";

    private ExperimentControls controls;
    private ParameterPanel parameters;
    private ScrolledComposite scroller;
    private CTabFolder tabs;
    private TracesPane traces;
    private FiCurvePane fiCurve;
    private EquationsPane equations;
    private Recomputation<NeuronExperiment, Run> recomputation;

    /** A run and its figure, both made on the recomputation's thread (the UI thread only paints it). */
    private record Run(Trace trace, org.neuropynamics.plot.Figure figure) {
    }
    private NeuronExperiment experiment;
    private List<ModelDescriptor> models;

    @Override
    public void createPartControl(Composite parent) {
        models = ModelRegistry.getDefault().descriptors();
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        // tests and cheat sheets find the view's widgets by their "name" data (the view has no accessors for them)
        sash.setData("name", ID);
        scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
        Composite left = new Composite(scroller, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        controls = new ExperimentControls(left, models, this::selectModel, this::settingsChanged);
        reportModelItems();
        parameters = new ParameterPanel(left, SWT.NONE);
        parameters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        parameters.addChangeListener(this::parametersChanged);
        // the sliders right under the model, above the integrator and protocol: visible without scrolling at
        // 1280x720 with the tutorial open (LayoutAt1280x720Test)
        parameters.moveBelow(controls.modelGroup);
        scroller.setContent(left);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> reflowLeft());

        tabs = new CTabFolder(sash, SWT.BOTTOM | SWT.FLAT);
        traces = new TracesPane(tabs);
        tab("Traces", traces.control);
        fiCurve = new FiCurvePane(tabs, () -> experiment);
        tab("f-I curve", fiCurve.control);
        equations = new EquationsPane(tabs);
        tab("Model and equations", equations.control);
        tabs.setSelection(0);
        sash.setWeights(28, 72);
        // the controls' column keeps room for sliders of at least about 200 px beside the tutorial
        org.neuropynamics.ui.widgets.SashMinimum.keep(sash, null, 400, 0.28, 0.5);

        recomputation = new Recomputation<>(parent.getDisplay(), "Single neuron re-simulation",
                (e, monitor) -> {
                    Trace trace = Simulation.run(e.request(), monitor);
                    return new Run(trace, SingleNeuronFigure.figure(e, trace));
                }, new Recomputation.Handler<>() {
                    @Override
                    public void done(NeuronExperiment e, Run run) {
                        traces.show(e, run.trace(), run.figure());
                    }

                    @Override
                    public void failed(NeuronExperiment e, Throwable error) {
                        traces.showError(Messages.of(error));
                    }
                });
        new ExportActions(this, this::figureOfTab).contribute(getViewSite().getActionBars().getToolBarManager());
        selectModel(models.stream().anyMatch(d -> d.id().equals(FIRST_MODEL)) ? FIRST_MODEL : models.get(0).id());
    }

    /** System property: a file to which the view writes the items of its model list when it opens. */
    public static final String MODEL_ITEMS_PROPERTY = "org.neuropynamics.singleneuron.modelItems";

    /**
     * Writes the model list as the user sees it (one line per item: id, tab, the name shown) to the file the
     * system property {@value #MODEL_ITEMS_PROPERTY} names, if set: the product-level test of dropins
     * (releng/org.neuropynamics.product/dropins-test.sh) reads it to check that a dropped-in model can be picked.
     */
    private void reportModelItems() {
        String file = System.getProperty(MODEL_ITEMS_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        String[] items = controls.model.getItems();
        for (int i = 0; i < items.length; i++) {
            text.append(models.get(i).id()).append('\t').append(items[i]).append('\n');
        }
        try {
            org.neuropynamics.core.io.OutputFiles.writeString(java.nio.file.Path.of(file), text.toString());
        } catch (org.neuropynamics.core.io.FileProblem | RuntimeException e) {
            System.getLogger(SingleNeuronView.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
        }
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    private void reflowLeft() {
        Composite content = (Composite) scroller.getContent();
        scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
    }

    /**
     * Shows a model of the registry with its defaults and the course's protocol, and simulates it.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    void selectModel(String id) {
        Model model;
        try {
            model = ModelRegistry.getDefault().get(id);
        } catch (RuntimeException e) {
            traces.showError(Messages.of(e));
            return;
        }
        if (experiment != null && experiment.model().id().equals(id) && external == null) {
            return;
        }
        external = null;
        controls.showExternal(null);
        show(model);
    }

    /**
     * Shows a model that is not in the registry (the .ode editor's Run in Single Neuron), listed in the model
     * choice under {@code label}, with the course's protocol, and simulates it.
     */
    void showModel(Model model, String label) {
        external = model;
        show(model);
        controls.showExternal(label);
    }

    /** The model from outside the registry shown now, or null. */
    private Model external;

    private void show(Model model) {
        String id = model.id();
        // keep the integrator the user chose for flows; maps have none, so leaving one restores the preferences
        boolean keep = experiment != null && experiment.model().kind() == Model.Kind.FLOW;
        String method = keep ? experiment.method() : WorkbenchPreferences.method();
        double dt = keep ? experiment.dt() : WorkbenchPreferences.dt();
        experiment = NeuronExperiment.courseDefaults(model, method, dt);
        // the zoom stays while sliders re-simulate; another model starts with its whole run
        traces.figure.enableNavigation().reset();
        if (model.kind() == Model.Kind.MAP) {
            experiment = experiment.withStimulus(new Stimulus(Stimulus.Kind.CONSTANT, 0, 0, 1, 1), 100)
                    .withIntegrator(method, 1);
        }
        controls.show(id, experiment.method(), experiment.dt(), experiment.duration(), experiment.stimulus());
        parameters.setModel(model, experiment.parameters());
        ((Composite) scroller.getContent()).layout(true, true);
        reflowLeft();
        equations.show(model);
        equations.showValues(model, experiment.parameters());
        fiCurve.showModel(experiment);
        recomputation.request(experiment);
    }

    private void settingsChanged(ExperimentControls.Settings s) {
        NeuronExperiment next = experiment.withIntegrator(s.method(), s.dt()).withStimulus(s.stimulus(), s.duration());
        if (!next.equals(experiment)) {
            experiment = next;
            recomputation.request(experiment);
        }
    }

    private void parametersChanged(ParameterChange change) {
        experiment = experiment.withParameters(change.values());
        equations.showValues(experiment.model(), experiment.parameters());
        recomputation.request(experiment);
    }

    /** Sets one parameter as if typed (throws IllegalArgumentException for a refused value). */
    void setParameter(String name, double value) {
        parameters.setValue(name, value);
    }

    /** Applies a preset of the current model. */
    void applyPreset(String preset) {
        parameters.applyPreset(preset);
    }

    /** Shows the f-I tab and starts its computation. */
    void computeFiCurve() {
        tabs.setSelection(1);
        fiCurve.start();
    }

    /** Shows tab 0 (traces), 1 (f-I curve) or 2 (model and equations). */
    void showTab(int index) {
        tabs.setSelection(index);
    }

    /** The figure of the tab shown (traces or f-I curve), for the toolbar's exports; null on the equations tab. */
    FigureCanvas figureOfTab() {
        int tab = tabs.getSelectionIndex();
        return tab == 0 ? traces.figure : tab == 1 ? fiCurve.chart : null;
    }

    /** The ids of the models in the chooser. */
    List<String> modelIds() {
        return models.stream().map(ModelDescriptor::id).toList();
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        if (recomputation != null) {
            recomputation.dispose();
        }
        if (fiCurve != null) {
            fiCurve.dispose();
        }
        if (equations != null) {
            equations.dispose();
        }
        super.dispose();
    }
}
