package org.neuropynamics.singleneuron.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * {@code org.neuropynamics.singleneuron.commands.showOdeModel(source, name)}: compiles the {@code .ode} text
 * {@code source} (the .ode editor's text, saved or not) and shows it in the Single Neuron view as
 * "name (editor)". A problem in the text fails the command with the core's message (line and column).
 */
public class ShowOdeModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String source = event.getParameter("source");
        String name = event.getParameter("name");
        if (source == null) {
            throw new ExecutionException("no model text given");
        }
        String fileName = name == null || name.isBlank() ? "model.ode" : name;
        String stem = fileName.endsWith(".ode") ? fileName.substring(0, fileName.length() - 4) : fileName;
        Model model;
        try {
            model = OdeModelLoader.load(stem, source, fileName);
        } catch (RuntimeException e) {
            throw new ExecutionException(fileName + ": " + Messages.of(e), e);
        }
        SingleNeuronView view = Views.open(event);
        view.showModel(model, fileName + " (editor)");
        view.showTab(0);
        return null;
    }
}
