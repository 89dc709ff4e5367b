package org.neuropynamics.bifurcation.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.SystemCompiler;

/**
 * The text of a typed 1-D or 2-D map ({@code x' = r*x*(1-x)}, {@code x' = 1 - a*x^2 + y; y' = b*x}, with
 * {@code par} and {@code init} lines, in the XPPAUT {@code .ode} grammar; {@code x'} is the next value).
 * Typing recompiles after a short pause; an error is shown under the text and underlined at its line and
 * column, while the figures keep the last valid map.
 */
final class TypedMapEditor {

    private static final int PAUSE_MS = 300;

    private final Composite panel;
    private final StyledText text;
    private final Label error;
    private final Font mono;
    private final Consumer<Model> onCompiled;
    private int edits;

    TypedMapEditor(Composite parent, Consumer<Model> onCompiled) {
        this.onCompiled = onCompiled;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        panel.setLayout(layout);
        text = new StyledText(panel, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        mono = new Font(parent.getDisplay(), "Monospace", 10, SWT.NORMAL);
        text.setFont(mono);
        text.addDisposeListener(e -> mono.dispose());
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 120;
        td.widthHint = 250;
        text.setLayoutData(td);
        error = new Label(panel, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData ed = new GridData(SWT.FILL, SWT.TOP, true, false);
        ed.widthHint = 250;
        error.setLayoutData(ed);
        text.addListener(SWT.Modify, e -> {
            int mine = ++edits;
            text.getDisplay().timerExec(PAUSE_MS, () -> {
                if (!text.isDisposed() && mine == edits) {
                    compile();
                }
            });
        });
    }

    Composite control() {
        return panel;
    }

    /** Calls {@code listener} after every change of the text. */
    void addModifyListener(Runnable listener) {
        text.addListener(SWT.Modify, e -> listener.run());
    }

    String source() {
        return text.getText();
    }

    /**
     * Replaces the text and compiles it at once. The new text is the document's new baseline (an example, a
     * file, a restored session): only typing makes the map dirty.
     */
    void setSource(String source) {
        text.setText(source);
        if (onReplaced != null) {
            onReplaced.run();
        }
        edits++;
        compile();
    }

    private Runnable onReplaced;

    /** Calls {@code listener} after {@link #setSource} replaced the text (not after typing). */
    void onReplaced(Runnable listener) {
        onReplaced = listener;
    }

    /** Types {@code typed} at the end of the text, as the keyboard would (the map becomes dirty). */
    void type(String typed) {
        text.setSelection(text.getCharCount());
        text.insert(typed);
        text.setSelection(text.getCharCount());
    }

    /** The error shown, or "" when the map compiles. */
    String errorText() {
        return error.getText();
    }

    /** Compiles now; returns true and hands the map on when the text is a valid 1-D or 2-D map. */
    boolean compile() {
        text.setStyleRange(null);
        try {
            Model model = SystemCompiler.compileMap("typed-map", text.getText(), Map.of());
            if (model.dimension() > 2) {
                showError("the Maps view draws 1-D and 2-D maps; this one has " + model.dimension() + " variables",
                        0, 0);
                return false;
            }
            if (model.parameters().isEmpty()) {
                showError("declare the parameter to vary, e.g. par r=3.5", 0, 0);
                return false;
            }
            error.setText("");
            panel.layout(true, true);
            onCompiled.accept(model);
            return true;
        } catch (EquationException e) {
            showError(e.getMessage(), e.line(), e.column());
            return false;
        } catch (RuntimeException e) {
            showError(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 0, 0);
            return false;
        }
    }

    private void showError(String message, int line, int column) {
        error.setText(message + " (the figures keep the last valid map)");
        if (line > 0 && line <= text.getLineCount()) {
            int start = text.getOffsetAtLine(line - 1);
            int lineLength = text.getLine(line - 1).length();
            // an error at the end of the line ("the line ends") underlines its last character
            int from = Math.min(Math.max(0, lineLength - 1), Math.max(0, column - 1));
            int length = Math.max(1, lineLength - from);
            if (start + from + length <= text.getCharCount()) {
                StyleRange r = new StyleRange(start + from, length, null, null);
                r.underline = true;
                r.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
                r.underlineColor = text.getDisplay().getSystemColor(SWT.COLOR_RED);
                text.setStyleRange(r);
            }
        }
        panel.layout(true, true);
        panel.getParent().layout(true, true);
    }
}
