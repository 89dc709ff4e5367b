package org.neuropynamics.bifurcation.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * {@code org.neuropynamics.bifurcation.ui.commands.continue(model, preset, param, from, to, variable, set,
 * cycles)}: opens the continuation view with these settings and runs it (cheat-sheet steps).
 */
public final class ContinueHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ContinuationView view = Views.open(event, ContinuationView.ID, ContinuationView.class);
        ContinuationControls c = view.controls();
        String model = event.getParameter("model");
        if (model != null && !model.isBlank()) {
            c.selectModel(model.strip());
        }
        try {
            String preset = event.getParameter("preset");
            if (preset != null && !preset.isBlank()) {
                c.selectPreset(preset.strip());
            }
            String param = event.getParameter("param");
            if (param != null && !param.isBlank()) {
                c.setParameter(param.strip());
            }
            Views.assignments(event.getParameter("set"), c::setValue);
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage());
        }
        if (event.getParameter("from") != null || event.getParameter("to") != null) {
            c.setRange(Views.number(event, "from", 0), Views.number(event, "to", 1));
        }
        String variable = event.getParameter("variable");
        if (variable != null) {
            c.setVariable(variable.strip());
        }
        c.setCycles(!"false".equals(event.getParameter("cycles")));
        view.run();
        return null;
    }
}
