package org.neuropynamics.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/**
 * File > Export...: the exports of the part the user is in. The workbench's stock Export opened an empty list of
 * export wizards (issue 18's walkthrough: none is contributed); a view's figure exports (PNG, SVG, CSV: its toolbar
 * actions of {@code ui.export.FigureExportActions}) are offered as buttons, and where there are none the dialog
 * says where exports are (a view's toolbar, File > Export Network for a network editor).
 */
final class ExportAction extends Action implements IWorkbenchAction {

    /** The ids of the toolbar actions of {@code FigureExportActions}. */
    private static final String PREFIX = "org.neuropynamics.ui.export.";

    private final IWorkbenchWindow window;

    ExportAction(IWorkbenchWindow window) {
        super("&Export...");
        this.window = window;
        setId("org.neuropynamics.ui.file.export");
        setToolTipText("Export the figure or data of the active view");
    }

    /** The export actions of a part: a view's PNG, SVG and CSV toolbar actions (none for an editor). */
    static List<IAction> choices(IWorkbenchPart part) {
        List<IAction> out = new ArrayList<>();
        if (part instanceof IViewPart view) {
            for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
                if (item instanceof ActionContributionItem a && a.getAction().getId() != null
                        && a.getAction().getId().startsWith(PREFIX) && a.getAction().isEnabled()) {
                    out.add(a.getAction());
                }
            }
        }
        return out;
    }

    /** What the dialog says for a part. */
    static String message(IWorkbenchPart part, List<IAction> choices) {
        String name = part == null ? "this view" : part.getTitle();
        if (!choices.isEmpty()) {
            return "Export the figure of " + name + " as PNG or SVG (as the view shows it), or its data as CSV.";
        }
        return name + " has nothing to export. Each figure exports from its view's toolbar (PNG, SVG, CSV) or its"
                + " right-click menu; a network goes to Brian2, PyNN, NEST, NEURON or NeuroML with File > Export"
                + " Network while its editor is active; an .ode file is saved with File > Save As.";
    }

    @Override
    public void run() {
        if (window.getActivePage() == null) {
            return;
        }
        IWorkbenchPart part = window.getActivePage().getActivePart();
        List<IAction> choices = choices(part);
        List<String> buttons = new ArrayList<>();
        for (IAction a : choices) {
            buttons.add(a.getText().replace("&", ""));
        }
        buttons.add(choices.isEmpty() ? "Close" : "Cancel");
        int chosen = new MessageDialog(window.getShell(), "Export", null, message(part, choices),
                MessageDialog.INFORMATION, buttons.toArray(String[]::new), 0).open();
        if (chosen >= 0 && chosen < choices.size()) {
            choices.get(chosen).run();
        }
    }

    @Override
    public void dispose() {
        // nothing held
    }
}
