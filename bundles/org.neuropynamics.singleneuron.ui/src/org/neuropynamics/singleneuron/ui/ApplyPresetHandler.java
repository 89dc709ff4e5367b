package org.neuropynamics.singleneuron.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** {@code org.neuropynamics.singleneuron.commands.applyPreset(model, preset)}: selects a model and a preset. */
public class ApplyPresetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        SingleNeuronView view = Views.open(event);
        Views.selectModel(view, event.getParameter("model"));
        try {
            view.applyPreset(event.getParameter("preset"));
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        view.showTab(0);
        return null;
    }
}
