package org.neuropynamics.stability.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The command behind the cheat sheet's steps: opens the phase-plane or phase-line view, optionally shows a
 * system (catalogue id or example name) and sets parameters ({@code "I=0.5,a=0.7"}).
 */
public final class ShowSystemHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        String view = event.getParameter("view");
        String system = event.getParameter("system");
        String set = event.getParameter("set");
        try {
            if ("phaseline".equals(view)) {
                PhaseLineView v = (PhaseLineView) page.showView(PhaseLineView.ID);
                if (system != null && !system.isBlank()) {
                    v.selectModel(system);
                }
                apply(set, v::setParameter);
            } else {
                PhasePlaneView v = (PhasePlaneView) page.showView(PhasePlaneView.ID);
                if (system != null && !system.isBlank()) {
                    v.selectSource(system);
                }
                apply(set, v::setParameter);
            }
        } catch (PartInitException | IllegalArgumentException e) {
            throw new ExecutionException("Cannot show " + system + ": " + e.getMessage(), e);
        }
        return null;
    }

    private static void apply(String set, java.util.function.BiConsumer<String, Double> setter) {
        if (set == null || set.isBlank()) {
            return;
        }
        for (String assignment : set.split(",")) {
            String[] kv = assignment.split("=");
            if (kv.length == 2) {
                setter.accept(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            }
        }
    }
}
