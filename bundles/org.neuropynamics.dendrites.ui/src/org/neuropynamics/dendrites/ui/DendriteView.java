package org.neuropynamics.dendrites.ui;

import java.util.List;

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
import org.neuropynamics.dendrites.cable.DendriticCoincidence;
import org.neuropynamics.dendrites.cable.EpspSpread;
import org.neuropynamics.dendrites.cable.HhChannels;
import org.neuropynamics.dendrites.cable.Membrane;
import org.neuropynamics.dendrites.cable.Morphology;
import org.neuropynamics.dendrites.cable.Synapse;

/**
 * A soma with a passive dendrite: a synapse at a chosen distance, its spread along the cable, and the soma's
 * response to a distal and a proximal input against their lag. Recomputed in a job while sliders move.
 */
public class DendriteView extends ViewPart {

    /** View id. */
    public static final String ID = "org.neuropynamics.dendrites.ui.dendrite";
    /** Family of the view's computation jobs. */
    public static final Object JOB_FAMILY = new Object();
    private static final double T_END = 40;
    private static final double DT = 0.05;

    private SliderRow length;
    private SliderRow diameter;
    private SliderRow position;
    private SliderRow ra;
    private SliderRow gl;
    private Label status;
    private DendriteFigure figure;
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
        figure = new DendriteFigure(parent);
        figure.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
        return figure.spread();
    }

    private void recompute() {
        if (job != null) {
            job.cancel();
        }
        CompartmentalNeuron neuron;
        try {
            Membrane membrane = new Membrane(1, gl.get(), -65, ra.get());
            Morphology m = Morphology.somaAndDendrite(20, 20, length.get(), diameter.get(), 50, membrane.ra());
            neuron = new CompartmentalNeuron(m, membrane, HhChannels.NONE);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        Morphology m = neuron.morphology();
        int site = m.compartmentAt(position.get() * m.dendriteLength());
        Synapse synapse = Synapse.excitatoryAlpha(site, 2, 1, 2);
        job = new Job("Dendrite") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    EpspSpread spread = EpspSpread.measure(neuron, synapse, T_END, DT);
                    Synapse distal = Synapse.currentAlpha(m.compartmentAt(0.9 * m.dendriteLength()), 5, 0.5, 0.1);
                    Synapse proximal = Synapse.currentAlpha(m.compartmentAt(0.1 * m.dendriteLength()), 5, 0.5, 0.1);
                    double[] lags = new double[41];
                    for (int i = 0; i < lags.length; i++) {
                        lags[i] = -4 + 0.25 * i;
                    }
                    RunMonitor rm = new RunMonitor() {
                        @Override
                        public boolean isCanceled() {
                            return monitor.isCanceled();
                        }

                        @Override
                        public void worked(double fraction) {
                        }
                    };
                    List<DendriticCoincidence.Point> curve = DendriticCoincidence.sweep(neuron, distal, proximal, lags,
                            T_END, DT, rm);
                    figure.getDisplay().asyncExec(() -> show(spread, site, curve));
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

    private void show(EpspSpread spread, int site, List<DendriticCoincidence.Point> curve) {
        if (figure.isDisposed()) {
            return;
        }
        figure.setInput(spread, site, curve);
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
