package org.neuropynamics.dendrites.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.dendrites.cable.CompartmentalNeuron;
import org.neuropynamics.dendrites.cable.EpspSpread;
import org.neuropynamics.dendrites.figures.DendriteFigure;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.jobs.Recomputation;
import org.neuropynamics.ui.widgets.ParameterPanel;

/**
 * A soma with a passive dendrite: a synapse at a chosen distance, its spread along the cable, and the soma's
 * response to a distal and a proximal input against their lag. The inputs are the workbench's parameter
 * panel; the figure is recomputed by its latest-only {@link Recomputation} while sliders move.
 */
public class DendriteView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.dendrite";

    private static final List<Parameter> INPUTS = List.of(
            new Parameter("Length", "um", 500, 100, 1500, 10, "Length of the dendrite"),
            new Parameter("Diameter", "um", 1, 0.2, 5, 0.1, "Diameter of the dendrite"),
            new Parameter("Synapse at", "of L", 0.9, 0, 1, 0.01, "Position of the synapse (fraction of the length)"),
            new Parameter("Ra", "Ohm cm", 100, 30, 300, 5, "Axial resistivity"),
            new Parameter("gL", "S/cm2", 0.0001, 0.00002, 0.001, 0.00002, "Leak conductance density"));

    /** One request: the cable and where on it the synapse sits. */
    private record Request(CompartmentalNeuron neuron, double relative) {
    }

    private ParameterPanel inputs;
    private Label status;
    private FigureCanvas figure;
    private EpspSpread shown;
    private Recomputation<Request, DendriteFigure> recomputation;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Composite controls = ControlColumn.create(parent);
        inputs = new ParameterPanel(controls, SWT.NONE);
        inputs.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        inputs.setParameters(INPUTS, null);
        inputs.addChangeListener(c -> recompute());
        status = new Label(controls, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        figure = new FigureCanvas(parent);
        figure.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figure.setExportName("dendrite");
        figure.setMessage("computing...");
        recomputation = new Recomputation<>(parent.getDisplay(), "Dendrite",
                (r, monitor) -> DendriteFigure.compute(r.neuron(), r.relative(), monitor),
                new Recomputation.Handler<>() {
                    @Override
                    public void done(Request r, DendriteFigure f) {
                        show(f);
                    }

                    @Override
                    public void failed(Request r, Throwable error) {
                        if (!status.isDisposed()) {
                            status.setText("Cannot simulate: " + error.getMessage());
                        }
                    }
                });
        FigureExportActions.installContextMenu(figure);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> figure);
        ControlColumn.refit(controls);
        recompute();
    }

    /** Sets the dendrite and synapse (tests, cheat sheet) and recomputes. */
    public void setInputs(double lengthUm, double diameterUm, double relativePosition) {
        inputs.setValues(Map.of("Length", lengthUm, "Diameter", diameterUm, "Synapse at", relativePosition));
    }

    /** The spread last shown, or null. */
    public EpspSpread spread() {
        return shown;
    }

    /** True until the newest request's result (or its error) is shown. */
    public boolean isComputing() {
        return recomputation != null && !recomputation.isIdle();
    }

    private void recompute() {
        CompartmentalNeuron neuron;
        try {
            neuron = DendriteFigure.neuron(inputs.value("Length"), inputs.value("Diameter"), inputs.value("Ra"),
                    inputs.value("gL"));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        recomputation.request(new Request(neuron, inputs.value("Synapse at")));
    }

    @Override
    public void dispose() {
        if (recomputation != null) {
            recomputation.dispose();
        }
        super.dispose();
    }

    private void show(DendriteFigure f) {
        if (figure.isDisposed()) {
            return;
        }
        EpspSpread spread = f.spread();
        int site = f.site();
        shown = spread;
        figure.setPainting((c, w, h) -> {
            f.paint(c, w, h);
            return null;
        }, f::csv);
        status.setText(String.format(java.util.Locale.ROOT,
                "Synapse in compartment %d: local peak %.2f mV, at the soma %.2f mV (%.0f %%), %.2f ms later.",
                site, spread.peak()[site], spread.peak()[0], 100 * spread.attenuation()[0],
                spread.delay()[0] - spread.delay()[site]));
        ControlColumn.refit(status.getParent());
    }

    @Override
    public void setFocus() {
        figure.setFocus();
    }
}
