package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every topic's main views at 1280x720 with the topic's tutorial open beside it (issue 18's layouts): Single
 * Neuron, Phase Plane, 1-D Stability, Continuation, Sweep, Maps, the network editor (with Properties), Jeffress
 * and the dendrite. Every button, field, slider, label and tool of the view lies inside what the view shows (a
 * control below the fold of a scrolling column may be scrolled to, but none is cut off at the right), is
 * enabled (Cancel only while running), buttons and one-line labels are at least as wide as their text, sliders
 * at least 150 px. Checked by widget bounds, not by eye; screenshots in target/screenshots/layout-*.png.
 */
class LayoutAt1280x720Test {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    private static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";

    private IWorkbenchWindow window;
    private Shell shell;
    private Rectangle before;

    @BeforeEach
    void smallScreen() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        before = shell.getBounds();
        shell.setBounds(0, 0, 1280, 720);
        Screenshots.spin(shell.getDisplay(), 200);
    }

    @AfterEach
    void restore() {
        IViewPart sheet = window.getActivePage().findView(CHEAT_SHEET_VIEW);
        if (sheet != null) {
            window.getActivePage().hideView(sheet);
        }
        shell.setBounds(before);
    }

    private IWorkbenchPage topicWithTutorial(String perspective, String cheatSheet) throws Exception {
        PlatformUI.getWorkbench().showPerspective(perspective, window);
        IWorkbenchPage page = window.getActivePage();
        page.resetPerspective();
        new OpenCheatSheetAction(cheatSheet).run();
        Screenshots.spin(shell.getDisplay(), 600);
        IViewPart sheet = page.findView(CHEAT_SHEET_VIEW);
        assertNotNull(sheet, "the tutorial is open");
        assertTrue(page.isPartVisible(sheet), "the tutorial is visible");
        return page;
    }

    @Test
    void singleNeuron() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.singleneuron.perspective",
                "org.neuropynamics.singleneuron.cheatsheet");
        IViewPart view = page.findView("org.neuropynamics.singleneuron.view");
        List<Control> checked = checkPart(page, view, "layout-single-neuron", 150);
        // the parameter sliders and their fields show without scrolling (they were below the fold, a tau field
        // half cut): whole inside the scrolled column's viewport, which is at its top
        ScrolledComposite column = null;
        int sliders = 0;
        List<String> below = new ArrayList<>();
        for (Control c : checked) {
            boolean parameter = "parameter".equals(c.getData("name")) || c instanceof Scale;
            if (!parameter) {
                continue;
            }
            for (Composite p = c.getParent(); p != null && column == null; p = p.getParent()) {
                column = p instanceof ScrolledComposite s ? s : null;
            }
            assertNotNull(column, "the controls' column scrolls");
            assertTrue(column.getOrigin().y == 0, "the column is at its top: " + column.getOrigin());
            Rectangle port = column.getDisplay().map(column, null, column.getClientArea());
            Rectangle r = c.getDisplay().map(c.getParent(), null, c.getBounds());
            if (r.y < port.y || r.y + r.height > port.y + port.height) {
                below.add(c.getClass().getSimpleName() + " " + c.getData("parameter") + " " + r + " in " + port);
            }
            sliders += c instanceof Scale ? 1 : 0;
        }
        assertTrue(sliders >= 5, "Izhikevich's sliders a, b, c, d, I are checked: " + sliders);
        assertTrue(below.isEmpty(), "parameters below the fold: " + below);
        // the title (one readout: the rate while the input is on) fits the figure whole
        org.neuropynamics.ui.figures.FigureCanvas traces = Widgets.named(
                (Composite) view.getSite().getService(MPart.class).getWidget(),
                org.neuropynamics.ui.figures.FigureCanvas.class, "traces");
        Waits.until(shell.getDisplay(), () -> traces.shownFigure() != null, "the first run", 60);
        Screenshots.save(shell, "layout-single-neuron-run");
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(traces);
        try {
            // as FigurePainter decides to shorten it: 11.5 pt, measured plain plus 15 % for bold, 16 px margin
            String title = traces.shownFigure().title();
            double needed = new org.neuropynamics.ui.figures.GcCanvas(gc).textWidth(title, 11.5) * 1.15 + 16;
            assertTrue(needed <= traces.getSize().x, "the title '" + title + "' needs " + needed
                    + " px of the figure's " + traces.getSize().x);
            // the legend (v, spike cut-off, spikes, input I) takes two rows above the plot, not four: FigurePainter
            // puts the plot at 68 + 15 px per legend row below the figure's top (title 34, panel title 20, ...)
            double plotTop = traces.frames().get(0).area()[1];
            assertTrue(plotTop <= 68 + 2 * 15 + 0.5, "the membrane potential's plot starts at " + plotTop
                    + " px: more than two legend rows");
        } finally {
            gc.dispose();
        }
    }

    @Test
    void phasePlane() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.stability.ui.perspective",
                "org.neuropynamics.stability.ui.cheatsheet");
        org.neuropynamics.stability.ui.PhasePlaneView view = (org.neuropynamics.stability.ui.PhasePlaneView) page
                .findView("org.neuropynamics.stability.ui.views.phasePlane");
        checkPart(page, view, "layout-phase-plane", 150);
        // the table of equilibria takes the pane's width beside the tutorial (the trajectory list goes under it;
        // beside it the table was about 250 px, three of its five columns)
        org.eclipse.swt.widgets.Table table = view.tables().equilibriumTable();
        int columns = 0;
        for (org.eclipse.swt.widgets.TableColumn c : table.getColumns()) {
            columns += c.getWidth();
        }
        assertTrue(table.getSize().x >= 400, "the equilibria table is " + table.getSize().x + " px wide");
        assertTrue(table.getSize().x >= Math.min(columns, table.getParent().getParent().getSize().x - 40),
                "the table takes the pane's width: " + table.getSize().x + " of "
                        + table.getParent().getParent().getSize().x);
    }

    @Test
    void continuation() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.bifurcation.ui.perspective",
                "org.neuropynamics.bifurcation.ui.cheatsheet");
        IViewPart view = page.showView("org.neuropynamics.bifurcation.ui.views.continuation");
        Screenshots.spin(shell.getDisplay(), 300);
        List<Control> checked = checkPart(page, view, "layout-continuation", 150);
        for (String name : List.of("Run", "Cancel")) {
            assertTrue(checked.stream().anyMatch(c -> c instanceof Button b && b.getText().replace("&", "").equals(name)),
                    name + " is shown whole");
        }
        // the exports are the view toolbar's PNG, SVG and CSV (one set for every view, issue 13)
        org.eclipse.jface.action.IToolBarManager bar = ((org.eclipse.ui.IViewSite) view.getSite()).getActionBars()
                .getToolBarManager();
        for (String ext : List.of("png", "svg", "csv")) {
            String id = "org.neuropynamics.ui.export." + ext;
            assertTrue(bar.find(id) != null && bar.find(id).isVisible(), ext + " in the view's toolbar");
            if (bar instanceof org.eclipse.jface.action.ToolBarManager m && m.getControl() != null) {
                org.eclipse.swt.widgets.ToolBar tools = m.getControl();
                boolean whole = false;
                for (org.eclipse.swt.widgets.ToolItem item : tools.getItems()) {
                    if (item.getText().equals(ext.toUpperCase(java.util.Locale.ROOT))) {
                        org.eclipse.swt.graphics.Rectangle r = item.getBounds();
                        whole = tools.isVisible() && r.x >= 0 && r.x + r.width <= tools.getClientArea().width;
                    }
                }
                assertTrue(whole, ext.toUpperCase(java.util.Locale.ROOT) + " is shown whole in the view's toolbar");
            }
        }
    }

    @Test
    void dendrites() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.dendrites.ui.perspective",
                "org.neuropynamics.dendrites.ui.cheatsheet");
        checkPart(page, page.findView("org.neuropynamics.dendrites.ui.jeffress"), "layout-jeffress", 150);
        checkPart(page, page.findView("org.neuropynamics.dendrites.ui.dendrite"), "layout-dendrite", 150);
    }

    @Test
    void phaseLine() throws Exception {
        // the 1-D stability view: its parameter sliders and value fields were cut once without this test failing
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.stability.ui.perspective",
                "org.neuropynamics.stability.ui.cheatsheet");
        IViewPart view = page.showView("org.neuropynamics.stability.ui.views.phaseLine");
        Screenshots.spin(shell.getDisplay(), 600);
        List<Control> checked = checkPart(page, view, "layout-phase-line", 150);
        assertTrue(checked.stream().anyMatch(c -> c instanceof Scale), "the parameter sliders are checked");
    }

    @Test
    void sweepAndMaps() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.bifurcation.ui.perspective",
                "org.neuropynamics.bifurcation.ui.cheatsheet");
        checkPart(page, page.showView("org.neuropynamics.bifurcation.ui.views.sweep"), "layout-sweep", 150);
        checkPart(page, page.showView("org.neuropynamics.bifurcation.ui.views.maps"), "layout-maps", 150);
    }

    @Test
    void networkEditor(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.network.ui.perspective",
                "org.neuropynamics.network.ui.cheatsheet");
        java.nio.file.Path file = dir.resolve("course-network.neuronet");
        java.nio.file.Files.copy(java.nio.file.Path.of("../../examples/course-network.neuronet"), file);
        org.neuropynamics.network.ui.NetworkEditor editor = (org.neuropynamics.network.ui.NetworkEditor) page
                .openEditor(new org.neuropynamics.ui.PathEditorInput(file), org.neuropynamics.network.ui.NetworkEditor.ID);
        try {
            // the tutorial open beside the editor (as a user follows it), Properties showing a projection
            page.showView(CHEAT_SHEET_VIEW);
            org.eclipse.ui.views.properties.PropertySheet sheet = (org.eclipse.ui.views.properties.PropertySheet) page
                    .showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
            page.activate(editor);
            var projection = editor.network().getProjections().get(0);
            editor.canvas().selection().set(List.of(projection));
            Screenshots.spin(shell.getDisplay(), 400);
            assertTrue(page.isPartVisible(page.findView(CHEAT_SHEET_VIEW)), "the tutorial stays open");
            // the editor shares the width with the results beside it (three columns: editor, results, Outline
            // or tutorial over Properties)
            List<Control> checked = checkPart(page, editor, "layout-network-editor", 150, 480);
            assertTrue(checked.size() >= 11, "the nine tools and the commands are checked: " + checked.size());
            Rectangle canvas = editor.canvas().getBounds();
            assertTrue(canvas.height >= 400 && canvas.width >= 320, "the canvas is big enough to draw on: " + canvas);

            // the results: run the course network; the raster is readable beside the editor (it was about 150 px
            // tall under it) while the tutorial and Properties stay visible
            if (page.findView(org.neuropynamics.network.ui.SpikeRasterView.ID) instanceof
                    org.neuropynamics.network.ui.SpikeRasterView old) {
                old.setResult(null); // forget the run of an earlier test
            }
            editor.run();
            Waits.until(shell.getDisplay(), () -> page.findView(org.neuropynamics.network.ui.SpikeRasterView.ID)
                    instanceof org.neuropynamics.network.ui.ResultView v && v.result() != null,
                    "the raster of the course network", 120);
            org.neuropynamics.network.ui.ResultView raster = (org.neuropynamics.network.ui.ResultView) page
                    .findView(org.neuropynamics.network.ui.SpikeRasterView.ID);
            assertTrue(page.isPartVisible(raster), "the raster is shown after the run");
            Screenshots.spin(shell.getDisplay(), 300);
            Rectangle plot = raster.canvas().getBounds();
            assertTrue(plot.height >= 400 && plot.width >= 350, "the raster's figure: " + plot);
            assertTrue(page.isPartVisible(editor) && page.isPartVisible(page.findView(CHEAT_SHEET_VIEW))
                    && page.isPartVisible(sheet), "editor, tutorial, Properties and raster at once");
            Screenshots.save(shell, "layout-network-results");
            // the result stack's tab titles show whole (six tabs shrank to one letter each)
            org.eclipse.swt.custom.CTabFolder stack = null;
            for (Composite p = raster.canvas().getParent(); p != null && stack == null; p = p.getParent()) {
                stack = p instanceof org.eclipse.swt.custom.CTabFolder f ? f : null;
            }
            assertNotNull(stack, "the results are a tab stack");
            org.eclipse.swt.graphics.GC tabs = new org.eclipse.swt.graphics.GC(stack);
            List<String> shortened = new ArrayList<>();
            try {
                tabs.setFont(stack.getFont());
                // CTabItem keeps the text it draws when it had to shorten the title ("Ras...") in a private field
                java.lang.reflect.Field drawn = org.eclipse.swt.custom.CTabItem.class.getDeclaredField("shortenedText");
                drawn.setAccessible(true);
                for (org.eclipse.swt.custom.CTabItem item : stack.getItems()) {
                    Object shown = drawn.get(item);
                    int text = tabs.textExtent(item.getText()).x;
                    int icon = item.getImage() == null ? 0 : item.getImage().getBounds().width;
                    if (!item.isShowing() || shown != null && !shown.equals(item.getText())
                            || item.getBounds().width < text + icon + 8) {
                        shortened.add(item.getText() + " drawn as '" + shown + "' in " + item.getBounds().width
                                + " px");
                    }
                }
            } finally {
                tabs.dispose();
            }
            assertTrue(stack.getItemCount() >= 5 && shortened.isEmpty(), "result tabs cut: " + shortened);
            page.activate(editor);
            editor.canvas().selection().set(List.of(projection));
            Screenshots.spin(shell.getDisplay(), 300);

            // Properties: rows enough to edit a projection, every name whole
            org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) sheet.getCurrentPage().getControl();
            for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                item.setExpanded(true);
            }
            tree.notifyListeners(SWT.Expand, new org.eclipse.swt.widgets.Event());
            Screenshots.spin(shell.getDisplay(), 300);
            int rows = tree.getClientArea().height / tree.getItemHeight();
            assertTrue(rows >= 8, "Properties shows " + rows + " rows");
            List<String> cut = new ArrayList<>();
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
            gc.setFont(tree.getFont());
            int column = tree.getColumn(0).getWidth();
            int named = 0;
            for (org.eclipse.swt.widgets.TreeItem category : tree.getItems()) {
                for (org.eclipse.swt.widgets.TreeItem item : category.getItems()) {
                    Rectangle text = item.getTextBounds(0);
                    int needed = text.x + gc.textExtent(item.getText(0)).x;
                    named++;
                    if (needed > column) {
                        cut.add(item.getText(0) + " needs " + needed + " px of " + column);
                    }
                }
            }
            gc.dispose();
            Screenshots.save(shell, "layout-network-properties");
            assertTrue(named >= 8, "property names checked: " + named);
            assertTrue(cut.isEmpty(), "property names cut in Properties: " + cut);
        } finally {
            page.closeEditor(editor, false);
        }
    }

    /** Checks the controls of a part; returns those checked. */
    private List<Control> checkPart(IWorkbenchPage page, IWorkbenchPart part, String screenshot, int sliderWidth)
            throws Exception {
        return checkPart(page, part, screenshot, sliderWidth, 600);
    }

    /** Checks the controls of a part at least {@code minWidth} px wide; returns those checked. */
    private List<Control> checkPart(IWorkbenchPage page, IWorkbenchPart part, String screenshot, int sliderWidth,
            int minWidth) throws Exception {
        assertNotNull(part);
        page.activate(part);
        Screenshots.spin(shell.getDisplay(), 300);
        assertTrue(page.isPartVisible(part), part.getTitle() + " visible beside the tutorial");
        Composite top = (Composite) part.getSite().getService(MPart.class).getWidget();
        Rectangle area = top.getDisplay().map(top, null, top.getClientArea());
        assertTrue(area.width >= minWidth, part.getTitle() + " keeps most of the window: " + area);
        Screenshots.save(shell, screenshot);
        List<Control> controls = new ArrayList<>();
        collect(top, controls);
        List<String> problems = new ArrayList<>();
        for (Control c : controls) {
            String name = c.getClass().getSimpleName() + " '" + text(c) + "'";
            Rectangle r = c.getDisplay().map(c.getParent(), null, c.getBounds());
            Rectangle visible = visibleArea(c);
            boolean scrollsVertically = inVerticalScroller(c);
            if (r.x < visible.x - 1 || r.x + r.width > visible.x + visible.width + 1) {
                problems.add(name + " cut off at the side: " + r + " in " + visible);
            }
            if (!scrollsVertically && (r.y < visible.y - 1 || r.y + r.height > visible.y + visible.height + 1)) {
                problems.add(name + " cut off at the top or bottom: " + r + " in " + visible);
            }
            if (c instanceof Button b && (b.getStyle() & (SWT.PUSH | SWT.CHECK | SWT.RADIO)) != 0) {
                int wanted = b.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
                if (b.getSize().x < wanted - 2) {
                    problems.add(name + " narrower than its text: " + b.getSize().x + " < " + wanted);
                }
            }
            // every button and field can be used, but for those that apply only sometimes (named below)
            if (!(c instanceof Label) && !(c instanceof ToolBar) && !c.isEnabled() && !IDLE_DISABLED.contains(text(c))
                    && !IDLE_DISABLED.contains(labelBefore(c))) {
                problems.add(name + " is disabled");
            }
            if (c instanceof Label l && (l.getStyle() & SWT.WRAP) == 0 && !l.getText().isEmpty()) {
                int wanted = l.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
                if (l.getSize().x < wanted - 2) {
                    problems.add(name + " text cut: " + l.getSize().x + " < " + wanted);
                }
            }
            if (c instanceof ToolBar bar) {
                Rectangle inside = bar.getClientArea();
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    Rectangle ir = item.getBounds();
                    Rectangle onScreen = c.getDisplay().map(bar, null, ir);
                    if (ir.x + ir.width > inside.width + 1 || ir.y + ir.height > inside.height + 1
                            || onScreen.y + onScreen.height > visible.y + visible.height + 1
                            || onScreen.x + onScreen.width > visible.x + visible.width + 1) {
                        problems.add("tool '" + item.getText() + item.getToolTipText() + "' cut off: " + onScreen
                                + " in " + visible);
                    }
                    if ((item.getStyle() & SWT.SEPARATOR) == 0 && !item.isEnabled()) {
                        problems.add("tool '" + item.getText() + item.getToolTipText() + "' is disabled");
                    }
                }
            }
            if (c instanceof Scale s && s.getSize().x < sliderWidth) {
                problems.add(name + " slider only " + s.getSize().x + " px wide");
            }
            if ((c instanceof Text || c instanceof Combo) && c.getSize().x < 40) {
                problems.add(name + " only " + c.getSize().x + " px wide");
            }
        }
        assertTrue(problems.isEmpty(), part.getTitle() + " at 1280x720 with the tutorial open:\n  "
                + String.join("\n  ", problems));
        assertTrue(controls.size() >= 3, "controls found in " + part.getTitle() + ": " + controls.size());
        return controls;
    }

    private static String text(Control c) {
        if (c instanceof Button b) {
            return b.getText().replace("&", "");
        }
        if (c instanceof Text t) {
            return t.getText();
        }
        if (c instanceof Combo b) {
            return b.getText();
        }
        if (c instanceof Label l) {
            return l.getText();
        }
        return "";
    }

    /**
     * Controls (by their text or the label before them) that apply only sometimes and are disabled otherwise:
     * Cancel and Stop while nothing runs, the pulse fields for a step, the axis choosers and "integrate the
     * other variables" for a model of two variables, the preset for a model without presets.
     */
    private static final java.util.Set<String> IDLE_DISABLED = java.util.Set.of("Cancel", "Stop", "Pulse width (ms)",
            "Pulse period (ms)", "x axis", "y axis", "integrate the other variables (else fixed)", "Preset");

    /** The text of the label just before {@code c} in its parent, or "". */
    private static String labelBefore(Control c) {
        Control[] siblings = c.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == c && siblings[i - 1] instanceof Label l) {
                return l.getText().replace("&", "");
            }
        }
        return "";
    }

    private static void collect(Control c, List<Control> out) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof Button || c instanceof Text || c instanceof Combo || c instanceof Scale || c instanceof Spinner
                || c instanceof Label || c instanceof ToolBar) {
            Point size = c.getSize();
            if (size.x > 0 && size.y > 0) {
                out.add(c);
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }

    /** The part of the screen where {@code c} can be seen: its ancestors' client areas intersected. */
    private static Rectangle visibleArea(Control c) {
        Rectangle visible = null;
        for (Composite p = c.getParent(); p != null && !(p instanceof Shell); p = p.getParent()) {
            if (p.getParent() instanceof ScrolledComposite) {
                continue; // the scrolled content is larger than what shows; its viewport is the next ancestor
            }
            Rectangle r = p.getDisplay().map(p, null, p.getClientArea());
            visible = visible == null ? r : visible.intersection(r);
        }
        return visible;
    }

    private static boolean inVerticalScroller(Control c) {
        for (Composite p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrolledComposite s && (s.getStyle() & SWT.V_SCROLL) != 0) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theTutorialWrapsItsTextInsideItsView() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.bifurcation.ui.perspective",
                "org.neuropynamics.bifurcation.ui.cheatsheet");
        IViewPart sheet = page.findView(CHEAT_SHEET_VIEW);
        Composite top = (Composite) sheet.getSite().getService(MPart.class).getWidget();
        Rectangle area = top.getDisplay().map(top, null, top.getClientArea());
        assertTrue(area.width >= 300, "the tutorial is wide enough to read: " + area);
        assertTrue(area.width <= 1280 * 0.4, "and leaves most of the window to the topic: " + area);
        List<Control> texts = new ArrayList<>();
        collectAll(top, texts);
        int checked = 0;
        for (Control c : texts) {
            if (c.getClass().getSimpleName().equals("FormText")) {
                Rectangle r = c.getDisplay().map(c.getParent(), null, c.getBounds());
                assertTrue(r.x + r.width <= area.x + area.width + 1, "tutorial text cut off at the right: " + r
                        + " in " + area);
                checked++;
            }
        }
        assertTrue(checked >= 3, "tutorial paragraphs checked: " + checked);
        Screenshots.save(shell, "layout-tutorial");
    }

    private static void collectAll(Control c, List<Control> out) {
        if (!c.isVisible()) {
            return;
        }
        out.add(c);
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collectAll(child, out);
            }
        }
    }
}
