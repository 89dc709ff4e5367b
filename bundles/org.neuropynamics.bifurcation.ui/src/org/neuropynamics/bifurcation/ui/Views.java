package org.neuropynamics.bifurcation.ui;

import java.util.function.BiConsumer;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Bifurcation perspective and one of its views for command handlers. */
final class Views {

    private Views() {
    }

    static <T> T open(ExecutionEvent event, String id, Class<T> type) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
            return type.cast(window.getActivePage().showView(id));
        } catch (WorkbenchException e) {
            throw new ExecutionException("cannot open the Bifurcation view " + id + ": " + e.getMessage(), e);
        }
    }

    /** A number parameter of a command, or the fallback when absent. */
    static double number(ExecutionEvent event, String name, double fallback) throws ExecutionException {
        String v = event.getParameter(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new ExecutionException("parameter '" + name + "' must be a number, got '" + v + "'");
        }
    }

    /** Applies "NAME=VALUE,NAME=VALUE". */
    static void assignments(String set, BiConsumer<String, Double> setter) throws ExecutionException {
        if (set == null || set.isBlank()) {
            return;
        }
        for (String a : set.split(",")) {
            String[] kv = a.split("=");
            try {
                setter.accept(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            } catch (RuntimeException e) {
                throw new ExecutionException("cannot apply '" + a + "': " + e.getMessage());
            }
        }
    }
}
