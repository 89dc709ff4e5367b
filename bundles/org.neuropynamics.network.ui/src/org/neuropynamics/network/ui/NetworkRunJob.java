package org.neuropynamics.network.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.ui.jobs.LongJob;

/**
 * Simulates a copy of a network in the background (the workbench's {@link LongJob}: progress and cancel in
 * the Progress view); the result goes to the UI, a build error or a divergence to a dialog.
 */
final class NetworkRunJob {

    private NetworkRunJob() {
    }

    /** A user job, not yet scheduled. */
    static Job create(String name, Network copy, Shell shell, Consumer<NetworkResult> show) {
        LongJob<NetworkResult> job = new LongJob<>("Running " + name, shell.getDisplay(), null,
                monitor -> new NetworkSimulator().run(copy,
                        RunOptions.DEFAULT.withThreads(RunOptions.defaultThreads()), monitor),
                new LongJob.Outcome<>() {
                    @Override
                    public void done(NetworkResult result) {
                        show.accept(result);
                    }

                    @Override
                    public void failed(String message, Throwable error) {
                        if (shell.isDisposed()) {
                            return;
                        }
                        if (error instanceof DivergenceException) {
                            MessageDialog.openError(shell, "The run diverged", message
                                    + ". Check the population's parameters (a very small time constant, a huge input).");
                        } else {
                            MessageDialog.openError(shell, "Cannot run the network", message);
                        }
                    }
                });
        job.setUser(true);
        return job;
    }
}
