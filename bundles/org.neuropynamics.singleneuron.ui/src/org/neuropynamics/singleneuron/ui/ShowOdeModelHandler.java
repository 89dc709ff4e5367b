package org.neuropynamics.singleneuron.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.ui.OdeTextCommand;

/**
 * {@code org.neuropynamics.singleneuron.commands.showOdeModel(source, name)}: the .ode editor's Open in Single
 * Neuron shows the editor's model (saved or not) in the Single Neuron view as "name (editor)".
 */
public final class ShowOdeModelHandler extends OdeTextCommand {

    @Override
    protected void show(ExecutionEvent event, Model model, String fileName) throws ExecutionException {
        SingleNeuronView view = Views.open(event);
        view.showModel(model, fileName + " (editor)");
        view.showTab(0);
    }
}
