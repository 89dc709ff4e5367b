package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.stability.ui.StabilityPerspective;
import org.neuropynamics.ui.help.UserGuide;
import org.neuropynamics.ui.help.UserGuideView;
import org.neuropynamics.ui.internal.AboutDialog;
import org.neuropynamics.ui.internal.NeuropynamicsWindowAdvisor;
import org.neuropynamics.ui.internal.NeuropynamicsWorkbenchAdvisor;

/**
 * Help and the window around the topics: Help &gt; Help Contents shows the user guide and its search answers a
 * user's questions; F1 opens the chapter of the view with the focus; About is resizable and readable; no help
 * preference page for a help browser the product does not use; the first window's size; Window &gt; Open
 * Perspective lists the topics, whose perspective icons differ and are labelled.
 */
class HelpAndShellTest {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void window() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1280, 720);
    }

    private UserGuideView helpContentsFromTheMenu() {
        Menu help = FilesAndSessionsTest.find(shell.getMenuBar(), "Help").getMenu();
        help.notifyListeners(SWT.Show, new Event());
        Screenshots.spin(shell.getDisplay(), 50);
        MenuItem contents = FilesAndSessionsTest.find(help, "Help Contents");
        contents.notifyListeners(SWT.Selection, new Event());
        help.notifyListeners(SWT.Hide, new Event());
        Screenshots.spin(shell.getDisplay(), 200);
        UserGuideView guide = (UserGuideView) window.getActivePage().findView(UserGuideView.ID);
        assertNotNull(guide, "Help > Help Contents shows the user guide");
        return guide;
    }

    @Test
    void helpContentsAnswersHowToOpenAnOdeFile() throws Exception {
        UserGuideView guide = helpContentsFromTheMenu();
        guide.search("how do I open an .ode file");
        Screenshots.spin(shell.getDisplay(), 100);
        assertFalse(guide.listedChapters().isEmpty(), "the search finds chapters");
        assertEquals("Files: opening, saving, recent files, recovery", guide.listedChapters().get(0).title());
        assertEquals(guide.listedChapters().get(0), guide.shownChapter());
        assertTrue(guide.pageText().contains("How do I open an .ode file?"), "the chapter answers the question");
        assertTrue(guide.pageText().contains("File > Open File..."));
        Screenshots.save(shell, "help-open-ode");
        guide.search("");
    }

    @Test
    void helpContentsAnswersHowToTakeANetworkToNeuron() throws Exception {
        UserGuideView guide = helpContentsFromTheMenu();
        guide.search("how do I take a network to NEURON");
        Screenshots.spin(shell.getDisplay(), 100);
        assertEquals("Networks", guide.listedChapters().get(0).title());
        assertTrue(guide.pageText().contains("How do I take a network to NEURON?"), guide.pageText());
        // the answer names the menu command, the headless command and the folder's run script
        assertTrue(guide.pageText().contains("Run On > NEURON (MPI)"), guide.pageText());
        assertTrue(guide.pageText().contains("--engine neuron --processes 2"), guide.pageText());
        assertTrue(guide.pageText().contains("./run.sh 4"), guide.pageText());
        Screenshots.save(shell, "help-neuron");
        guide.search("");
    }

    @Test
    void everyChapterHasTextAndNamesOnlyRegisteredViews() {
        List<UserGuide.Chapter> chapters = UserGuide.get().chapters();
        assertEquals(10, chapters.size(), "chapters of guide/contents.txt");
        Set<String> parts = new HashSet<>();
        for (var e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views")) {
            parts.add(e.getAttribute("id"));
        }
        for (var e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.editors")) {
            parts.add(e.getAttribute("id"));
        }
        for (UserGuide.Chapter c : chapters) {
            assertTrue(c.text().startsWith("# "), c.file() + " has a title line");
            assertTrue(c.text().length() > 600, c.file() + " has content: " + c.text().length());
            for (String id : c.partIds()) {
                assertTrue(parts.contains(id), c.file() + " names a view or editor that exists: " + id);
            }
        }
    }

    @Test
    void f1InThePhasePlaneOpensTheStabilityChapter() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        ICommandService commands = workbench.getService(ICommandService.class);
        ParameterizedCommand f1 = ParameterizedCommand.generateCommand(
                commands.getCommand("org.neuropynamics.ui.commands.guide"), Map.of("context", "part"));
        IBindingService bindings = workbench.getService(IBindingService.class);
        List<String> keys = new ArrayList<>();
        for (TriggerSequence t : bindings.getActiveBindingsFor(f1)) {
            keys.add(t.format());
        }
        assertTrue(keys.contains("F1"), "F1 is bound to the guide: " + keys);

        workbench.showPerspective(StabilityPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        PhasePlaneView plane = (PhasePlaneView) page.showView(PhasePlaneView.ID);
        page.activate(plane);
        Screenshots.spin(shell.getDisplay(), 100);
        workbench.getService(IHandlerService.class).executeCommand(f1, null);
        Screenshots.spin(shell.getDisplay(), 200);
        UserGuideView guide = (UserGuideView) page.findView(UserGuideView.ID);
        assertNotNull(guide);
        assertEquals("Stability and phase planes", guide.shownChapter().title());
        assertTrue(page.isPartVisible(plane), "the guide opens beside the phase plane, not over it");
        Screenshots.save(shell, "help-f1-phase-plane");
        page.hideView(guide);
    }

    @Test
    void aboutIsResizableWithTheLicencesReadable() throws Exception {
        AboutDialog about = new AboutDialog(shell);
        about.setBlockOnOpen(false);
        about.open();
        try {
            Screenshots.spin(shell.getDisplay(), 200);
            Shell dialog = about.getShell();
            assertTrue((dialog.getStyle() & SWT.RESIZE) != 0, "About is resizable");
            Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
            assertTrue(dialog.getSize().x >= Math.min(700, screen.width - 40), "About width " + dialog.getSize());
            assertTrue(dialog.getSize().y >= Math.min(500, screen.height - 40), "About height " + dialog.getSize());
            String text = about.text().getText();
            assertTrue(text.contains("Apache License 2.0") && text.contains("Eclipse Public License 2.0"), text);
            int lines = about.text().getClientArea().height / about.text().getLineHeight();
            assertTrue(lines >= 15, "the licence text shows at least 15 lines at once: " + lines);
            assertTrue(about.plugins().getItemCount() > 50, "installed plug-ins listed: " + about.plugins().getItemCount());
            Screenshots.save(dialog, "about");
        } finally {
            about.close();
        }
    }

    @Test
    void preferencesHaveNoPageForAHelpBrowserThatIsNotShipped() {
        List<String> ids = new ArrayList<>();
        for (IPreferenceNode node : PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes()) {
            ids.add(node.getId());
            assertFalse(node.getLabelText().equals("Help"), "a Help preference page is listed: " + node.getId());
        }
        for (String page : NeuropynamicsWorkbenchAdvisor.HELP_PREFERENCE_PAGES) {
            assertFalse(ids.contains(page), page);
        }
        assertTrue(ids.contains("org.neuropynamics.ui.preferences"), ids.toString());
    }

    @Test
    void theFirstWindowTakesMostOfTheScreenAndFitsIt() {
        Rectangle large = NeuropynamicsWindowAdvisor.initialBounds(new Rectangle(0, 0, 1600, 1000));
        assertEquals(new Rectangle(64, 40, 1472, 920), large, "92% of a 1600x1000 screen, centred");
        Rectangle small = NeuropynamicsWindowAdvisor.initialBounds(new Rectangle(0, 27, 1280, 693));
        assertEquals(1178, small.width);
        assertEquals(640, small.height, "at least 640 px high when the screen has them");
        assertTrue(small.y >= 27 && small.y + small.height <= 720, "inside the usable area: " + small);
        Rectangle tiny = NeuropynamicsWindowAdvisor.initialBounds(new Rectangle(0, 0, 800, 600));
        assertEquals(new Rectangle(0, 0, 800, 600), tiny, "never larger than the screen");
    }

    @Test
    void openPerspectiveListsEveryTopicWithItsOwnLabelledIcon() throws Exception {
        Menu windowMenu = FilesAndSessionsTest.find(shell.getMenuBar(), "Window").getMenu();
        windowMenu.notifyListeners(SWT.Show, new Event());
        Screenshots.spin(shell.getDisplay(), 50);
        Menu open = FilesAndSessionsTest.find(windowMenu, "Open Perspective").getMenu();
        open.notifyListeners(SWT.Show, new Event());
        Screenshots.spin(shell.getDisplay(), 50);
        List<String> items = new ArrayList<>();
        for (MenuItem item : open.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        open.notifyListeners(SWT.Hide, new Event());
        windowMenu.notifyListeners(SWT.Hide, new Event());
        assertEquals("Welcome", items.get(0), items.toString());
        for (String topic : List.of("Single Neuron", "Stability and Phase Plane", "Bifurcations and Chaos", "Dendrites")) {
            assertTrue(items.stream().anyMatch(i -> i.startsWith(topic)), topic + " in " + items);
        }
        assertFalse(items.contains("Other..."), items.toString());

        Set<String> icons = new HashSet<>();
        int withIcon = 0;
        for (IPerspectiveDescriptor d : window.getWorkbench().getPerspectiveRegistry().getPerspectives()) {
            ImageDescriptor icon = d.getImageDescriptor();
            ImageData data = icon == null ? null : icon.getImageData(100);
            if (data != null && !d.getId().contains("network")) {
                withIcon++;
                icons.add(java.util.Arrays.toString(data.data) + java.util.Arrays.toString(data.alphaData));
            }
        }
        assertEquals(withIcon, icons.size(), "every perspective has an icon of its own");
        assertTrue(PlatformUI.getPreferenceStore().getBoolean(IWorkbenchPreferenceConstants.SHOW_TEXT_ON_PERSPECTIVE_BAR),
                "the perspective switcher shows the names");
    }
}
