package org.neuropynamics.network.ui;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The network editor's commands: the palette above the canvas (tools, delete, auto layout, zoom, run), the
 * canvas's context menu, and the handlers of the workbench's Edit menu (Undo and Redo named after the
 * change they take back, Delete, Select All).
 */
final class EditorPalette {

    private final NetworkEditor editor;
    private final CommandStack stack;
    private final IAction undo;
    private final IAction redo;
    private final IAction delete;
    private final IAction selectAll;
    private final IAction autoLayout;
    private final IAction fit;

    EditorPalette(NetworkEditor editor, CommandStack stack) {
        this.editor = editor;
        this.stack = stack;
        undo = action("Undo", editor::undo);
        redo = action("Redo", editor::redo);
        delete = action("Delete", () -> editor.canvas().deleteSelection());
        selectAll = action("Select All", () -> editor.canvas().selectAll());
        autoLayout = action("Auto Layout", editor::autoLayout);
        fit = action("Zoom to Fit", () -> editor.canvas().fit());
    }

    /** The palette: a tool bar above the canvas. */
    ToolBar createPalette(Composite parent) {
        ToolBar palette = new ToolBar(parent, SWT.FLAT | SWT.WRAP);
        tool(palette, "Select", NetworkCanvas.Tool.SELECT, true);
        tool(palette, "Population", NetworkCanvas.Tool.POPULATION, false);
        tool(palette, "Poisson input", NetworkCanvas.Tool.POISSON, false);
        tool(palette, "Spike generator", NetworkCanvas.Tool.GENERATOR, false);
        tool(palette, "Projection", NetworkCanvas.Tool.PROJECTION, false);
        monitorTool(palette);
        new ToolItem(palette, SWT.SEPARATOR);
        tool(palette, "Current", NetworkCanvas.Tool.CURRENT, false);
        new ToolItem(palette, SWT.SEPARATOR);
        push(palette, "Delete", delete);
        push(palette, "Auto Layout", autoLayout);
        new ToolItem(palette, SWT.SEPARATOR);
        push(palette, "Zoom +", action("Zoom +", () -> editor.canvas().zoomBy(1.25)));
        push(palette, "Zoom -", action("Zoom -", () -> editor.canvas().zoomBy(0.8)));
        push(palette, "Fit", fit);
        new ToolItem(palette, SWT.SEPARATOR);
        push(palette, "Run", action("Run", editor::run));
        return palette;
    }

    /** The canvas's context menu. */
    void createContextMenu(NetworkCanvas canvas) {
        MenuManager menu = new MenuManager();
        menu.add(autoLayout);
        menu.add(fit);
        menu.add(new Separator());
        menu.add(selectAll);
        menu.add(delete);
        menu.add(new Separator());
        menu.add(undo);
        menu.add(redo);
        menu.addMenuListener(m -> update());
        canvas.setMenu(menu.createContextMenu(canvas));
    }

    /** Makes the Edit menu's Undo, Redo, Delete and Select All act on this editor. */
    void registerGlobalActions(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.updateActionBars();
        update();
    }

    /** Enables and names the actions after the command stack and the selection. */
    void update() {
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? "Undo " + label(stack.getUndoCommand().getLabel()) : "Undo");
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? "Redo " + label(stack.getRedoCommand().getLabel()) : "Redo");
        NetworkCanvas canvas = editor.canvas();
        delete.setEnabled(canvas != null && !canvas.isDisposed() && !canvas.selection().isEmpty());
    }

    private static String label(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    private static IAction action(String text, Runnable r) {
        return new Action(text) {
            @Override
            public void run() {
                r.run();
            }
        };
    }

    private ToolItem tool(ToolBar bar, String text, NetworkCanvas.Tool t, boolean selected) {
        ToolItem item = new ToolItem(bar, SWT.RADIO);
        item.setText(text);
        item.setSelection(selected);
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection()) {
                editor.canvas().setTool(t);
            }
        });
        return item;
    }

    /** The Monitor tool: a radio item whose drop-down arrow chooses spike, state or rate monitors. */
    private void monitorTool(ToolBar bar) {
        ToolItem item = tool(bar, "Monitor: spikes", NetworkCanvas.Tool.MONITOR, false);
        ToolItem kinds = new ToolItem(bar, SWT.DROP_DOWN);
        kinds.setText("kind");
        kinds.setToolTipText("Kind of monitor the Monitor tool adds");
        Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
        for (MonitorKind k : MonitorKind.values()) {
            MenuItem m = new MenuItem(menu, SWT.RADIO);
            m.setText(k.label());
            m.setSelection(k == MonitorKind.SPIKES);
            m.addListener(SWT.Selection, e -> {
                if (m.getSelection()) {
                    editor.canvas().setMonitorKind(k);
                    item.setText("Monitor: " + k.label());
                    bar.getParent().layout(true, true);
                }
            });
        }
        kinds.addListener(SWT.Selection, e -> {
            Rectangle r = kinds.getBounds();
            Point p = bar.toDisplay(r.x, r.y + r.height);
            menu.setLocation(p.x, p.y);
            menu.setVisible(true);
        });
        bar.addDisposeListener(e -> menu.dispose());
    }

    private static void push(ToolBar bar, String text, IAction action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
