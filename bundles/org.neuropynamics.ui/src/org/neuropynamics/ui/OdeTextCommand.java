package org.neuropynamics.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * The handler of a topic's {@code showOdeModel(source, name)} command (the {@code .ode} editor's "Open in ..."
 * buttons): compiles the editor's text {@code source}, saved or not, with the core's parser (never running code
 * from the file), and hands the model to the topic's view as "name (editor)". A problem in the text fails the
 * command with the core's message (line and column).
 */
public abstract class OdeTextCommand extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
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
            String m = e.getMessage();
            throw new ExecutionException(fileName + ": " + (m == null ? e.getClass().getSimpleName() : m), e);
        }
        show(event, model, fileName);
        return null;
    }

    /**
     * Shows the model in the topic's view.
     *
     * @param fileName the editor's file name, for the label "fileName (editor)" and messages
     * @throws ExecutionException when the topic cannot take this model (a map where a flow is needed)
     */
    protected abstract void show(ExecutionEvent event, Model model, String fileName) throws ExecutionException;
}
