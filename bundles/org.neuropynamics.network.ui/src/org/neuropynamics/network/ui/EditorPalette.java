package org.neuropynamics.network.ui;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The network editor's commands: the palette left of the canvas (tools, delete, auto layout, zoom, validate,
 * run), the canvas's context menu, and the handlers of the workbench's Edit menu (Undo and Redo named after the
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
    private final IAction validate;
    private PaletteIcons icons;
    /** The palette: one tool bar per tool. */
    private Composite bar;

    EditorPalette(NetworkEditor editor, CommandStack stack) {
        this.editor = editor;
        this.stack = stack;
        // enabled exactly when the command stack can undo/redo (asked live: the Edit menu and toolbar ask the
        // handler; update() also fires the change), so never before the first edit (issue 18)
        undo = new Action("Undo") {
            @Override
            public void run() {
                editor.undo();
            }

            @Override
            public boolean isEnabled() {
                return stack.canUndo();
            }
        };
        redo = new Action("Redo") {
            @Override
            public void run() {
                editor.redo();
            }

            @Override
            public boolean isEnabled() {
                return stack.canRedo();
            }
        };
        delete = action("Delete", () -> editor.canvas().deleteSelection());
        selectAll = action("Select All", () -> editor.canvas().selectAll());
        autoLayout = action("Auto Layout", editor::autoLayout);
        fit = action("Zoom to Fit", () -> editor.canvas().fit());
        validate = action("Validate", editor::validate);
    }

    /**
     * The palette: a column of tools left of the canvas, each tool a one-item tool bar with an icon, its name
     * and a tooltip, so that icons and names line up at the left (in one vertical GTK tool bar each item was
     * centred, and the last tools went behind an overflow arrow at 1280x720, issue 18); the active tool stays
     * pressed (Escape on the canvas returns to Select). Names never change, so nothing reflows.
     */
    Composite createPalette(Composite parent) {
        Composite palette = new Composite(parent, SWT.NONE);
        GridLayout column = new GridLayout(1, false);
        column.marginWidth = 0;
        column.marginHeight = 0;
        column.verticalSpacing = 0;
        palette.setLayout(column);
        icons = new PaletteIcons(parent.getDisplay());
        palette.addDisposeListener(e -> icons.dispose());
        tool(palette, "Select", "select", NetworkCanvas.Tool.SELECT, null,
                "Select, move and rubber-band (Escape returns here)");
        tool(palette, "Population", "population", NetworkCanvas.Tool.POPULATION, null,
                "Click the canvas to add a population (pick its model in Properties)");
        tool(palette, "Poisson input", "poisson", NetworkCanvas.Tool.POISSON, null,
                "Click the canvas to add Poisson spike trains (rate in Hz in Properties)");
        tool(palette, "Spike generator", "generator", NetworkCanvas.Tool.GENERATOR, null,
                "Click the canvas to add explicit spike times");
        tool(palette, "Projection", "projection", NetworkCanvas.Tool.PROJECTION, null,
                "Drag from a source to a target population (rule, weight, delay in Properties)");
        tool(palette, "Spike monitor", "spikes", NetworkCanvas.Tool.MONITOR, MonitorKind.SPIKES,
                "Click a population or input to record its spikes");
        tool(palette, "State monitor", "state", NetworkCanvas.Tool.MONITOR, MonitorKind.STATE,
                "Click a population to record a state variable (choose variables and neurons in Properties)");
        tool(palette, "Rate monitor", "rate", NetworkCanvas.Tool.MONITOR, MonitorKind.RATE,
                "Click a population or input to record its population rate");
        tool(palette, "Current", "current", NetworkCanvas.Tool.CURRENT, null,
                "Click a population to inject a current step into every neuron");
        bar = palette;
        return palette;
    }

    /**
     * The commands above the canvas, a row of their own: delete, auto layout, zoom, fit, validate, run (so the
     * tool column stays short enough for a small window).
     */
    Composite createCommands(Composite parent) {
        // Run and Validate first, in three tool bars that wrap as a row (GTK's tool bars do not wrap): beside the
        // results (Networks perspective) at 1280x720 the editor is about 530 px wide and Run was cut off at the
        // end of one row (issue 18)
        Composite commands = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.marginLeft = rows.marginRight = rows.marginTop = rows.marginBottom = 0;
        rows.marginWidth = rows.marginHeight = 0;
        rows.spacing = 6;
        rows.center = true;
        commands.setLayout(rows);
        icons = icons == null ? new PaletteIcons(parent.getDisplay()) : icons;
        ToolBar run = new ToolBar(commands, SWT.FLAT | SWT.RIGHT);
        push(run, "Run", "run", action("Run", editor::run), "Validate and simulate; results in the views beside");
        push(run, "Validate", "validate", validate, "List every problem of the network (Edit > Validate Network)");
        ToolBar edit = new ToolBar(commands, SWT.FLAT | SWT.RIGHT);
        push(edit, "Delete", "delete", delete, "Delete the selection (Delete key)");
        push(edit, "Auto Layout", "layout", autoLayout, "Lay the network out left to right (ELK)");
        ToolBar view = new ToolBar(commands, SWT.FLAT | SWT.RIGHT);
        push(view, "", "zoomin", action("Zoom In", () -> editor.canvas().zoomBy(1.25)), "Zoom in (Ctrl+wheel)");
        push(view, "", "zoomout", action("Zoom Out", () -> editor.canvas().zoomBy(0.8)), "Zoom out (Ctrl+wheel)");
        push(view, "Fit", "fit", fit, "Zoom to fit and centre the network");
        return commands;
    }

    /** Presses the item of the canvas's tool (and monitor kind), releases the others. */
    private void sync(Composite palette) {
        if (palette.isDisposed()) {
            return;
        }
        NetworkCanvas c = editor.canvas();
        for (org.eclipse.swt.widgets.Control child : palette.getChildren()) {
            if (child instanceof ToolBar tools) {
                for (ToolItem item : tools.getItems()) {
                    if (item.getData() instanceof Object[] d) {
                        item.setSelection(d[0] == c.tool() && (d[1] == null || d[1] == c.monitorKind()));
                    }
                }
            }
        }
    }

    /** The canvas's context menu. */
    void createContextMenu(NetworkCanvas canvas) {
        canvas.addToolListener(t -> sync(bar));
        MenuManager menu = new MenuManager();
        menu.add(autoLayout);
        menu.add(fit);
        menu.add(validate);
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

    private void tool(Composite palette, String text, String icon, NetworkCanvas.Tool t, MonitorKind kind,
            String tip) {
        ToolBar one = new ToolBar(palette, SWT.FLAT | SWT.RIGHT);
        one.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        ToolItem item = new ToolItem(one, SWT.RADIO);
        item.setText(text);
        item.setImage(icons.get(icon));
        item.setToolTipText(tip);
        item.setData(new Object[] {t, kind});
        item.setSelection(t == NetworkCanvas.Tool.SELECT);
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection()) {
                if (kind != null) {
                    editor.canvas().setMonitorKind(kind);
                }
                editor.canvas().setTool(t);
            }
            sync(palette);
        });
    }

    private void push(ToolBar bar, String text, String icon, IAction action, String tip) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        if (!text.isEmpty()) {
            item.setText(text);
        }
        item.setImage(icons.get(icon));
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
