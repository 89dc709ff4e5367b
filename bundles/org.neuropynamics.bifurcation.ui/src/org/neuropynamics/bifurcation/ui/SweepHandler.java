package org.neuropynamics.bifurcation.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * {@code org.neuropynamics.bifurcation.ui.commands.sweep(example, values)}: opens the sweep view on one of the
 * course's examples ({@code adex} or {@code izhikevich}) and runs it.
 */
public final class SweepHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        SweepView view = Views.open(event, SweepView.ID, SweepView.class);
        String example = event.getParameter("example");
        try {
            view.showExample(example == null || example.isBlank() ? "adex" : example.strip());
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage());
        }
        if (event.getParameter("values") != null) {
            view.setValues((int) Views.number(event, "values", 150));
        }
        view.run();
        return null;
    }
}
