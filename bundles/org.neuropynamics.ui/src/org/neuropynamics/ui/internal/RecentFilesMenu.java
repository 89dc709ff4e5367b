package org.neuropynamics.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.neuropynamics.ui.RecentFiles;

/** The items of File &gt; Open Recent: one per remembered file (numbered, with its folder), then Clear. */
final class RecentFilesMenu extends CompoundContributionItem {

    private final IWorkbenchWindow window;

    RecentFilesMenu(IWorkbenchWindow window) {
        super("org.neuropynamics.ui.recentFiles");
        this.window = window;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        List<Path> files = RecentFiles.list();
        int n = 1;
        for (Path file : files) {
            Path parent = file.getParent();
            String label = "&" + n++ + "  " + file.getFileName() + (parent == null ? "" : "  [" + parent + "]");
            Action open = new Action(label.replace("@", "")) {
                @Override
                public void run() {
                    new OpenFileAction(window).open(file);
                }
            };
            open.setToolTipText(file.toString());
            items.add(new ActionContributionItem(open));
        }
        if (files.isEmpty()) {
            Action none = new Action("(no recent files)") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        } else {
            items.add(new Separator());
            items.add(new ActionContributionItem(new Action("Clear Recent Files") {
                @Override
                public void run() {
                    RecentFiles.clear();
                }
            }));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
