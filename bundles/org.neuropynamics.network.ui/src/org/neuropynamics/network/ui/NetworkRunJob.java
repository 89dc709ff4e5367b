package org.neuropynamics.network.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;

/** Simulates a copy of a network in the background, with progress and cancel; the result goes to the UI. */
final class NetworkRunJob extends Job {

    private final Network copy;
    private final Shell shell;
    private final Consumer<NetworkResult> show;

    NetworkRunJob(String name, Network copy, Shell shell, Consumer<NetworkResult> show) {
        super("Running " + name);
        this.copy = copy;
        this.shell = shell;
        this.show = show;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Simulating", 1000);
        RunMonitor rm = new RunMonitor() {
            private int done;

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }

            @Override
            public void worked(double fraction) {
                int now = (int) (fraction * 1000);
                monitor.worked(now - done);
                done = now;
            }
        };
        Display display = shell.getDisplay();
        try {
            NetworkResult r = new NetworkSimulator().run(copy,
                    RunOptions.DEFAULT.withThreads(RunOptions.defaultThreads()), rm);
            display.asyncExec(() -> show.accept(r));
            return Status.OK_STATUS;
        } catch (RunCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (NetworkBuildException e) {
            display.asyncExec(() -> MessageDialog.openError(shell, "Cannot run the network", e.getMessage()));
            return Status.OK_STATUS;
        } catch (DivergenceException e) {
            display.asyncExec(() -> MessageDialog.openError(shell, "The run diverged", e.getMessage()
                    + ". Check the population's parameters (a very small time constant, a huge input)."));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
