package org.neuropynamics.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help &gt; Help Contents and F1: shows the user guide; F1 (parameter {@code context=part}) opens the chapter
 * of the view or editor that has the focus.
 */
public final class ShowGuideHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        boolean contextual = "part".equals(event.getParameter("context"));
        String partId = contextual && part != null ? part.getSite().getId() : null;
        try {
            show(window.getActivePage(), partId);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the user guide: " + e.getMessage(), e);
        }
        return null;
    }

    /** Shows the guide in {@code page}, at the chapter of {@code partId} when it is not null. */
    public static UserGuideView show(IWorkbenchPage page, String partId) throws PartInitException {
        UserGuideView view = (UserGuideView) page.showView(UserGuideView.ID);
        if (partId != null && !partId.equals(UserGuideView.ID)) {
            view.showChapterFor(partId);
        }
        return view;
    }
}
