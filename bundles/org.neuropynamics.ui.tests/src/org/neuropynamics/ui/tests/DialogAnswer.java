package org.neuropynamics.ui.tests;


import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the next JFace dialog that opens (as a user would: presses the button with the given text) and
 * remembers its title, message and buttons, so that a test can check that a prompt really appeared.
 */
public final class DialogAnswer {

    private final Display display;
    private final String button;
    private int polls;
    public String title;
    public final List<String> texts = new ArrayList<>();
    public final List<String> buttons = new ArrayList<>();
    public boolean answered;

    private DialogAnswer(Display display, String button) {
        this.display = display;
        this.button = button;
    }

    /** Starts watching for a dialog, to press {@code button} (mnemonic ampersands ignored) in it. */
    public static DialogAnswer press(Display display, String button) {
        DialogAnswer a = new DialogAnswer(display, button);
        display.timerExec(100, a::poll);
        return a;
    }

    private void poll() {
        for (Shell s : display.getShells()) {
            // a progress dialog ("Operation in progress...", shown while a close waits for a slow operation on a
            // loaded machine) is not the prompt being waited for, although it has a Cancel button
            if (!answered && s.isVisible() && s.getData() instanceof Dialog
                    && !(s.getData() instanceof ProgressMonitorDialog)) {
                title = s.getText();
                List<Button> found = new ArrayList<>();
                texts.clear();
                buttons.clear();
                collect(s, found);
                for (Button b : found) {
                    if (plain(b.getText()).equalsIgnoreCase(button)) {
                        Screenshots.spin(display, 100);
                        answered = true;
                        b.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
        }
        // up to 60 s: on a loaded machine a close() can take more than 10 s to open its prompt, and an
        // unanswered modal prompt hangs the whole UI test run
        if (!answered && polls++ < 600) {
            display.timerExec(100, this::poll);
        }
    }

    private void collect(Control c, List<Button> found) {
        if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0) {
            found.add(b);
            buttons.add(plain(b.getText()));
        } else if (c instanceof Label l && !l.getText().isBlank()) {
            texts.add(l.getText());
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, found);
            }
        }
    }

    private static String plain(String s) {
        return s.replace("&", "");
    }

    @Override
    public String toString() {
        return "dialog '" + title + "' " + texts + " buttons " + buttons;
    }
}
