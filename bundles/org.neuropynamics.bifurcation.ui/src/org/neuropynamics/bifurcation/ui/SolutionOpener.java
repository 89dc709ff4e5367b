package org.neuropynamics.bifurcation.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.neuropynamics.core.model.Model;

/**
 * Opens a solution of the diagram in another topic's view through its public command (no dependency on its
 * bundle): the phase plane for two-variable models, the Single Neuron view otherwise.
 */
final class SolutionOpener {

    static final String PHASE_PLANE = "org.neuropynamics.stability.ui.commands.show";
    static final String SINGLE_NEURON = "org.neuropynamics.singleneuron.commands.setParameter";

    private SolutionOpener() {
    }

    static void open(IWorkbenchPartSite site, Model model, String parameter, double value, Consumer<String> report) {
        String v = String.format(Locale.ROOT, "%.10g", value);
        String id;
        Map<String, String> args;
        if (model.dimension() == 2) {
            id = PHASE_PLANE;
            args = Map.of("view", "phaseplane", "system", model.id(), "set", parameter + "=" + v);
        } else {
            id = SINGLE_NEURON;
            args = Map.of("model", model.id(), "name", parameter, "value", v);
        }
        ICommandService commands = site.getService(ICommandService.class);
        IHandlerService handlers = site.getService(IHandlerService.class);
        Command command = commands.getCommand(id);
        if (!command.isDefined()) {
            report.accept("The view for " + model.name() + " is not installed (command " + id + ").");
            return;
        }
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(command, args), null);
        } catch (Exception e) {
            report.accept("Cannot open " + model.name() + " at " + parameter + " = " + v + ": " + e.getMessage());
        }
    }
}
