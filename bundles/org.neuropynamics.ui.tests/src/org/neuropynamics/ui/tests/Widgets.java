package org.neuropynamics.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * Finds a view's widgets the way a test driving the UI needs them: by the data the view attached to them
 * ({@code setData("name", ...)}, {@code setData("parameter", ...)}, {@code setData("preset", ...)}) or by the
 * text a user reads, and operates them as a user does (select, type and press Enter, click). Views keep no
 * accessors for tests (issue 13).
 */
public final class Widgets {

    private Widgets() {
    }

    /** Every control of a type under root (root included) whose data {@code key} equals value (null: any). */
    public static <T extends Control> List<T> all(Control root, Class<T> type, String key, Object value) {
        List<T> found = new ArrayList<>();
        collect(root, type, key, value, found);
        return found;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, String key, Object value, List<T> out) {
        if (c.isDisposed()) {
            return;
        }
        if (type.isInstance(c) && (key == null || (value == null ? c.getData(key) != null
                : Objects.equals(value, c.getData(key))))) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, type, key, value, out);
            }
        }
    }

    /** The one control of a type under root whose data {@code key} equals value; fails when there is none. */
    public static <T extends Control> T find(Control root, Class<T> type, String key, Object value) {
        List<T> found = all(root, type, key, value);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " with " + key + " = " + value);
        }
        return found.get(0);
    }

    /** The one control named (data "name") under root. */
    public static <T extends Control> T named(Control root, Class<T> type, String name) {
        return find(root, type, "name", name);
    }

    /** Selects the item shown as {@code item} and notifies the listeners, as a user's choice does. */
    public static void select(Combo combo, String item) {
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError("no item '" + item + "' in " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Types a text into a field and presses Enter. */
    public static void type(Text field, String text) {
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** Clicks a push button. */
    public static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + button.getText() + "' is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Shows the tab whose title is {@code title} in the first tab folder under root that has one. */
    public static void showTab(Control root, String title) {
        for (CTabFolder folder : all(root, CTabFolder.class, null, null)) {
            for (CTabItem item : folder.getItems()) {
                if (item.getText().equals(title)) {
                    folder.setSelection(item);
                    Event e = new Event();
                    e.item = item;
                    folder.notifyListeners(SWT.Selection, e);
                    return;
                }
            }
        }
        throw new AssertionError("no tab '" + title + "'");
    }

    /** A mouse event on a control at (x, y) with a button (0: none) and modifier keys. */
    public static void mouse(Control control, int type, int x, int y, int button, int stateMask) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = stateMask;
        e.count = type == SWT.MouseDoubleClick ? 2 : 1;
        control.notifyListeners(type, e);
    }

    /** The mouse wheel turned by {@code count} notches (positive: away from the user) at (x, y). */
    public static void wheel(Control control, int x, int y, int count, int stateMask) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.count = count;
        e.stateMask = stateMask;
        control.notifyListeners(SWT.MouseVerticalWheel, e);
    }
}
