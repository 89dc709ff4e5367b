package org.neuropynamics.bifurcation.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * {@code org.neuropynamics.bifurcation.ui.commands.map(r, from, to, xmin, xmax, typed)}: opens the Maps view on the
 * logistic map, optionally zoomed to [from, to] x [xmin, xmax], with the cobweb at r; with {@code typed=true} on
 * the typed-map panel (the Henon map).
 */
public final class MapHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MapsView view = Views.open(event, MapsView.ID, MapsView.class);
        if ("true".equals(event.getParameter("typed"))) {
            view.showTypedPanel();
            return null;
        }
        if (!"logistic".equals(view.model().id())) {
            view.selectMap("logistic");
        }
        if (event.getParameter("from") != null && event.getParameter("to") != null) {
            view.zoom(Views.number(event, "from", 2.5), Views.number(event, "to", 4), Views.number(event, "xmin", 0),
                    Views.number(event, "xmax", 1));
        } else {
            view.fullRange();
        }
        if (event.getParameter("r") != null) {
            view.mark(Views.number(event, "r", 3.7));
        }
        return null;
    }
}
