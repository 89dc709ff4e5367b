package org.neuropynamics.network.ui;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.export.NetworkExporter;
import org.neuropynamics.network.export.NeuronEngine;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkResult;
import org.neuropynamics.ui.jobs.LongJob;

/**
 * Run On &gt; NEURON (MPI): runs the active editor's network with {@link NeuronEngine} on the number of MPI
 * processes the user gives, in a folder next to the file (or one the user picks), in a Job; the result goes to
 * the same result views as the built-in simulator's.
 */
public final class RunOnNeuronHandler extends AbstractHandler {

    /**
     * The dialog's text. One process is the default because it measured fastest here (README, "Run on NEURON"): with
     * CUBA's zero delays the processes exchange spikes every step and, on a machine whose cores are busy, each
     * exchange waits for the other process to be scheduled (2 processes: 45 s against about 2.5 s of CPU).
     */
    static String processesMessage(int cores) {
        return "MPI processes (this machine has " + cores + " core" + (cores == 1 ? "" : "s") + "):\n"
                + "1 ran fastest here: processes exchange spikes every minimum delay, and each exchange waits for\n"
                + "the slowest process. Up to " + cores + " pay off for delays of 1 ms or more on idle cores; on a "
                + "cluster,\ntake the generated folder's job.slurm instead.";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(part instanceof NetworkEditor editor)) {
            MessageDialog.openInformation(shell, "Run on NEURON",
                    "Open a network (.neuronet file) in the network editor first; this works on the network of the "
                    + "active editor.");
            return null;
        }
        String missing = NeuronEngine.missing();
        if (missing != null) {
            MessageDialog.openError(shell, "NEURON is not installed", "Cannot run on NEURON: " + missing + ".");
            return null;
        }
        InputDialog processes = new InputDialog(shell, "Run " + editor.getPartName() + " on NEURON",
                processesMessage(NeuronEngine.defaultProcesses()), "1", text -> {
                    try {
                        int n = Integer.parseInt(text.strip());
                        return n >= 1 && n <= 4096 ? null : "Between 1 and 4096.";
                    } catch (NumberFormatException e) {
                        return "A whole number of processes.";
                    }
                });
        if (processes.open() != Window.OK) {
            return null;
        }
        int n = Integer.parseInt(processes.getValue().strip());
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Folder for the NEURON run");
        dialog.setMessage("The generated folder (NMODL, run.py, job.slurm) goes into:");
        dialog.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
        String parent = dialog.open();
        if (parent == null) {
            return null;
        }
        String name = editor.file().getFileName().toString();
        Path dir = Path.of(parent).resolve(NetworkExporter.fileStem(name) + "_neuron");
        Network copy = NetworkFiles.copy(editor.network());
        IWorkbenchPage page = editor.getSite().getPage();
        LongJob<NetworkResult> job = new LongJob<>("Running " + editor.getPartName() + " on NEURON (" + n
                + " processes)", shell.getDisplay(), null,
                monitor -> new NeuronEngine(ModelRegistry.getDefault()).run(copy, dir, name, n, Double.NaN, null,
                        editor.file()),
                new LongJob.Outcome<>() {
                    @Override
                    public void done(NetworkResult r) {
                        try {
                            ResultViews.show(page, r, copy, String.format(Locale.ROOT,
                                    "%s — NEURON (MPI, %d processes): %.0f ms", copy.getName(), n, r.durationMs()),
                                    true);
                            MessageDialog.openInformation(shell, "NEURON run", String.format(Locale.ROOT,
                                    "%s on NEURON, %d processes: %d spikes in %.0f ms simulated (run %.0f ms).%n"
                                            + "Folder: %s", copy.getName(), n, r.totalPopulationSpikes(),
                                    r.durationMs(), r.runMs(), dir));
                        } catch (PartInitException e) {
                            MessageDialog.openError(shell, "Result views", e.getMessage());
                        }
                    }

                    @Override
                    public void failed(String message, Throwable error) {
                        MessageDialog.openError(shell, "NEURON run failed", message);
                    }
                });
        job.setUser(true);
        job.schedule();
        return null;
    }
}
