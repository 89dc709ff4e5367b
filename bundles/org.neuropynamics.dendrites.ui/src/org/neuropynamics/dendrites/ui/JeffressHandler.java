package org.neuropynamics.dendrites.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The command behind the tutorial's Jeffress steps: shows the Jeffress view with the given input times, number
 * of detectors, delay step and detector model (each optional: the view's value stays).
 */
public final class JeffressHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            JeffressView view = (JeffressView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(JeffressView.ID);
            view.setInputs(number(event, "left", view.left()), number(event, "right", view.right()),
                    (int) number(event, "n", view.detectors()), number(event, "delta", view.delta()),
                    event.getParameter("model") == null ? view.model() : event.getParameter("model"));
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the Jeffress view: " + e.getMessage(), e);
        }
        return null;
    }

    private static double number(ExecutionEvent event, String name, double otherwise) throws ExecutionException {
        String text = event.getParameter(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new ExecutionException(name + " must be a number, not '" + text + "'");
        }
    }
}
