package org.neuropynamics.bifurcation.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.ui.OdeTextCommand;

/**
 * {@code org.neuropynamics.bifurcation.ui.commands.showOdeModel(source, name)}: the .ode editor's Open in
 * Continuation chooses the editor's model in the Continuation Diagram as "name (editor)", with its parameters,
 * ready for a range and Run; a map is refused (continuation needs a flow).
 */
public final class ShowOdeModelHandler extends OdeTextCommand {

    @Override
    protected void show(ExecutionEvent event, Model model, String fileName) throws ExecutionException {
        if (model.kind() != Model.Kind.FLOW) {
            throw new ExecutionException(fileName + " is a map; the continuation follows equilibria of flows "
                    + "(use the Maps view for maps)");
        }
        ContinuationView view = Views.open(event, ContinuationView.ID, ContinuationView.class);
        view.controls().showModel(model, fileName + " (editor)");
    }
}
