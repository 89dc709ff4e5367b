package org.neuropynamics.bifurcation.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * {@code org.neuropynamics.bifurcation.ui.commands.showOdeModel(source, name)}: compiles the {@code .ode} text
 * {@code source} (the .ode editor's Open in Continuation, saved or not) and chooses it in the Continuation
 * Diagram as "name (editor)", with its parameters, ready for a range and Run. A problem in the text fails the
 * command with the core's message (line and column); so does a map (continuation needs a flow).
 */
public final class ShowOdeModelHandler extends AbstractHandler {

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
            String m = e.getMessage();
            throw new ExecutionException(fileName + ": " + (m == null ? e.getClass().getSimpleName() : m), e);
        }
        if (model.kind() != Model.Kind.FLOW) {
            throw new ExecutionException(fileName + " is a map; the continuation follows equilibria of flows "
                    + "(use the Maps view for maps)");
        }
        ContinuationView view = Views.open(event, ContinuationView.ID, ContinuationView.class);
        view.controls().showModel(model, fileName + " (editor)");
        return null;
    }
}
