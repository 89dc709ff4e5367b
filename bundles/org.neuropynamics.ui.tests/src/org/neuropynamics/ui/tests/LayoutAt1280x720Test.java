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
import org.eclipse.swt.widgets.Text;
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
 * Every topic's main view at 1280x720 with the topic's tutorial open beside it (the layouts): every
 * button, field, list and slider of the view lies inside what the view shows (a control below the fold of a
 * scrolling column may be scrolled to, but none is cut off at the right), buttons are at least as wide as
 * their text, sliders at least 150 px, and Run is enabled. Checked by widget bounds, not by eye; screenshots
 * in target/screenshots/layout-*.png.
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
        checkPart(page, page.findView("org.neuropynamics.singleneuron.view"), "layout-single-neuron", 150);
    }

    @Test
    void phasePlane() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.stability.ui.perspective",
                "org.neuropynamics.stability.ui.cheatsheet");
        checkPart(page, page.findView("org.neuropynamics.stability.ui.views.phasePlane"), "layout-phase-plane", 150);
    }

    @Test
    void continuation() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.bifurcation.ui.perspective",
                "org.neuropynamics.bifurcation.ui.cheatsheet");
        IViewPart view = page.showView("org.neuropynamics.bifurcation.ui.views.continuation");
        Screenshots.spin(shell.getDisplay(), 300);
        List<Control> checked = checkPart(page, view, "layout-continuation", 150);
        for (String name : List.of("Run", "Cancel", "PNG", "SVG", "CSV")) {
            assertTrue(checked.stream().anyMatch(c -> c instanceof Button b && b.getText().replace("&", "").equals(name)),
                    name + " is shown whole");
        }
    }

    @Test
    void dendrites() throws Exception {
        IWorkbenchPage page = topicWithTutorial("org.neuropynamics.dendrites.ui.perspective",
                "org.neuropynamics.dendrites.ui.cheatsheet");
        checkPart(page, page.findView("org.neuropynamics.dendrites.ui.jeffress"), "layout-jeffress", 150);
        checkPart(page, page.findView("org.neuropynamics.dendrites.ui.dendrite"), "layout-dendrite", 150);
    }

    /** Checks the controls of a part; returns those checked. */
    private List<Control> checkPart(IWorkbenchPage page, IWorkbenchPart part, String screenshot, int sliderWidth)
            throws Exception {
        assertNotNull(part);
        page.activate(part);
        Screenshots.spin(shell.getDisplay(), 300);
        assertTrue(page.isPartVisible(part), part.getTitle() + " visible beside the tutorial");
        Composite top = (Composite) part.getSite().getService(MPart.class).getWidget();
        Rectangle area = top.getDisplay().map(top, null, top.getClientArea());
        assertTrue(area.width >= 600, part.getTitle() + " keeps most of the window: " + area);
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
                if (text(b).equals("Run") && !b.isEnabled()) {
                    problems.add("Run is disabled");
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
        return "";
    }

    private static void collect(Control c, List<Control> out) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof Button || c instanceof Text || c instanceof Combo || c instanceof Scale || c instanceof Spinner) {
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
