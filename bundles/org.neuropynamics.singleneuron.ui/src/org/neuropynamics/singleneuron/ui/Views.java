package org.neuropynamics.singleneuron.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Single Neuron perspective and view for command handlers. */
final class Views {

    private Views() {
    }

    static SingleNeuronView open(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getWorkbench().showPerspective(SingleNeuronPerspective.ID, window);
            return (SingleNeuronView) window.getActivePage().showView(SingleNeuronView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Single Neuron view: " + e.getMessage(), e);
        } catch (WorkbenchException e) {
            throw new ExecutionException("cannot open the Single Neuron perspective: " + e.getMessage(), e);
        }
    }

    static void selectModel(SingleNeuronView view, String modelId) throws ExecutionException {
        if (modelId == null || modelId.isBlank()) {
            return;
        }
        if (!view.modelIds().contains(modelId)) {
            throw new ExecutionException("unknown model '" + modelId + "'; models: " + view.modelIds());
        }
        view.selectModel(modelId);
    }
}
