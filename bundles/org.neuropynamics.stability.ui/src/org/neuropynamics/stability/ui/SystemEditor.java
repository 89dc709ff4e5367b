package org.neuropynamics.stability.ui;

import java.util.function.BiConsumer;

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
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.neuropynamics.core.ode.SystemCompiler;

/**
 * The pplane-style editor of a typed system ({@code x' = ...}, {@code y' = ...}, {@code par ...}, in the
 * XPPAUT {@code .ode} grammar). Typing recompiles after a short pause; an error is shown under the text and
 * underlined at its line and column, while the last valid system stays on the plane.
 */
public final class SystemEditor {

    private static final int PAUSE_MS = 250;

    private final Composite panel;
    private final StyledText text;
    private final Label error;
    private final BiConsumer<Model, OdeFile> onCompiled;
    private final Font mono;
    private int edits;

    SystemEditor(Composite parent, BiConsumer<Model, OdeFile> onCompiled) {
        this.onCompiled = onCompiled;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        panel.setLayout(layout);
        text = new StyledText(panel, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        mono = new Font(parent.getDisplay(), "Monospace", 10, SWT.NORMAL);
        text.setFont(mono);
        text.addDisposeListener(e -> mono.dispose());
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, false);
        td.heightHint = 130;
        td.widthHint = 260;
        text.setLayoutData(td);
        error = new Label(panel, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text.addListener(SWT.Modify, e -> {
            int mine = ++edits;
            text.getDisplay().timerExec(PAUSE_MS, () -> {
                if (!text.isDisposed() && mine == edits) {
                    compile();
                }
            });
        });
    }

    /** Calls {@code listener} after every change of the text (typed or set). */
    void addModifyListener(Runnable listener) {
        text.addListener(SWT.Modify, e -> listener.run());
    }

    Composite control() {
        return panel;
    }

    /** The text. */
    public String source() {
        return text.getText();
    }

    /**
     * Replaces the text and compiles it at once. The new text is the document's new baseline (as when a file
     * is opened): only typing makes the system dirty.
     */
    public void setSource(String source) {
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

    /** Types {@code typed} at the end of the text, as the keyboard would (the system becomes dirty). */
    public void type(String typed) {
        text.setSelection(text.getCharCount());
        text.insert(typed);
        text.setSelection(text.getCharCount());
    }

    /** Enables editing (typed systems) or shows a read-only note (catalogue models). */
    void setEditable(boolean editable) {
        text.setEditable(editable);
        text.setBackground(editable ? null : text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
    }

    /** The error shown, or "" when the system compiles. */
    public String errorText() {
        return error.getText();
    }

    /** Compiles now; returns true when the text is a valid planar (or larger) system. */
    boolean compile() {
        if (!text.getEditable()) {
            return false;
        }
        String source = text.getText();
        text.setStyleRange(null);
        try {
            OdeFile file = OdeModelLoader.parse(source, "typed system");
            Model model = SystemCompiler.compile("typed", source);
            if (model.dimension() < 2) {
                showError("a phase plane needs at least two equations (x' = ..., y' = ...); this system has "
                        + model.dimension(), 0, 0);
                return false;
            }
            error.setText("");
            panel.layout(true, true);
            onCompiled.accept(model, file);
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
        error.setText(message + "  (the plane keeps the last valid system)");
        if (line > 0 && line <= text.getLineCount()) {
            int start = text.getOffsetAtLine(line - 1);
            int lineLength = text.getLine(line - 1).length();
            int from = Math.min(lineLength, Math.max(0, column - 1));
            int length = Math.max(1, lineLength - from);
            if (from + length <= text.getCharCount()) {
                StyleRange r = new StyleRange(start + from, Math.min(length, text.getCharCount() - start - from), null,
                        null);
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
