package org.neuropynamics.singleneuron.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * {@code org.neuropynamics.singleneuron.commands.setParameter(model, name, value)}: opens the Single Neuron view,
 * selects the model (when given) and sets one parameter (when given), as cheat-sheet steps do.
 */
public class SetParameterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        SingleNeuronView view = Views.open(event);
        Views.selectModel(view, event.getParameter("model"));
        String name = event.getParameter("name");
        String value = event.getParameter("value");
        if (name != null && value != null) {
            try {
                view.setParameter(name, Double.parseDouble(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        view.showTab(0);
        return null;
    }
}
