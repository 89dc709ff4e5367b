package org.neuropynamics.dendrites.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.dendrites.cable.CompartmentalNeuron;
import org.neuropynamics.dendrites.cable.EpspSpread;
import org.neuropynamics.dendrites.figures.DendriteFigure;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;

/**
 * A soma with a passive dendrite: a synapse at a chosen distance, its spread along the cable, and the soma's
 * response to a distal and a proximal input against their lag. Recomputed in a job while sliders move.
 */
public class DendriteView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.dendrite";
    /** Family of the view's computation jobs. */
    public static final Object JOB_FAMILY = new Object();

    private SliderRow length;
    private SliderRow diameter;
    private SliderRow position;
    private SliderRow ra;
    private SliderRow gl;
    private Label status;
    private FigureCanvas figure;
    private EpspSpread shown;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayout(new GridLayout(3, false));
        controls.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        ((GridData) controls.getLayoutData()).widthHint = 370;
        length = new SliderRow(controls, "Length", 100, 1500, 10, 500, "um", v -> recompute());
        diameter = new SliderRow(controls, "Diameter", 0.2, 5, 0.1, 1, "um", v -> recompute());
        position = new SliderRow(controls, "Synapse at", 0, 1, 0.01, 0.9, "of L", v -> recompute());
        ra = new SliderRow(controls, "Ra", 30, 300, 5, 100, "Ohm cm", v -> recompute());
        gl = new SliderRow(controls, "gL", 0.00002, 0.001, 0.00002, 0.0001, "S/cm2", v -> recompute());
        status = new Label(controls, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        figure = new FigureCanvas(parent);
        figure.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figure.setExportName("dendrite");
        figure.setMessage("computing...");
        FigureExportActions.installContextMenu(figure);
        FigureExportActions.contribute(getViewSite().getActionBars().getToolBarManager(), () -> figure);
        recompute();
    }

    /** Sets the dendrite and synapse (tests, cheat sheet) and recomputes. */
    public void setInputs(double lengthUm, double diameterUm, double relativePosition) {
        length.set(lengthUm);
        diameter.set(diameterUm);
        position.set(relativePosition);
        recompute();
    }

    /** The spread last shown, or null. */
    public EpspSpread spread() {
        return shown;
    }

    /** The newest request; results of older ones are dropped. */
    private int generation;

    private void recompute() {
        // a cancelled job may still finish (after a newer one, on a loaded machine): only the newest is shown
        final int mine = ++generation;
        if (job != null) {
            job.cancel();
        }
        CompartmentalNeuron neuron;
        try {
            neuron = DendriteFigure.neuron(length.get(), diameter.get(), ra.get(), gl.get());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        double relative = position.get();
        job = new Job("Dendrite") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    RunMonitor rm = new RunMonitor() {
                        @Override
                        public boolean isCanceled() {
                            return monitor.isCanceled();
                        }

                        @Override
                        public void worked(double fraction) {
                        }
                    };
                    DendriteFigure f = DendriteFigure.compute(neuron, relative, rm);
                    figure.getDisplay().asyncExec(() -> {
                        if (mine == generation) {
                            show(f);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (RunCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule(20);
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
        status.getParent().layout();
    }

    @Override
    public void setFocus() {
        figure.setFocus();
    }
}
