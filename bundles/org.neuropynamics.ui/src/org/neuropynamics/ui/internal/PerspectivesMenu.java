package org.neuropynamics.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Window &gt; Open Perspective: every topic's perspective by name (Welcome first, then the topics in the
 * order of the Welcome page), the current one checked.
 */
public final class PerspectivesMenu extends CompoundContributionItem {

    private final IWorkbenchWindow window;

    PerspectivesMenu(IWorkbenchWindow window) {
        super("org.neuropynamics.ui.perspectives");
        this.window = window;
    }

    /** Perspective ids in menu order: Welcome, then the topics' perspectives in Welcome-page order, then others. */
    public static List<IPerspectiveDescriptor> perspectives(IWorkbenchWindow window) {
        List<String> order = new ArrayList<>();
        order.add(WelcomePerspective.ID);
        for (Topic t : TopicRegistry.topics()) {
            order.add(t.perspectiveId());
        }
        List<IPerspectiveDescriptor> all = new ArrayList<>(
                List.of(window.getWorkbench().getPerspectiveRegistry().getPerspectives()));
        all.sort(Comparator.comparingInt((IPerspectiveDescriptor d) -> {
            int i = order.indexOf(d.getId());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(IPerspectiveDescriptor::getLabel));
        return all;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        IWorkbenchPage page = window.getActivePage();
        String current = page == null || page.getPerspective() == null ? null : page.getPerspective().getId();
        for (IPerspectiveDescriptor d : perspectives(window)) {
            Action open = new Action(d.getLabel(), IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    try {
                        window.getWorkbench().showPerspective(d.getId(), window);
                    } catch (WorkbenchException e) {
                        StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
                    }
                }
            };
            open.setImageDescriptor(d.getImageDescriptor());
            open.setChecked(d.getId().equals(current));
            items.add(new ActionContributionItem(open));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
