package org.neuropynamics.network.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.export.NetworkExporter;
import org.neuropynamics.network.export.NeuronEngine;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.io.NetworkFiles;
import org.neuropynamics.network.sim.NetworkBuildException;
import org.neuropynamics.neuroml.NeuroMLExport;

/**
 * File &gt; Export Network &gt; Brian2 / PyNN / PyNEST script, NEURON folder or NeuroML 2 + LEMS: the network of the active editor
 * (as edited, saved or not) written into a folder the user picks, as {@code ./neuropynamics export} does.
 */
public final class ExportNetworkHandler extends AbstractHandler {

    /** The command parameter naming the target: brian2, pynn, pynest, neuron or neuroml. */
    public static final String TARGET = "org.neuropynamics.network.ui.export.target";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(part instanceof NetworkEditor editor)) {
            MessageDialog.openInformation(shell, "Export Network",
                    "Open a network (.neuronet file) in the network editor first; this works on the network of the "
                    + "active editor.");
            return null;
        }
        String target = event.getParameter(TARGET);
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Export " + editor.getPartName());
        dialog.setMessage("Folder for the " + label(target) + ":");
        dialog.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
        String dir = dialog.open();
        if (dir == null) {
            return null;
        }
        Network copy = NetworkFiles.copy(editor.network());
        String name = editor.file().getFileName().toString();
        try {
            List<Path> files;
            if ("neuroml".equals(target)) {
                NeuroMLExport.Files f = NeuroMLExport.write(copy, Path.of(dir), NeuroMLExport.baseName(copy), editor.file());
                files = List.of(f.document(), f.lems());
            } else {
                files = "neuron".equals(target)
                    ? new NeuronEngine(ModelRegistry.getDefault()).writeFolder(copy,
                            Path.of(dir).resolve(NetworkExporter.fileStem(name) + "_neuron"), name, NeuronEngine.defaultProcesses(), editor.file())
                    : new NetworkExporter(ModelRegistry.getDefault()).export(copy, NetworkExporter.Target.of(target),
                            Path.of(dir), name, editor.file());
            }
            MessageDialog.openInformation(shell, "Exported " + editor.getPartName(), "Wrote " + (files.size() == 1
                    ? files.get(0) : files.size() + " files into " + files.get(0).getParent() + ": "
                            + files.stream().map(f -> f.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse(""))
                    + ".\n\n"
                    + ("neuroml".equals(target) ? "Run it with jNeuroML: jnml " + files.get(1).getFileName()
                            + " (or pynml); File > Open opens it here again." : hint(target)));
        } catch (NetworkBuildException | FileProblem e) {
            MessageDialog.openError(shell, "Cannot export " + editor.getPartName(), e.getMessage());
        }
        return null;
    }

    private static String label(String target) {
        return switch (target == null ? "" : target) {
            case "pynn" -> "PyNN script";
            case "pynest" -> "PyNEST script";
            case "neuron" -> "NEURON folder";
            case "neuroml" -> "NeuroML 2 document and LEMS file";
            default -> "Brian2 script";
        };
    }

    private static String hint(String target) {
        return switch (target == null ? "" : target) {
            case "pynn" -> "Run it with: mpirun -n 4 python3 SCRIPT --backend nest";
            case "pynest" -> "Run it with: python3 SCRIPT --threads 4";
            case "neuron" -> "In that folder: ./build.sh && mpiexec -n 2 python3 run.py (or sbatch job.slurm)";
            default -> "Run it with: python3 SCRIPT (add --standalone DIR --threads N for C++)";
        };
    }
}
