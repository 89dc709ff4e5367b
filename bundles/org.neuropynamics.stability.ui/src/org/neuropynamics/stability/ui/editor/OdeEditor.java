package org.neuropynamics.stability.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.stability.ui.StabilityPerspective;
import org.neuropynamics.ui.PathEditorInput;
import org.neuropynamics.ui.RecentFiles;
import org.neuropynamics.ui.widgets.SaveLocation;

/**
 * The editor of XPPAUT {@code .ode} files (File &gt; Open File, Open Recent, File &gt; New &gt; Model): the text
 * with colours, line numbers, undo and redo, and the core parser's first problem marked at its line and column
 * (squiggle, ruler mark with the message as hover, and the message under the text) shortly after each change.
 * Save writes the text as it is through {@link OutputFiles} (temporary file, then an atomic rename; an existing
 * file's permissions kept). "Run in Phase Plane" and "Run in Single Neuron" show the model as edited, saved or
 * not; "Open in Continuation" chooses it in the Continuation Diagram. Undo and Redo are enabled only when there
 * is something to undo or redo. Closing or quitting with unsaved changes asks to save them.
 */
public final class OdeEditor extends EditorPart {

    /** Editor id (the default editor of {@code *.ode}). */
    public static final String ID = "org.neuropynamics.stability.ui.odeEditor";
    /** Annotation type of a problem reported by the parser. */
    static final String PROBLEM = "org.neuropynamics.stability.ui.odeProblem";
    /** The Single Neuron topic's command that shows a model given as .ode text (run by id: no bundle dependency). */
    static final String SINGLE_NEURON_COMMAND = "org.neuropynamics.singleneuron.commands.showOdeModel";
    private static final int PAUSE_MS = 300;

    private Path file;
    private String savedText;
    private final Document document = new Document();
    private final AnnotationModel annotations = new AnnotationModel();
    private SourceViewer viewer;
    private Action undoAction;
    private Action redoAction;
    private Label summary;
    private Font mono;
    private OdeProblems.Check check;
    private int edits;
    private boolean wasDirty;

    /** A problem reported by the parser: squiggle in the text and a red dot in the ruler. */
    static final class ProblemAnnotation extends Annotation implements IAnnotationPresentation {

        ProblemAnnotation(String message) {
            super(PROBLEM, false, message);
        }

        @Override
        public int getLayer() {
            return 1;
        }

        @Override
        public void paint(GC gc, Canvas canvas, Rectangle r) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            int d = Math.min(10, Math.min(r.width, r.height) - 2);
            gc.fillOval(r.x + (r.width - d) / 2, r.y + (r.height - d) / 2, d, d);
        }
    }

    /** Types and painting of the problem annotations (the ruler paints through the extension only). */
    private static final class Access implements IAnnotationAccess, IAnnotationAccessExtension {

        @Override
        public Object getType(Annotation annotation) {
            return annotation.getType();
        }

        @Override
        public boolean isMultiLine(Annotation annotation) {
            return false;
        }

        @Override
        public boolean isTemporary(Annotation annotation) {
            return true;
        }

        @Override
        public String getTypeLabel(Annotation annotation) {
            return "Problem";
        }

        @Override
        public int getLayer(Annotation annotation) {
            return 1;
        }

        @Override
        public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
            if (annotation instanceof IAnnotationPresentation p) {
                p.paint(gc, canvas, bounds);
            }
        }

        @Override
        public boolean isPaintable(Annotation annotation) {
            return annotation instanceof IAnnotationPresentation;
        }

        @Override
        public boolean isSubtype(Object annotationType, Object potentialSupertype) {
            return annotationType.equals(potentialSupertype);
        }

        @Override
        public Object[] getSupertypes(Object annotationType) {
            return new Object[0];
        }
    }

    private static final Access ACCESS = new Access();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pi)) {
            throw new PartInitException("The .ode editor opens files (" + input.getName() + " is not one).");
        }
        setSite(site);
        setInput(input);
        file = Path.of(pi.getPath().toOSString()).toAbsolutePath().normalize();
        try {
            savedText = InputFiles.readText(file, "model file");
        } catch (FileProblem e) {
            throw new PartInitException(e.getMessage());
        }
        document.set(savedText);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        body.setLayout(layout);
        Composite bar = new Composite(body, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(3, false));
        Button plane = new Button(bar, SWT.PUSH);
        plane.setText("Run in Phase Plane");
        plane.setToolTipText("Show the model as edited (saved or not) in the Phase Plane");
        plane.addListener(SWT.Selection, e -> runInPhasePlane());
        Button neuron = new Button(bar, SWT.PUSH);
        neuron.setText("Run in Single Neuron");
        neuron.setToolTipText("Simulate the model as edited (saved or not) in the Single Neuron view");
        neuron.addListener(SWT.Selection, e -> runInSingleNeuron());
        Button continuation = new Button(bar, SWT.PUSH);
        continuation.setText("Open in Continuation");
        continuation.setToolTipText("Choose the model as edited (saved or not) in the Continuation Diagram, to "
                + "continue one of its parameters");
        continuation.addListener(SWT.Selection, e -> openInContinuation());
        // the hint on a row of its own, wrapped: the editor may have 45 % of a 1280-pixel window (issue 18)
        Label hint = new Label(bar, SWT.WRAP);
        hint.setText("Ctrl+S saves; Ctrl+Z / Ctrl+Y undo and redo. Problems are marked (red) as you type.");
        GridData hd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        hd.widthHint = 200;
        hint.setLayoutData(hd);

        CompositeRuler ruler = new CompositeRuler();
        AnnotationRulerColumn marks = new AnnotationRulerColumn(annotations, 14, ACCESS);
        marks.addAnnotationType(PROBLEM);
        ruler.addDecorator(0, marks);
        ruler.addDecorator(1, new LineNumberRulerColumn());
        viewer = new SourceViewer(body, ruler, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        mono = new Font(parent.getDisplay(), "Monospace", 10, SWT.NORMAL);
        viewer.getTextWidget().setFont(mono);
        viewer.configure(new SourceViewerConfiguration() {
            @Override
            public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
                PresentationReconciler reconciler = new PresentationReconciler();
                DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new OdeScanner());
                reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
                reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
                return reconciler;
            }

            @Override
            public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
                return new DefaultAnnotationHover();
            }
        });
        viewer.setDocument(document, annotations);
        AnnotationPainter squiggles = new AnnotationPainter(viewer, ACCESS);
        squiggles.addAnnotationType(PROBLEM);
        squiggles.setAnnotationTypeColor(PROBLEM, parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        viewer.addPainter(squiggles);

        summary = new Label(body, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        body.addDisposeListener(e -> mono.dispose());

        document.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                changed();
            }
        });
        // the keys, also where the workbench's key bindings do not reach the editor (seen under Xvfb: the Edit
        // menu's Undo worked, Ctrl+Z did not); a key the bindings handled never arrives here
        viewer.appendVerifyKeyListener(e -> {
            if ((e.stateMask & SWT.MOD1) == 0) {
                return;
            }
            boolean shift = (e.stateMask & SWT.SHIFT) != 0;
            if (e.keyCode == 'z' && !shift) {
                e.doit = !undo();
            } else if (e.keyCode == 'y' || e.keyCode == 'z' && shift) {
                e.doit = !redo();
            } else if (e.keyCode == 's' && !shift) {
                e.doit = false;
                getSite().getPage().saveEditor(this, false);
            }
        });
        IActionBars bars = getEditorSite().getActionBars();
        undoAction = operation("Undo", ITextOperationTarget.UNDO);
        redoAction = operation("Redo", ITextOperationTarget.REDO);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), operation("Cut", ITextOperationTarget.CUT));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), operation("Copy", ITextOperationTarget.COPY));
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), operation("Paste", ITextOperationTarget.PASTE));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(),
                operation("Select All", ITextOperationTarget.SELECT_ALL));
        bars.updateActionBars();
        updateUndoRedo();
        recheck();
    }

    /** Undo and Redo (Edit menu, toolbar) enabled only when there is something to undo or redo (issue 18). */
    private void updateUndoRedo() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        // setEnabled fires the change to the menu and toolbar (isEnabled itself is live)
        undoAction.setEnabled(viewer.canDoOperation(ITextOperationTarget.UNDO));
        redoAction.setEnabled(viewer.canDoOperation(ITextOperationTarget.REDO));
    }

    /** Whether Edit &gt; Undo and Redo are enabled now (for tests). */
    public boolean[] undoRedoEnabled() {
        return new boolean[] {undoAction.isEnabled(), redoAction.isEnabled()};
    }

    private Action operation(String text, int op) {
        boolean history = op == ITextOperationTarget.UNDO || op == ITextOperationTarget.REDO;
        return new Action(text) {
            @Override
            public void run() {
                if (viewer != null && viewer.canDoOperation(op)) {
                    viewer.doOperation(op);
                }
                updateUndoRedo();
            }

            @Override
            public boolean isEnabled() {
                // Undo and Redo asked live (the undo manager records a change after the document's listeners)
                return !history || viewer != null && !viewer.getControl().isDisposed() && viewer.canDoOperation(op);
            }
        };
    }

    private void changed() {
        dirtyChanged();
        // the undo manager records the change after the document's listeners ran
        viewer.getControl().getDisplay().asyncExec(this::updateUndoRedo);
        viewer.getControl().getDisplay().timerExec(PAUSE_MS + 50, this::updateUndoRedo);
        int mine = ++edits;
        viewer.getControl().getDisplay().timerExec(PAUSE_MS, () -> {
            if (mine == edits && !viewer.getControl().isDisposed()) {
                recheck();
            }
        });
    }

    /** Checks the text now and marks its problems (the editor does it {@value #PAUSE_MS} ms after typing stops). */
    public void recheck() {
        check = OdeProblems.check(document.get(), file.getFileName().toString());
        annotations.removeAllAnnotations();
        for (OdeProblems.Problem p : check.problems()) {
            Position at = position(p);
            annotations.addAnnotation(new ProblemAnnotation(p.text()), at);
        }
        summary.setForeground(summary.getDisplay().getSystemColor(check.problems().isEmpty()
                ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        summary.setText(check.summary());
        summary.getParent().layout(true);
    }

    /** Where a problem is marked: from its column to the end of the name or number there (one character at least). */
    private Position position(OdeProblems.Problem p) {
        try {
            int lines = document.getNumberOfLines();
            int line = Math.max(1, Math.min(lines, p.line() == 0 ? 1 : p.line())) - 1;
            int start = document.getLineOffset(line);
            int length = document.getLineLength(line)
                    - (document.getLineDelimiter(line) == null ? 0 : document.getLineDelimiter(line).length());
            if (p.line() == 0 || p.column() == 0) {
                return new Position(start, Math.max(1, length));
            }
            int from = Math.min(length, p.column() - 1);
            int to = from;
            String text = document.get(start, length);
            while (to < length && (Character.isLetterOrDigit(text.charAt(to)) || text.charAt(to) == '_'
                    || text.charAt(to) == '.')) {
                to++;
            }
            int end = Math.max(to, from + 1);
            return new Position(start + from, Math.min(end, Math.max(length, from + 1)) - from);
        } catch (BadLocationException e) {
            return new Position(0, Math.min(1, document.getLength()));
        }
    }

    private void dirtyChanged() {
        boolean dirty = isDirty();
        if (dirty != wasDirty) {
            wasDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Shows the text as edited in the Phase Plane (Stability perspective); false when it has a problem. */
    public boolean runInPhasePlane() {
        if (!readyToRun("the Phase Plane")) {
            return false;
        }
        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        try {
            window.getWorkbench().showPerspective(StabilityPerspective.ID, window);
            PhasePlaneView view = (PhasePlaneView) window.getActivePage().showView(PhasePlaneView.ID);
            return view.showEditorText(document.get(), file);
        } catch (WorkbenchException e) {
            MessageDialog.openError(getSite().getShell(), "Run in Phase Plane", e.getMessage());
            return false;
        }
    }

    /** Simulates the text as edited in the Single Neuron view; false when it has a problem or the topic is absent. */
    public boolean runInSingleNeuron() {
        if (!readyToRun("the Single Neuron view")) {
            return false;
        }
        return execute(SINGLE_NEURON_COMMAND, "Run in Single Neuron", "The Single Neuron topic is not installed.");
    }

    /** The Continuation topic's command that shows a model given as .ode text (run by id: no bundle dependency). */
    static final String CONTINUATION_COMMAND = "org.neuropynamics.bifurcation.ui.commands.showOdeModel";

    /**
     * Chooses the text as edited in the Continuation Diagram (Bifurcations perspective), ready for a parameter
     * and a range; false when it has a problem or the topic is absent.
     */
    public boolean openInContinuation() {
        if (!readyToRun("the Continuation Diagram")) {
            return false;
        }
        return execute(CONTINUATION_COMMAND, "Open in Continuation", "The Bifurcations topic is not installed.");
    }

    private boolean execute(String id, String title, String absent) {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        Command command = commands.getCommand(id);
        try {
            if (!command.isDefined()) {
                throw new NotDefinedException(id);
            }
            ParameterizedCommand run = ParameterizedCommand.generateCommand(command,
                    Map.of("source", document.get(), "name", file.getFileName().toString()));
            handlers.executeCommand(run, null);
            return true;
        } catch (NotDefinedException e) {
            MessageDialog.openError(getSite().getShell(), title, absent);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), title,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return false;
    }

    private boolean readyToRun(String where) {
        recheck();
        if (!check.problems().isEmpty()) {
            MessageDialog.openError(getSite().getShell(), "Run in " + where.replace("the ", ""),
                    "Fix the problem first, then run it in " + where + ":\n\n" + check.summary());
            return false;
        }
        return true;
    }

    /** The file being edited. */
    public Path file() {
        return file;
    }

    /** The text as edited. */
    public String text() {
        return document.get();
    }

    /** The document. */
    public IDocument document() {
        return document;
    }

    /** The viewer. */
    public SourceViewer viewer() {
        return viewer;
    }

    /** The text widget (colours, typing). */
    public org.eclipse.swt.custom.StyledText textWidget() {
        return viewer.getTextWidget();
    }

    /** Replaces {@code length} characters at {@code offset} as typing or pasting would (undoable, makes dirty). */
    public void replace(int offset, int length, String text) {
        try {
            document.replace(offset, length, text);
        } catch (BadLocationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Replaces the whole text (undoable). */
    public void setText(String text) {
        document.set(text);
    }

    /** Undoes the last change (Edit &gt; Undo, Ctrl+Z); false when there is nothing to undo. */
    public boolean undo() {
        return operate(ITextOperationTarget.UNDO);
    }

    /** Redoes the last undone change (Ctrl+Y); false when there is nothing to redo. */
    public boolean redo() {
        return operate(ITextOperationTarget.REDO);
    }

    private boolean operate(int op) {
        if (!viewer.canDoOperation(op)) {
            return false;
        }
        viewer.doOperation(op);
        updateUndoRedo();
        return true;
    }

    /** The offset at which a 1-based line starts. */
    public int lineOffset(int line) {
        try {
            return document.getLineOffset(line - 1);
        } catch (BadLocationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The problem markers in the text: their message and where they start and how long they are. */
    public record Marker(String message, int offset, int length) {
    }

    /** The problem markers now in the text. */
    public List<Marker> markerList() {
        List<Marker> found = new java.util.ArrayList<>();
        annotations.getAnnotationIterator().forEachRemaining(a -> {
            Position p = annotations.getPosition(a);
            found.add(new Marker(a.getText(), p.getOffset(), p.getLength()));
        });
        return found;
    }

    /** The problems marked now (after the last check). */
    public List<OdeProblems.Problem> problems() {
        return check == null ? List.of() : check.problems();
    }

    /** The line under the text: the first problem, or the variables and parameters. */
    public String summaryText() {
        return summary.getText();
    }

    @Override
    public boolean isDirty() {
        return !document.get().equals(savedText);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!saveTo(file) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        Path to = SaveLocation.ask(getSite().getShell(), "Save Model As", file.getFileName().toString(), "ode",
                file.getParent());
        if (to != null && saveTo(to)) {
            setInputWithNotify(new PathEditorInput(to));
            file = to.toAbsolutePath().normalize();
            setPartName(file.getFileName().toString());
            setTitleToolTip(file.toString());
        }
    }

    /** Writes the text to {@code to} as it is; true when written (a failure is shown with its reason). */
    public boolean saveTo(Path to) {
        String text = document.get();
        try {
            OutputFiles.writeString(to.toAbsolutePath().normalize(), text);
        } catch (FileProblem e) {
            MessageDialog.openError(getSite().getShell(), "Save", e.getMessage());
            return false;
        }
        savedText = text;
        RecentFiles.add(to.toAbsolutePath().normalize());
        dirtyChanged();
        firePropertyChange(PROP_DIRTY);
        return true;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        viewer.getTextWidget().setFocus();
    }
}
