package org.neuropynamics.network.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheet;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.ui.tests.Screenshots;

/** Widget-level helpers: menus of the workbench window, wizards, the palette, the Properties tree. */
final class Ui {

    private Ui() {
    }

    /** The item {@code path} of the menu bar ("File", "New", "Network..."), each menu shown as a click would. */
    static MenuItem menuItem(Shell shell, String... path) {
        Menu menu = shell.getMenuBar();
        MenuItem found = null;
        for (String name : path) {
            menu.notifyListeners(SWT.Show, new Event());
            Screenshots.spin(shell.getDisplay(), 50);
            found = null;
            for (MenuItem item : menu.getItems()) {
                if (plain(item.getText()).equals(name)) {
                    found = item;
                }
            }
            if (found == null) {
                List<String> names = new ArrayList<>();
                for (MenuItem item : menu.getItems()) {
                    names.add(plain(item.getText()));
                }
                throw new AssertionError("no menu item " + name + " among " + names);
            }
            menu = found.getMenu();
        }
        return found;
    }

    /** Selects a menu item as a click does (a modal dialog it opens runs inside this call). */
    static void click(MenuItem item) {
        item.notifyListeners(SWT.Arm, new Event());
        item.notifyListeners(SWT.Selection, new Event());
    }

    /**
     * Runs {@code fill} on the next wizard dialog that opens, then presses its Finish button; returns a flag
     * array whose first element says whether Finish was pressed.
     */
    static boolean[] finishNextWizard(Display display, Consumer<WizardDialog> fill) {
        boolean[] done = {false};
        int[] polls = {0};
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!done[0] && s.isVisible() && s.getData() instanceof WizardDialog d) {
                    Screenshots.spin(display, 200);
                    fill.accept(d);
                    Screenshots.spin(display, 100);
                    Button finish = button(s, "Finish");
                    if (finish != null && finish.isEnabled()) {
                        done[0] = true;
                        finish.notifyListeners(SWT.Selection, new Event());
                    }
                    return;
                }
            }
            if (!done[0] && polls[0]++ < 100) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
        return done;
    }

    static Button button(Control c, String text) {
        if (c instanceof Button b && plain(b.getText()).equals(text)) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button b = button(child, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** The editor's palette of tools: the column of one-item tool bars left of the canvas. */
    static org.eclipse.swt.widgets.Composite palette(NetworkEditor editor) {
        for (Control c : editor.canvas().getParent().getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Composite p && !(c instanceof ToolBar) && c != editor.canvas()
                    && p.getChildren().length > 0 && p.getChildren()[0] instanceof ToolBar) {
                return p;
            }
        }
        throw new AssertionError("no palette");
    }

    /** Every tool bar of the editor: the palette's (one per tool) and the command row above the canvas. */
    static List<ToolBar> toolBars(NetworkEditor editor) {
        List<ToolBar> bars = new ArrayList<>();
        for (Control c : editor.canvas().getParent().getChildren()) {
            if (c instanceof ToolBar t) {
                bars.add(t);
            } else if (c instanceof org.eclipse.swt.widgets.Composite p && c != editor.canvas()) {
                for (Control child : p.getChildren()) {
                    if (child instanceof ToolBar t) {
                        bars.add(t);
                    }
                }
            }
        }
        return bars;
    }

    /** The palette's tools, top to bottom. */
    static List<ToolItem> paletteItems(NetworkEditor editor) {
        List<ToolItem> items = new ArrayList<>();
        for (Control c : palette(editor).getChildren()) {
            if (c instanceof ToolBar t) {
                items.addAll(List.of(t.getItems()));
            }
        }
        return items;
    }

    /** The item named {@code text} (or with that tooltip) of the palette or the command row above the canvas. */
    static ToolItem paletteItem(NetworkEditor editor, String text) {
        for (ToolBar bar : toolBars(editor)) {
            for (ToolItem item : bar.getItems()) {
                if (text.equals(item.getText()) || text.equals(item.getToolTipText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no palette item " + text);
    }

    /** Presses a palette item as a click does (a radio item becomes the only one pressed). */
    static void press(NetworkEditor editor, String text) {
        ToolItem item = paletteItem(editor, text);
        if ((item.getStyle() & SWT.RADIO) != 0) {
            for (ToolItem other : paletteItems(editor)) {
                if ((other.getStyle() & SWT.RADIO) != 0 && other != item && other.getSelection()) {
                    other.setSelection(false);
                    other.notifyListeners(SWT.Selection, new Event());
                }
            }
            item.setSelection(true);
        }
        item.notifyListeners(SWT.Selection, new Event());
        Screenshots.spin(item.getDisplay(), 30);
    }

    /** The rows of the Properties view: name and value, top level and under expanded categories. */
    static List<String[]> propertyRows(PropertySheet sheet) {
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        List<String[]> out = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            out.add(new String[] {item.getText(0), item.getText(1)});
            item.setExpanded(true);
            for (TreeItem child : item.getItems()) {
                out.add(new String[] {child.getText(0), child.getText(1)});
            }
        }
        return out;
    }

    /** Expands every category of the Properties view (as clicks on their arrows do). */
    static void expandAll(PropertySheet sheet) {
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        for (TreeItem item : tree.getItems()) {
            Event e = new Event();
            e.item = item;
            tree.notifyListeners(SWT.Expand, e);
            item.setExpanded(true);
        }
        if (tree.getItemCount() > 0) {
            tree.setTopItem(tree.getItem(0));
        }
        Screenshots.spin(tree.getDisplay(), 200);
    }

    static String plain(String s) {
        return s.replace("&", "").replaceAll("\\t.*", "").trim();
    }
}
