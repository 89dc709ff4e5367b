package org.neuropynamics.network.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit &gt; Validate Network: lists the problems of the active network editor's network. */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof NetworkEditor editor) {
            editor.validate();
        }
        return null;
    }
}
